package org.chainmap.io.sheet;

import static org.chainmap.io.sheet.Column.SEGMENT_CERTAINTY;
import static org.chainmap.io.sheet.Column.SEGMENT_CHAIN;
import static org.chainmap.io.sheet.Column.SEGMENT_CHAIN_ID;
import static org.chainmap.io.sheet.Column.SEGMENT_CODES;
import static org.chainmap.io.sheet.Column.SEGMENT_CORE;
import static org.chainmap.io.sheet.Column.SEGMENT_FEEDS;
import static org.chainmap.io.sheet.Column.SEGMENT_ID;
import static org.chainmap.io.sheet.Column.SEGMENT_NAME;
import static org.chainmap.io.sheet.Column.SEGMENT_NAME_EN;
import static org.chainmap.io.sheet.Column.SEGMENT_NOTE;
import static org.chainmap.io.sheet.Column.SEGMENT_ORDER;
import static org.chainmap.io.sheet.Column.SEGMENT_SOURCE;
import static org.chainmap.io.sheet.Column.SEGMENT_STAGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Certainty;
import org.chainmap.model.Chain;
import org.chainmap.model.Provenance;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;

/**
 * Rows of segments: each names its chain (by name or id) and the segment; a segment of the chain with the
 * same id, or else the same name, is updated, any other added. A chain the map does not have is added with
 * its first segment. Feeds are read once every segment row is in, so they may name segments further down.
 */
final class SegmentRows {

    /**
     * A segment row taken, its feeds still to be read.
     *
     * @param row the row
     * @param chainId its chain
     * @param before the segment in the map; {@code null} for a new one
     * @param feeds whether the row gives feeds (read once every segment is known); else the segment keeps its own
     * @param id the segment's id
     */
    private record Taken(RowReader row, String chainId, Segment before, boolean feeds, String id) {}

    private final Incoming incoming;
    private final Map<String, Integer> rowOf = new HashMap<>();
    private final List<Taken> taken = new ArrayList<>();
    private final List<RowOutcome> outcomes = new ArrayList<>();

    SegmentRows(Incoming incoming) {
        this.incoming = incoming;
    }

    void read(RowReader row) {
        String name = Rows.required(row, SEGMENT_NAME);
        String chainText = row.text(SEGMENT_CHAIN);
        String chainId = row.text(SEGMENT_CHAIN_ID);
        Chain chain = chainId != null ? incoming.chain(chainId).orElse(null) : null;
        if (chain == null && chainText != null) {
            chain = incoming.chain(chainText).orElse(null);
        }
        if (chain == null && chainText == null) {
            if (chainId != null) {
                row.refuse(SEGMENT_CHAIN_ID, "row.chainUnknown", chainId);
            } else {
                row.refuseMissing(SEGMENT_CHAIN);
            }
        }
        if (chain == null && chainId != null && !Incoming.wellFormed(chainId)) {
            row.refuse(SEGMENT_CHAIN_ID, "row.idMalformed", chainId);
        }
        Segment before = name == null ? null : before(row, chain, name);
        Stage stage = row.stage(SEGMENT_STAGE);
        if (before == null && stage == null && !row.given(SEGMENT_STAGE)) {
            row.refuseMissing(SEGMENT_STAGE);
        }
        String nameEn = row.text(SEGMENT_NAME_EN);
        Integer order = row.whole(SEGMENT_ORDER);
        List<String> codes = row.list(SEGMENT_CODES);
        Boolean core = row.yesNo(SEGMENT_CORE);
        Certainty certainty = row.certainty(SEGMENT_CERTAINTY);
        boolean feeds = row.given(SEGMENT_FEEDS);
        if (row.refused()) {
            outcomes.add(Changes.refused(row, SheetKind.SEGMENTS, name));
            return;
        }
        if (chain == null) {
            chain = newChain(row, chainId, chainText);
        }
        Provenance provenance = Rows.provenance(
                before == null ? null : before.provenance(),
                certainty,
                row.text(SEGMENT_SOURCE),
                row.text(SEGMENT_NOTE));
        Segment after;
        if (before == null) {
            String id = row.text(SEGMENT_ID) != null ? row.text(SEGMENT_ID) : incoming.newId(chain.id() + ".seg-");
            after = new Segment(
                    id,
                    name,
                    nameEn,
                    stage,
                    order != null ? order : nextOrder(chain.id(), stage),
                    codes,
                    List.of(),
                    Boolean.TRUE.equals(core),
                    List.of(),
                    provenance,
                    null);
        } else {
            Stage newStage = stage != null ? stage : before.stage();
            int newOrder = order != null
                    ? order
                    : newStage != before.stage() ? nextOrder(chain.id(), newStage) : before.order();
            after = new Segment(
                    before.id(),
                    name,
                    row.given(SEGMENT_NAME_EN) ? nameEn : before.nameEn(),
                    newStage,
                    newOrder,
                    !codes.isEmpty() ? codes : before.industryCodes(),
                    before.products(),
                    core != null ? core : before.core(),
                    before.feeds(),
                    provenance,
                    before.extra(),
                    before.planned());
        }
        rowOf.put(after.id(), row.number());
        incoming.putSegment(chain.id(), after);
        taken.add(new Taken(row, chain.id(), before, feeds, after.id()));
    }

