package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.junit.jupiter.api.Test;

/** Each command on the Hengyang map: what it changes, its name in the Edit menu, and its refusals. */
class CommandsTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    /** Performs {@code command}, checks that undo and redo give back the exact maps, and returns the result. */
    private static RegionMap performed(Command command) throws EditRefusedException {
        History history = new History(HENGYANG);
        assertThat(history.perform(command)).isPresent();
        RegionMap after = history.map();
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.map()).isEqualTo(HENGYANG);
        assertThat(history.isDirty()).isFalse();
        history.redo();
        assertThat(history.map()).isEqualTo(after);
        return after;
    }

    private static Enterprise firm(RegionMap map, String id) {
        return map.enterprise(id).orElseThrow();
    }

    @Test
    void movingAFirmReplacesItsMainSegmentAndIsNamedInBothLanguages() throws EditRefusedException {
        Enterprise jinbei = firm(HENGYANG, "jinbei-hy");
        String cable = jinbei.mainSegment();
        String other = "power.transformer";
        MoveEnterprise move = new MoveEnterprise("jinbei-hy", null, other);

        RegionMap after = performed(move);

        assertThat(firm(after, "jinbei-hy").mainSegment()).isEqualTo(other);
        assertThat(firm(after, "jinbei-hy").segments()).doesNotContain(cable);
        assertThat(after.enterprisesIn(other)).extracting(Enterprise::id).contains("jinbei-hy");
        String firmName = jinbei.name();
        assertThat(move.describe(HENGYANG).text(Locale.CHINESE))
                .isEqualTo("移动 " + firmName + " 到 "
                        + HENGYANG.segment(other).orElseThrow().name());
        assertThat(move.describe(HENGYANG).text(Locale.ENGLISH))
                .isEqualTo("Move " + firmName + " to "
                        + HENGYANG.segment(other).orElseThrow().nameEn());
    }

    @Test
    void deletingAFirmTakesItsLinksAndUnnamesItsTargets() throws EditRefusedException {
        Target target = HENGYANG.targets().stream()
                .filter(t -> t.enterprise() != null
                        && HENGYANG.enterprise(t.enterprise()).isPresent())
                .findFirst()
                .orElseThrow();
        String id = target.enterprise();

        RegionMap after = performed(new DeleteEnterprise(id));

        assertThat(after.enterprise(id)).isEmpty();
        assertThat(after.links())
                .noneMatch(link -> link.from().equals(id) || link.to().equals(id));
        assertThat(after.targets()).hasSameSizeAs(HENGYANG.targets());
        assertThat(after.targets().stream()
                        .filter(t -> t.id().equals(target.id()))
                        .findFirst()
                        .orElseThrow()
                        .enterprise())
                .isNull();
    }

    @Test
    void deletingASegmentFreesItsFirmsFeedsAndTargets() throws EditRefusedException {
        String id = "power.silicon-steel";
        RegionMap after = performed(new DeleteSegment(id));

        assertThat(after.segment(id)).isEmpty();
        assertThat(after.enterprises()).noneMatch(firm -> firm.segments().contains(id));
        assertThat(after.chains().stream().flatMap(chain -> chain.segments().stream()))
                .noneMatch(segment -> segment.feeds().contains(id));
        assertThat(after.targets()).noneMatch(target -> target.segment().equals(id));
        assertThat(HENGYANG.targets()).anyMatch(target -> target.segment().equals(id));
    }

    @Test
    void aSupplyLinkIsDrawnOnceAndNeverToItself() throws EditRefusedException {
        SupplyLink link = SupplyLink.of("tbea-hy", "jinbei-hy", "变压器");
        RegionMap after = performed(new AddLink(link));
        assertThat(after.links()).hasSize(HENGYANG.links().size() + 1).contains(link);

        History history = new History(after);
        assertThatThrownBy(() -> history.perform(new AddLink(link)))
                .isInstanceOf(EditRefusedException.class)
                .satisfies(e -> assertThat(((EditRefusedException) e).message(Locale.CHINESE))
                        .contains("已经向"));
        assertThatThrownBy(() -> history.perform(new AddLink(SupplyLink.of("tbea-hy", "tbea-hy", null))))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("A firm cannot supply itself.");
        assertThat(history.map()).isSameAs(after);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void invalidValuesAreRefusedWholeWithTheReason() {
        History history = new History(HENGYANG);
        Enterprise tbea = firm(HENGYANG, "tbea-hy");
        assertThatThrownBy(() -> history.perform(EditEnterprise.rename(HENGYANG, "tbea-hy", "   ")))
                .hasMessage("A name cannot be empty.");
        Enterprise badCode = new Enterprise(
                tbea.id(),
                "新名字",
                "91430400XXXXXXXXXX",
                tbea.local(),
                tbea.origin(),
                tbea.county(),
                tbea.park(),
                tbea.segments(),
                tbea.role(),
                tbea.tags(),
                tbea.revenue(),
                tbea.revenueYear(),
                tbea.products(),
                tbea.verified(),
                tbea.provenance(),
                tbea.extra());
        assertThatThrownBy(() -> history.perform(new EditEnterprise(badCode, "enterprise.edit")))
                .hasMessageContaining("unified social credit code");
        assertThatThrownBy(() -> history.perform(EditChain.recolour(HENGYANG, "power", "red")))
                .hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> history.perform(new MoveEnterprise("tbea-hy", null, "no.such")))
                .hasMessage("There is no segment no.such in the map.");
        assertThat(history.map()).isSameAs(HENGYANG);
        assertThat(firm(history.map(), "tbea-hy").name()).isEqualTo(tbea.name());
    }

    @Test
    void chainsAreAddedRenamedMovedAndDeleted() throws EditRefusedException {
        Chain added = Chain.of(NewIds.chain(HENGYANG), "氢能产业链", Segment.of("h2.cell", "燃料电池", Stage.MIDSTREAM));
        RegionMap withNew = performed(new AddChain(added, 0));
        assertThat(withNew.chains().get(0)).isEqualTo(added);

        Chain power = HENGYANG.chain("power").orElseThrow();
        RegionMap renamed = performed(EditChain.rename(HENGYANG, "power", "电力装备", "Power equipment"));
        assertThat(renamed.chain("power").orElseThrow().name()).isEqualTo("电力装备");
        assertThat(renamed.chain("power").orElseThrow().segments()).isEqualTo(power.segments());
        assertThat(EditChain.rename(HENGYANG, "power", "电力装备", null)
                        .describe(HENGYANG)
                        .text(Locale.CHINESE))
                .isEqualTo("将 " + power.name() + " 重命名为 电力装备");

        RegionMap moved = performed(new MoveChain("power", HENGYANG.chains().size() - 1));
        assertThat(moved.chains().get(moved.chains().size() - 1).id()).isEqualTo("power");

        RegionMap deleted = performed(new DeleteChain("power"));
        assertThat(deleted.chain("power")).isEmpty();
        assertThat(deleted.enterprises()).hasSameSizeAs(HENGYANG.enterprises());
        assertThat(deleted.segment("power.transformer")).isEmpty();
    }

    @Test
    void segmentsTakeNewStagesOrdersAndFeeds() throws EditRefusedException {
        Segment transformer = HENGYANG.segment("power.transformer").orElseThrow();
        RegionMap restaged = performed(EditSegment.restage(HENGYANG, transformer.id(), Stage.DOWNSTREAM));
        Chain power = restaged.chain("power").orElseThrow();
        List<Segment> downstream = power.segments(Stage.DOWNSTREAM);
        assertThat(downstream.get(downstream.size() - 1).id()).isEqualTo(transformer.id());

        List<Segment> upstream = HENGYANG.chain("power").orElseThrow().segments(Stage.UPSTREAM);
        String last = upstream.get(upstream.size() - 1).id();
        RegionMap reordered = performed(new MoveSegment(last, 0));
        assertThat(reordered
                        .chain("power")
                        .orElseThrow()
                        .segments(Stage.UPSTREAM)
                        .get(0)
                        .id())
                .isEqualTo(last);

        RegionMap fed = performed(new SetFeed(transformer.id(), "power.silicon-steel", true));
        assertThat(fed.segment(transformer.id()).orElseThrow().feeds()).contains("power.silicon-steel");
        assertThatThrownBy(() -> new History(HENGYANG).perform(new SetFeed(transformer.id(), transformer.id(), true)))
                .hasMessage("A segment cannot feed itself.");

        Segment added = Segment.of(NewIds.segment(HENGYANG, "power"), "储能电池", Stage.MIDSTREAM);
        RegionMap grown = performed(new AddSegment("power", added));
        assertThat(grown.chain("power").orElseThrow().segments(Stage.MIDSTREAM))
                .last()
                .extracting(Segment::name)
                .isEqualTo("储能电池");
    }

    @Test
    void listsAndTargetsAreEditable() throws EditRefusedException {
        String itemId = NewIds.listItem(HENGYANG, "power");
        ListItem item = new ListItem(itemId, "硅钢配送中心", "在谈", 50_000_000L, 2026, "power.silicon-steel", null, null);
        RegionMap withItem = performed(new PutListItem("power", ListKind.values()[0], item));
        assertThat(withItem.chain("power").orElseThrow().lists().of(ListKind.values()[0]))
                .contains(item);

        Target target = HENGYANG.targets().get(0);
        RegionMap without = performed(new DeleteTarget(target.id()));
        assertThat(without.targets()).doesNotContain(target);
        assertThat(new DeleteTarget(target.id()).describe(HENGYANG).text(Locale.CHINESE))
                .isEqualTo("删除招商目标 " + target.name());
    }

    @Test
    void aCompoundIsOneStepAndRefusesWhole() throws EditRefusedException {
        History history = new History(HENGYANG);
        Compound both = new Compound(
                Description.of("selection.delete", 2),
                List.of(new DeleteEnterprise("tbea-hy"), new DeleteEnterprise("jinbei-hy")));
        history.perform(both);
        assertThat(history.undoCount()).isEqualTo(1);
        assertThat(history.nextUndo().orElseThrow().description().text(Locale.CHINESE))
                .isEqualTo("删除2项");
        assertThat(history.map().enterprise("tbea-hy")).isEmpty();
        assertThat(history.map().enterprise("jinbei-hy")).isEmpty();
        history.undo();
        assertThat(history.map()).isEqualTo(HENGYANG);

        Compound broken = new Compound(
                Description.of("selection.delete", 2),
                List.of(new DeleteEnterprise("tbea-hy"), new DeleteEnterprise("tbea-hy")));
        assertThatThrownBy(() -> history.perform(broken)).isInstanceOf(EditRefusedException.class);
        assertThat(history.map()).isEqualTo(HENGYANG);
    }

    @Test
    void theSavedStateIsCleanEvenWhenReachedByUndo() throws EditRefusedException {
        History history = new History(HENGYANG);
        history.perform(EditEnterprise.rename(HENGYANG, "tbea-hy", "甲"));
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        history.perform(EditEnterprise.rename(history.map(), "tbea-hy", "乙"));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.perform(EditEnterprise.rename(history.map(), "tbea-hy", "丙"));
        assertThat(history.canRedo()).isFalse();
        history.undo();
        assertThat(history.isDirty())
                .as("the saved state was dropped with the redo branch")
                .isTrue();
    }

    @Test
    void aChangeOnTheWrongMapFailsLoudly() throws EditRefusedException {
        Change change = new DeleteEnterprise("tbea-hy").plan(HENGYANG);
        RegionMap other = new DeleteEnterprise("jinbei-hy").plan(HENGYANG).applyTo(HENGYANG);
        assertThatThrownBy(() -> change.applyTo(other)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void arrangingThePresentationIsOneUndoableStepAndDeletingTakesTheStepsThatNameTheDeleted()
            throws EditRefusedException {
        Presentation arranged = Presentation.of(List.of(
                Presentation.Step.panorama(),
                Presentation.Step.of(StepKind.TITLE, "power").withNote("链主：特变电工"),
                Presentation.Step.segment(StepKind.MISSING, "power", "power.silicon-steel"),
                Presentation.Step.feed(StepKind.BROKEN, "power", "power.silicon-steel", "power.transformer"),
                Presentation.Step.of(StepKind.TITLE, "chem"),
                Presentation.Step.panorama()));
        SetPresentation arrange = new SetPresentation(arranged);
        assertThat(arrange.plan(HENGYANG).steps()).singleElement().satisfies(step -> assertThat(step.part())
                .isEqualTo(Change.Part.PRESENTATION));
        RegionMap after = performed(arrange);
        assertThat(after.presentation()).isEqualTo(arranged);
        assertThat(after.chains()).isSameAs(HENGYANG.chains());
        assertThat(arrange.describe(HENGYANG).text(Locale.CHINESE)).isEqualTo("安排演示");
        assertThat(new SetPresentation(Presentation.NONE).describe(after).text(Locale.ENGLISH))
                .isEqualTo("Present the whole story");

        History history = new History(after);
        history.perform(new DeleteSegment("power.silicon-steel"));
        assertThat(history.map().presentation().steps())
                .extracting(Presentation.Step::key)
                .containsExactly("panorama - - - -", "title power - - -", "title chem - - -", "panorama - - - -");
        history.perform(new DeleteChain("chem"));
        assertThat(history.map().presentation().steps()).hasSize(3);
        history.undo();
        history.undo();
        assertThat(history.map()).isEqualTo(after);
    }

    @Test
    void aStepThatDoesNotNameWhatItShowsIsRefused() {
        SetPresentation incomplete =
                new SetPresentation(Presentation.of(List.of(Presentation.Step.segment(StepKind.WEAK, "power", null))));
        assertThatThrownBy(() -> incomplete.plan(HENGYANG))
                .isInstanceOfSatisfying(
                        EditRefusedException.class, refusal -> assertThat(refusal.message(Locale.ENGLISH))
                                .isEqualTo("A presentation step \"weak\" must name what it shows."));
    }
}
