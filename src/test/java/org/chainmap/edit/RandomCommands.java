package org.chainmap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Pins;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;

/** Commands of every kind, picked at random among what the map holds, as a user might issue them. */
public final class RandomCommands {

    private final Random random;

    /** Commands picked by a generator seeded with {@code seed}. */
    public RandomCommands(long seed) {
        this.random = new Random(seed);
    }

    /** A command on {@code map}, picked at random; it may be refused. */
    public Command next(RegionMap map) {
        Chain chain = pick(map.chains());
        Segment segment = chain == null || chain.segments().isEmpty() ? null : pick(chain.segments());
        Segment other =
                pick(map.chains().stream().flatMap(c -> c.segments().stream()).toList());
        Enterprise firm = pick(map.enterprises());
        Enterprise customer = pick(map.enterprises());
        SupplyLink link = pick(map.links());
        int kind = random.nextInt(26);
        if (chain == null) {
            kind = 0;
        }
        return switch (kind) {
            case 0 -> AddChain.atEnd(map, Chain.of(NewIds.chain(map), "新链" + random.nextInt(100)));
            case 1 -> EditChain.rename(map, chain.id(), chain.name() + "·", random.nextBoolean() ? null : "Chain");
            case 2 -> EditChain.recolour(map, chain.id(), random.nextBoolean() ? "#12AB34" : null);
            case 3 -> new MoveChain(chain.id(), random.nextInt(map.chains().size()));
            case 4 -> random.nextInt(4) == 0 ? new DeleteChain(chain.id()) : new MoveChain(chain.id(), 0);
            case 5 -> new AddSegment(
                    chain.id(), Segment.of(NewIds.segment(map, chain.id()), "新环节", pick(List.of(Stage.values()))));
            case 6 -> segment == null
                    ? new DeleteChain("none")
                    : EditSegment.rename(map, segment.id(), "改名", "Renamed");
            case 7 -> segment == null
                    ? new DeleteChain("none")
                    : EditSegment.restage(map, segment.id(), pick(List.of(Stage.values())));
            case 8 -> segment == null ? new DeleteChain("none") : new MoveSegment(segment.id(), random.nextInt(4));
            case 9 -> segment == null || other == null
                    ? new DeleteChain("none")
                    : new SetFeed(segment.id(), other.id(), random.nextBoolean());
            case 10 -> segment == null ? new DeleteChain("none") : new DeleteSegment(segment.id());
            case 11 -> new AddEnterprise(Enterprise.of(
                    NewIds.enterprise(map),
                    "新企业" + random.nextInt(1000),
                    random.nextBoolean(),
                    segment == null ? List.of() : List.of(segment.id()),
                    "规上"));
            case 12 -> firm == null
                    ? new DeleteChain("none")
                    : EditEnterprise.rename(map, firm.id(), firm.name() + "（新）");
            case 13 -> firm == null
                    ? new DeleteChain("none")
                    : EditEnterprise.markLocal(map, firm.id(), random.nextBoolean());
            case 14 -> firm == null || other == null
                    ? new DeleteChain("none")
                    : new MoveEnterprise(firm.id(), null, other.id());
            case 15 -> firm == null ? new DeleteChain("none") : new DeleteEnterprise(firm.id());
            case 16 -> firm == null || customer == null
                    ? new DeleteChain("none")
                    : new AddLink(new SupplyLink(
                            NewIds.link(map, firm.id(), customer.id()),
                            firm.id(),
                            customer.id(),
                            "产品",
                            (long) random.nextInt(1000),
                            null,
                            null));
            case 17 -> link == null
                    ? new DeleteChain("none")
                    : new EditLink(
                            link,
                            new SupplyLink(
                                    link.id(),
                                    link.from(),
                                    link.to(),
                                    "改产品" + random.nextInt(9),
                                    link.value(),
                                    link.provenance(),
                                    link.extra()));
            case 18 -> link == null ? new DeleteChain("none") : new DeleteLink(link);
            case 19 -> new PutListItem(
                    chain.id(),
                    pick(List.of(ListKind.values())),
                    new ListItem(
                            NewIds.listItem(map, chain.id()),
                            "清单项",
                            "在谈",
                            100L,
                            2026,
                            segment == null ? null : segment.id(),
                            null,
                            null));
            case 20 -> deleteListItem(chain);
            case 21 -> segment == null
                    ? new DeleteChain("none")
                    : new PutTarget(new Target(
                            NewIds.target(map, segment.id()),
                            segment.id(),
                            "目标企业",
                            null,
                            null,
                            "补链",
                            TargetStatus.CANDIDATE,
                            null,
                            null));
            case 22 -> map.targets().isEmpty()
                    ? new DeleteChain("none")
                    : new DeleteTarget(pick(map.targets()).id());
            case 24 -> arrange(chain, segment, other);
            case 25 -> new SetPresentation(random.nextInt(3) == 0 ? Presentation.NONE : map.presentation());
            default -> segment == null || firm == null
                    ? new SetPins(chain.id(), Pins.NONE)
                    : new SetPins(
                            chain.id(),
                            chain.pins()
                                    .withSegment(segment.id(), random.nextInt(500))
                                    .withCard(firm.id(), random.nextInt(5)));
        };
    }

    /** A presentation of some steps of {@code chain}, now and then one that lacks what its kind needs. */
    private Command arrange(Chain chain, Segment segment, Segment other) {
        List<Presentation.Step> steps = new ArrayList<>();
        steps.add(Presentation.Step.panorama().withNote("开场"));
        steps.add(Presentation.Step.of(StepKind.TITLE, chain.id()).withNote("注" + random.nextInt(10)));
        steps.add(Presentation.Step.of(pick(List.of(StepKind.UPSTREAM, StepKind.MIDSTREAM)), chain.id()));
        if (segment != null) {
            steps.add(Presentation.Step.segment(StepKind.MISSING, chain.id(), segment.id()));
            if (other != null) {
                steps.add(Presentation.Step.feed(StepKind.BROKEN, chain.id(), other.id(), segment.id()));
            }
        }
        if (random.nextInt(5) == 0) {
            steps.add(Presentation.Step.of(StepKind.WEAK, chain.id()));
        }
        java.util.Collections.shuffle(steps, random);
        return new SetPresentation(Presentation.of(steps));
    }

    private Command deleteListItem(Chain chain) {
        List<ListKind> kinds = new ArrayList<>();
        for (ListKind kind : ListKind.values()) {
            if (!chain.lists().of(kind).isEmpty()) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            return new DeleteListItem(chain.id(), ListKind.values()[0], "none");
        }
        ListKind kind = pick(kinds);
        return new DeleteListItem(chain.id(), kind, pick(chain.lists().of(kind)).id());
    }

    private <T> T pick(List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }
}
