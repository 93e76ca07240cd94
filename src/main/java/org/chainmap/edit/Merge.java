package org.chainmap.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * Brings a partial map into a map as one change, undone in one step: what an import found in a spreadsheet.
 * The partial map holds only what is new or changed, each thing whole as it should be; this class makes the
 * {@link Compound} of the ordinary commands that puts it in, in an order where each finds what it names:
 *
 * <ol>
 *   <li>chains the map lacks ({@link AddChain}, empty), then their segments and new segments of other chains
 *       ({@link AddSegment}, without feeds, since a feed may name a segment added after it);
 *   <li>every segment of the partial map as it should be, feeds and order included ({@link EditSegment});
 *   <li>firms, all in one {@link PutEnterprises}: a firm whose id the map has is changed (as
 *       {@link EditEnterprise}), any other added (as {@link AddEnterprise});
 *   <li>links, all in one {@link PutLinks}: a link whose id, else whose supplier, customer and product the map
 *       has is changed (as {@link EditLink}), any other added (as {@link AddLink});
 *   <li>list items, put by id into their chain's list ({@link PutListItem}).
 * </ol>
 *
 * Every command checks what it brings as it would from the menus; if one refuses, the whole import refuses
 * and the map is as it was. The work is linear in the map and the rows: the many firms and links of a ledger
 * are put by one command each, with indexes, not by a command per row.
 */
public final class Merge {

    private Merge() {}

    /**
     * The change that brings {@code incoming} into {@code map}.
     *
     * @param map the map the import was weighed against
     * @param incoming the new and changed parts, as a partial map
     * @param description what the Edit menu calls it, such as {@code import.apply}
     */
    public static Compound of(RegionMap map, RegionMap incoming, Description description) {
        Objects.requireNonNull(map, "map");
        List<Command> parts = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int position = map.chains().size();
        for (Chain chain : incoming.chains()) {
            if (map.chain(chain.id()).isEmpty()) {
                parts.add(new AddChain(
                        chain.withSegments(List.of()).withLists(org.chainmap.model.ChainLists.EMPTY), position++));
            }
            for (Segment segment : chain.segments()) {
                if (map.segment(segment.id()).isEmpty()) {
                    parts.add(new AddSegment(chain.id(), segment.withFeeds(List.of())));
                }
                segments.add(segment);
            }
        }
        for (Segment segment : segments) {
            parts.add(new EditSegment(segment, "segment.edit"));
        }
        if (!incoming.enterprises().isEmpty()) {
            parts.add(new PutEnterprises(incoming.enterprises()));
        }
        if (!incoming.links().isEmpty()) {
            Map<String, SupplyLink> byId = new HashMap<>();
            Map<List<String>, SupplyLink> byFlow = new HashMap<>();
            for (SupplyLink link : map.links()) {
                if (link.id() != null) {
                    byId.putIfAbsent(link.id(), link);
                }
                byFlow.putIfAbsent(flow(link), link);
            }
            List<SupplyLink[]> puts = new ArrayList<>();
            for (SupplyLink link : incoming.links()) {
                SupplyLink before = link.id() != null ? byId.get(link.id()) : null;
                puts.add(new SupplyLink[] {before != null ? before : byFlow.get(flow(link)), link});
            }
            parts.add(new PutLinks(puts));
        }
        for (Chain chain : incoming.chains()) {
            for (ListKind kind : ListKind.values()) {
                for (ListItem item : chain.lists().of(kind)) {
                    parts.add(new PutListItem(chain.id(), kind, item));
                }
            }
        }
        return new Compound(description, parts);
    }

    /** The flow of a link: supplier, customer, product (which may be missing). */
    private static List<String> flow(SupplyLink link) {
        return Arrays.asList(link.from(), link.to(), link.product());
    }
}
