package org.chainmap.model;

import java.util.Optional;

/**
 * What one step of a presentation shows: the panorama of all chains, or a part of one chain's story (its
 * title, one stage revealed, one gap, all its gaps of one kind in a table, its summary).
 */
public enum StepKind implements Keyword {
    /** The panorama of all chains, which opens and closes a presentation. */
    PANORAMA("panorama"),
    /** A chain's title: its name, chief and key figures. */
    TITLE("title"),
    /** A chain's upstream segments revealed, the rest faint. */
    UPSTREAM("upstream"),
    /** A chain's midstream segments revealed. */
    MIDSTREAM("midstream"),
    /** A chain's downstream segments revealed. */
    DOWNSTREAM("downstream"),
    /** A missing segment (缺链) highlighted, with its candidate targets. */
    MISSING("missing"),
    /** A weak segment (弱链) highlighted, with its candidate targets. */
    WEAK("weak"),
    /** A broken feed (断链) highlighted. */
    BROKEN("broken"),
    /** A chokepoint (卡脖子) highlighted. */
    CHOKEPOINT("chokepoint"),
    /** A chain's summary: its gaps and whom to invite. */
    SUMMARY("summary"),
    /** All of a chain's missing segments in one table, with the firms to invite. */
    MISSING_TABLE("missing-table"),
    /** All of a chain's weak segments in one table, with the firms to invite. */
    WEAK_TABLE("weak-table"),
    /** All of a chain's broken feeds in one table. */
    BROKEN_TABLE("broken-table"),
    /** All of a chain's chokepoints in one table. */
    CHOKEPOINT_TABLE("chokepoint-table");

    private final String id;

    StepKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether a step of this kind is about one chain (every kind but the panorama). */
    public boolean ofChain() {
        return this != PANORAMA;
    }

    /** Whether a step of this kind highlights one segment's gap: missing or weak. */
    public boolean onSegment() {
        return this == MISSING || this == WEAK;
    }

    /** Whether a step of this kind highlights a feed's gap: broken or chokepoint. */
    public boolean onFeed() {
        return this == BROKEN || this == CHOKEPOINT;
    }

    /** Whether a step of this kind highlights a gap. */
    public boolean gap() {
        return onSegment() || onFeed();
    }

    /** Whether a step of this kind shows all of a chain's gaps of one kind in a table. */
    public boolean table() {
        return this == MISSING_TABLE || this == WEAK_TABLE || this == BROKEN_TABLE || this == CHOKEPOINT_TABLE;
    }

    /**
     * The kind of step that shows one gap of the kind this table step shows (missing for missing-table), or
     * the table step of the kind this one-gap step shows (missing-table for missing); empty for other kinds.
     */
    public Optional<StepKind> counterpart() {
        return switch (this) {
            case MISSING -> Optional.of(MISSING_TABLE);
            case WEAK -> Optional.of(WEAK_TABLE);
            case BROKEN -> Optional.of(BROKEN_TABLE);
            case CHOKEPOINT -> Optional.of(CHOKEPOINT_TABLE);
            case MISSING_TABLE -> Optional.of(MISSING);
            case WEAK_TABLE -> Optional.of(WEAK);
            case BROKEN_TABLE -> Optional.of(BROKEN);
            case CHOKEPOINT_TABLE -> Optional.of(CHOKEPOINT);
            default -> Optional.empty();
        };
    }

    /** The stage a step of this kind reveals, if it reveals one. */
    public Optional<Stage> stage() {
        return switch (this) {
            case UPSTREAM -> Optional.of(Stage.UPSTREAM);
            case MIDSTREAM -> Optional.of(Stage.MIDSTREAM);
            case DOWNSTREAM -> Optional.of(Stage.DOWNSTREAM);
            default -> Optional.empty();
        };
    }

    /** The step kind that reveals {@code stage}. */
    public static StepKind of(Stage stage) {
        return switch (stage) {
            case UPSTREAM -> UPSTREAM;
            case MIDSTREAM -> MIDSTREAM;
            case DOWNSTREAM -> DOWNSTREAM;
        };
    }
}
