package org.chainmap.compare;

import java.util.List;
import java.util.Objects;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * What changed in one chain. A firm belongs to the chains of its segments, a link to those of its two firms; a
 * firm that moved from one chain to another is changed in both.
 *
 * @param id the chain's id
 * @param before the chain in the old map; {@code null} for a chain added
 * @param after the chain in the new map; {@code null} for a chain removed
 * @param beforeReport the old map's analysis of it; {@code null} for a chain added
 * @param afterReport the new map's analysis of it; {@code null} for a chain removed
 * @param added the firms only in the new map, in its order
 * @param removed the firms only in the old map, in its order
 * @param changed the firms in both that changed, in the new map's order, then those that left the chain
 * @param segmentsAdded the segments only in the new chain
 * @param segmentsRemoved the segments only in the old chain
 * @param linksAdded the links only in the new map
 * @param linksRemoved the links only in the old map
 * @param closed the gaps of the old analysis that the new one no longer has
 * @param opened the gaps of the new analysis that the old one did not have
 * @param gapsChanged the gaps in both whose evidence changed
 */
public record ChainComparison(
        String id,
        Chain before,
        Chain after,
        ChainReport beforeReport,
        ChainReport afterReport,
        List<Enterprise> added,
        List<Enterprise> removed,
        List<FirmChange> changed,
        List<Segment> segmentsAdded,
        List<Segment> segmentsRemoved,
        List<SupplyLink> linksAdded,
        List<SupplyLink> linksRemoved,
        List<GapChange> closed,
        List<GapChange> opened,
        List<GapChange> gapsChanged) {

    /** Checks the id and copies the lists. */
    public ChainComparison {
        Objects.requireNonNull(id, "id");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        segmentsAdded = List.copyOf(segmentsAdded);
        segmentsRemoved = List.copyOf(segmentsRemoved);
        linksAdded = List.copyOf(linksAdded);
        linksRemoved = List.copyOf(linksRemoved);
        closed = List.copyOf(closed);
        opened = List.copyOf(opened);
        gapsChanged = List.copyOf(gapsChanged);
    }

    /** What happened to the chain itself: added, removed, changed (anything in it) or the same. */
    public Change change() {
        if (before == null) {
            return Change.ADDED;
        }
        if (after == null) {
            return Change.REMOVED;
        }
        boolean same = added.isEmpty()
                && removed.isEmpty()
                && changed.isEmpty()
                && segmentsAdded.isEmpty()
                && segmentsRemoved.isEmpty()
                && linksAdded.isEmpty()
                && linksRemoved.isEmpty()
                && closed.isEmpty()
                && opened.isEmpty()
                && gapsChanged.isEmpty();
        return same ? Change.SAME : Change.CHANGED;
    }

    /** The chain's name: the new one, or the old one for a chain removed. */
    public String name() {
        return after != null ? after.name() : before.name();
    }

    /** The old coverage; {@code null} for a chain added or one without segments. */
    public Double coverageBefore() {
        return beforeReport == null ? null : beforeReport.coverage();
    }

    /** The new coverage; {@code null} for a chain removed or one without segments. */
    public Double coverageAfter() {
        return afterReport == null ? null : afterReport.coverage();
    }

    /** The old local supporting rate; {@code null} when there was none. */
    public Double localRateBefore() {
        return beforeReport == null || beforeReport.localRate() == null
                ? null
                : beforeReport.localRate().rate();
    }

    /** The new local supporting rate; {@code null} when there is none. */
    public Double localRateAfter() {
        return afterReport == null || afterReport.localRate() == null
                ? null
                : afterReport.localRate().rate();
    }

    /** The ids of the firms added, the new map's. */
    public List<String> addedIds() {
        return added.stream().map(Enterprise::id).toList();
    }

    /** The ids of the firms removed, the old map's. */
    public List<String> removedIds() {
        return removed.stream().map(Enterprise::id).toList();
    }

    /** The ids of the firms changed, the new map's. */
    public List<String> changedIds() {
        return changed.stream().map(FirmChange::id).toList();
    }

    /**
     * The gap at the same segment on the other side, of another kind, when one of the two is weak: a missing (or
     * extend) segment that got a small local firm closed its gap and opened a weak one; a weak segment that lost its
     * last local firm, the reverse. {@code null} for any other gap. The outputs for people say such a pair in one
     * line ({@link #closedAsRead}, {@link #openedAsRead}); the JSON keeps both gaps.
     */
    public GapChange counterpart(GapChange gap) {
        String segment = GapPlace.segment(gap.gap());
        if (segment == null) {
            return null;
        }
        boolean wasClosed = gap.after() == null;
        if (!(wasClosed ? closed : opened).contains(gap)) {
            return null;
        }
        for (GapChange other : wasClosed ? opened : closed) {
            if (segment.equals(GapPlace.segment(other.gap()))
                    && other.gap().kind() != gap.gap().kind()
                    && (other.gap().kind() == GapKind.WEAK) != (gap.gap().kind() == GapKind.WEAK)) {
                return other;
            }
        }
        return null;
    }

    /**
     * The extend gap said with {@code gap}, a missing one, in one line: an extend segment is a missing segment that
     * local output feeds ({@code docs/gaps.md}), so the firm that fills it closes both gaps (and the last local firm
     * that leaves it opens both); people read one line, "缺链（延链）补上", the JSON keeps both gaps. {@code null} when
     * {@code gap} is no missing gap or no extend gap at its segment changed the same way.
     */
    public GapChange extendWith(GapChange gap) {
        if (gap.gap().kind() != GapKind.MISSING) {
            return null;
        }
        String segment = GapPlace.segment(gap.gap());
        List<GapChange> side = gap.after() == null ? closed : gap.before() == null ? opened : List.of();
        for (GapChange other : side) {
            if (other.gap().kind() == GapKind.EXTEND && segment.equals(GapPlace.segment(other.gap()))) {
                return other;
            }
        }
        return null;
    }

    /**
     * Whether {@code gap} is an extend gap that a missing gap at its segment, closed or opened with it, says
     * ({@link #extendWith}): the lists for people leave it out, as one segment is one line.
     */
    public boolean saidWithMissing(GapChange gap) {
        if (gap.gap().kind() != GapKind.EXTEND) {
            return false;
        }
        String segment = GapPlace.segment(gap.gap());
        List<GapChange> side = gap.after() == null ? closed : gap.before() == null ? opened : List.of();
        for (GapChange other : side) {
            if (other.gap().kind() == GapKind.MISSING && segment.equals(GapPlace.segment(other.gap()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gaps closed as the window's list of changes and the compared map's marks say them, one per segment: those
     * {@link #closedAsRead} counts but an extend gap said with its segment's missing one ({@link #saidWithMissing}).
     * The compare bar and the pictures' figures count these, so that they count the rows and marks shown.
     */
    public List<GapChange> closedSaid() {
        return closedAsRead().stream().filter(gap -> !saidWithMissing(gap)).toList();
    }

    /** The gaps opened as the list and the marks say them, one per segment ({@link #closedSaid}'s reverse). */
    public List<GapChange> openedSaid() {
        return openedAsRead().stream().filter(gap -> !saidWithMissing(gap)).toList();
    }

    /**
     * The gaps closed as a reader counts them: all but a weak one whose segment has no local firm now, which
     * {@link #openedAsRead} names as a gap opened where a weak one was.
     */
    public List<GapChange> closedAsRead() {
        return closed.stream()
                .filter(gap -> gap.gap().kind() != GapKind.WEAK || counterpart(gap) == null)
                .toList();
    }

    /**
     * The gaps opened as a reader counts them: all but a weak one at a segment that had no local firm, which
     * {@link #closedAsRead} names as a gap closed that is weak now.
     */
    public List<GapChange> openedAsRead() {
        return opened.stream()
                .filter(gap -> gap.gap().kind() != GapKind.WEAK || counterpart(gap) == null)
                .toList();
    }
}
