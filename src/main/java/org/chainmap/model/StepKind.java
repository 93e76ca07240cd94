package org.chainmap.model;

import java.util.Optional;

/**
 * What one step of a presentation shows: the panorama of all chains, or a part of one chain's story (its
 * title, one stage revealed, one gap, its summary).
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
    SUMMARY("summary");

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
