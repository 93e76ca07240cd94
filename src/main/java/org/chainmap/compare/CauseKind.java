package org.chainmap.compare;

import org.chainmap.model.Keyword;

/** How a firm took part in a gap's change. */
public enum CauseKind implements Keyword {
    /** A firm new to the map, local in the place. */
    ADDED("added"),
    /** A firm gone from the map that was local in the place. */
    REMOVED("removed"),
    /** A local firm that moved into the segment from another. */
    MOVED_IN("movedIn"),
    /** A local firm that moved out of the segment. */
    MOVED_OUT("movedOut"),
    /** A firm of the segment that became local. */
    BECAME_LOCAL("becameLocal"),
    /** A firm of the segment that is no longer local. */
    NO_LONGER_LOCAL("noLongerLocal"),
    /** A local firm of the segment that rose above designated size. */
    SCALE_UP("scaleUp"),
    /** A local firm of the segment that fell below designated size. */
    SCALE_DOWN("scaleDown"),
    /** A firm that now supplies, or buys, along the feed. */
    LINKED("linked"),
    /** A firm that no longer supplies, or buys, along the feed. */
    UNLINKED("unlinked");

    private final String id;

    CauseKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