    /** The chain a row brings, with the id it asks for if free, else {@code chain-N}. */
    private Chain newChain(RowReader row, String chainId, String chainText) {
        String id = chainId != null && !incoming.taken(chainId) ? chainId : incoming.newId("chain-");
        Chain chain = Incoming.shell(id, chainText);
        incoming.addChain(chain);
        row.remark(SEGMENT_CHAIN, "row.newChain", chainText);
        return chain;
    }

    /** The segment of {@code chain} the row names by id or by name; {@code null} for a new one. */
    private Segment before(RowReader row, Chain chain, String name) {
        String id = row.text(SEGMENT_ID);
        Segment found = null;
        if (id != null) {
            found = incoming.segment(id).orElse(null);
            if (found == null && !Incoming.wellFormed(id)) {
                row.refuse(SEGMENT_ID, "row.idMalformed", id);
            } else if (found == null && incoming.taken(id)) {
                row.refuse(SEGMENT_ID, "row.idTaken", id);
            } else if (found != null && chain != null && !chain.id().equals(incoming.chainOfSegment(id))) {
                row.refuse(SEGMENT_CHAIN, "row.segmentElsewhere", found.name(), incoming.chainOfSegment(id));
            }
        } else if (chain != null) {
            found = named(chain.id(), name);
        }
        if (found != null && rowOf.containsKey(found.id())) {
            row.refuse(null, "row.duplicate", rowOf.get(found.id()));
        }
        return found;
    }

    private Segment named(String chainId, String name) {
        String key = Incoming.nameKey(name);
        for (Map.Entry<Segment, String> entry : incoming.allSegments().entrySet()) {
            if (chainId.equals(entry.getValue())
                    && Incoming.nameKey(entry.getKey().name()).equals(key)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private int nextOrder(String chainId, Stage stage) {
        int max = 0;
        for (Map.Entry<Segment, String> entry : incoming.allSegments().entrySet()) {
            if (chainId.equals(entry.getValue()) && entry.getKey().stage() == stage) {
                max = Math.max(max, entry.getKey().order());
            }
        }
        return max + 1;
    }

    /** Reads the feeds of the rows taken, now that every segment is known, and gives every row's outcome. */
    List<RowOutcome> finish() {
        SegmentNames names = new SegmentNames(incoming);
        for (Taken each : taken) {
            RowReader row = each.row();
            Segment after = incoming.segment(each.id()).orElseThrow();
            if (each.feeds()) {
                List<String> feeds = new ArrayList<>();
                for (String text : row.list(SEGMENT_FEEDS, incoming::namesSegment)) {
                    SegmentNames.Found found = names.find(text, List.of(each.chainId()));
                    if (found.segment() == null) {
                        row.remark(SEGMENT_FEEDS, found.problem(), text);
                    } else if (found.segment().id().equals(after.id())) {
                        row.remark(SEGMENT_FEEDS, "row.feedSelf", text);
                    } else if (!feeds.contains(found.segment().id())) {
                        feeds.add(found.segment().id());
                    }
                }
                after = after.withFeeds(feeds);
                incoming.putSegment(each.chainId(), after);
            }
            outcomes.add(changes(each.before(), after).outcome(row, SheetKind.SEGMENTS, after.name(), each.before()));
        }
        return List.copyOf(outcomes);
    }

    private static Changes changes(Segment before, Segment after) {
        Changes changes = new Changes();
        if (before != null) {
            changes.field(SEGMENT_NAME, before.name(), after.name())
                    .field(SEGMENT_NAME_EN, before.nameEn(), after.nameEn())
                    .field(SEGMENT_STAGE, before.stage(), after.stage())
                    .field(SEGMENT_ORDER, before.order(), after.order())
                    .field(SEGMENT_CODES, before.industryCodes(), after.industryCodes())
                    .field(SEGMENT_CORE, before.core(), after.core())
                    .field(SEGMENT_FEEDS, before.feeds(), after.feeds());
            Rows.provenanceChanges(
                    changes, before.provenance(), after.provenance(), SEGMENT_CERTAINTY, SEGMENT_SOURCE, SEGMENT_NOTE);
        }
        return changes;
    }
}
