package org.chainmap.render;

import java.util.List;
import java.util.Optional;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Chain;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;

/**
 * One step of a presentation, found in the map and its analysis: what it shows, of which chain, which gap,
 * and the planner's note.
 *
 * @param kind what the step shows
 * @param chain the chain whose story it tells; {@code null} for the panorama
 * @param number the chain's number in the presentation, from 1 (what a presenter types to jump to it); 0 for
 *     the panorama
 * @param gap the gap a gap step highlights; {@code null} for other steps
 * @param table the gaps a table step lists, in order; empty for other steps
 * @param note the planner's note; {@code null} for none
 */
public record StoryStep(StepKind kind, Chain chain, int number, Gap gap, List<Gap> table, String note) {

    /** Copies the table. */
    public StoryStep {
        table = table == null ? List.of() : List.copyOf(table);
    }

    /** A step that is not a table. */
    public StoryStep(StepKind kind, Chain chain, int number, Gap gap, String note) {
        this(kind, chain, number, gap, List.of(), note);
    }

    /** The stage a stage step reveals. */
    public Optional<Stage> stage() {
        return kind.stage();
    }

    /** The chain's id, or {@code null} for the panorama. */
    public String chainId() {
        return chain == null ? null : chain.id();
    }

    /**
     * A name for the step's file among a presentation's slides, without its number: {@code panorama},
     * {@code power-title}, {@code power-missing-power.silicon-steel}, {@code power-broken-A-B}.
     */
    public String fileName() {
        if (chain == null) {
            return kind.id();
        }
        String name = chain.id() + "-" + kind.id();
        if (gap instanceof Gap.Missing missing) {
            name += "-" + missing.segment();
        } else if (gap instanceof Gap.Weak weak) {
            name += "-" + weak.segment();
        } else if (gap instanceof Gap.Broken broken) {
            name += "-" + broken.from() + "-" + broken.to();
        } else if (gap instanceof Gap.Chokepoint chokepoint) {
            name += "-" + chokepoint.from() + "-" + chokepoint.to();
        }
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    }
}
