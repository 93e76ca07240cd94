package org.chainmap.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The presentation the planner arranged: which steps of which chains are shown, in what order, each with a
 * short note. Without steps, a presentation shows the whole story of every chain (see {@code
 * docs/format.md}, "The presentation"); the steps themselves are drawn from the map and its gap analysis
 * when the presentation is shown, so a step names what it shows (a chain, a stage, a gap's segments) rather
 * than holding it.
 *
 * @param steps the steps, in the order they are shown; empty for the whole story
 * @param extra fields this program does not know, kept as they are
 */
public record Presentation(List<Presentation.Step> steps, Extras extra) {

    /** No arrangement: the whole story of every chain. */
    public static final Presentation NONE = new Presentation(List.of(), Extras.NONE);

    /** Copies the list and defaults the extras. */
    public Presentation {
        steps = List.copyOf(steps == null ? List.of() : steps);
        extra = extra == null ? Extras.NONE : extra;
    }

    /** A presentation of {@code steps}, without unknown fields. */
    public static Presentation of(List<Step> steps) {
        return new Presentation(steps, Extras.NONE);
    }

    /** Whether there are neither steps nor unknown fields: nothing to write in a file. */
    public boolean isEmpty() {
        return steps.isEmpty() && extra.isEmpty();
    }

    /** Whether the planner chose steps; otherwise the whole story is shown. */
    public boolean arranged() {
        return !steps.isEmpty();
    }

    /** This presentation without the steps {@code keep} refuses; the same presentation when all are kept. */
    public Presentation keeping(Predicate<Step> keep) {
        List<Step> kept = steps.stream().filter(keep).toList();
        return kept.size() == steps.size() ? this : new Presentation(kept, extra);
    }

    /**
     * One step: what it shows and the planner's note. A chain's steps name the chain; a missing or weak
     * segment's step names the segment; a broken feed's or a chokepoint's step names the feed's two ends.
     *
     * @param step what the step shows
     * @param chain the chain's id; {@code null} for the panorama
     * @param segment the segment of a missing or weak step; {@code null} otherwise
     * @param from the supplying segment of a broken or chokepoint step; {@code null} otherwise
     * @param to the buying segment of a broken or chokepoint step; {@code null} otherwise
     * @param note the planner's note for the step, shown with it; {@code null} for none
     * @param extra fields this program does not know, kept as they are
     */
    public record Step(StepKind step, String chain, String segment, String from, String to, String note, Extras extra) {

        /** Checks the kind, and reads a blank note as none. */
        public Step {
            Objects.requireNonNull(step, "step");
            note = note == null || note.isBlank() ? null : note;
            extra = extra == null ? Extras.NONE : extra;
        }

        /** The panorama of all chains. */
        public static Step panorama() {
            return new Step(StepKind.PANORAMA, null, null, null, null, null, Extras.NONE);
        }

        /** A step of {@code chain} that names no segment: title, a stage, summary. */
        public static Step of(StepKind kind, String chain) {
            return new Step(kind, chain, null, null, null, null, Extras.NONE);
        }

        /** A missing or weak segment's step. */
        public static Step segment(StepKind kind, String chain, String segment) {
            return new Step(kind, chain, segment, null, null, null, Extras.NONE);
        }

        /** A broken feed's or a chokepoint's step. */
        public static Step feed(StepKind kind, String chain, String from, String to) {
            return new Step(kind, chain, null, from, to, null, Extras.NONE);
        }

        /** This step with {@code newNote} (blank: none). */
        public Step withNote(String newNote) {
            return new Step(step, chain, segment, from, to, newNote, extra);
        }

        /** What the step shows, without its note: equal for two steps that show the same thing. */
        public String key() {
            StringBuilder key = new StringBuilder(step.id());
            for (String part : new String[] {chain, segment, from, to}) {
                key.append(' ').append(part == null ? "-" : part);
            }
            return key.toString();
        }

        /** Whether the step names the segment {@code id}. */
        public boolean names(String id) {
            return id.equals(segment) || id.equals(from) || id.equals(to);
        }
    }
}
