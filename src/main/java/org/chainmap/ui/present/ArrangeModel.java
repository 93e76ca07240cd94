package org.chainmap.ui.present;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chainmap.analysis.ChainReport;
import org.chainmap.model.Chain;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.StepKind;
import org.chainmap.render.Story;

/**
 * What the Arrange dialog edits, without a node: the parts of a presentation in order (the opening
 * panorama, each chain, the closing panorama), each shown or not, and each chain's steps in order, each
 * shown or not, with its note. It starts from the map's presentation, or from the whole story; a chain's
 * steps that are not in the presentation are offered at their place in the whole story, unticked.
 * {@link #result()} is the presentation it describes: {@link Presentation#NONE} when that is the whole
 * story without notes, so that chains added later join it.
 */
final class ArrangeModel {

    /** A part of the presentation: the opening or closing panorama, or a chain with its steps. */
    static final class Part {
        final Chain chain;
        final boolean closing;
        final BooleanProperty shown = new SimpleBooleanProperty(true);
        final ObservableList<Entry> steps = FXCollections.observableArrayList();

        Part(Chain chain, boolean closing) {
            this.chain = chain;
            this.closing = closing;
        }
    }

    /** A step of a part, shown or not, with its note. */
    static final class Entry {
        final Presentation.Step step;
        final BooleanProperty shown = new SimpleBooleanProperty(true);
        final StringProperty note = new SimpleStringProperty("");

        Entry(Presentation.Step step) {
            this.step = step.withNote(null);
        }
    }

    private final RegionMap map;
    private final List<ChainReport> reports;
    private final ObservableList<Part> parts = FXCollections.observableArrayList();
    private Story.Detail detail = Story.Detail.BRIEF;

    /** The presentation of {@code map}, with the analysis {@code reports}, ready to arrange. */
    ArrangeModel(RegionMap map, List<ChainReport> reports) {
        this.map = map;
        this.reports = List.copyOf(reports);
        load(map.presentation().arranged() ? map.presentation() : Presentation.NONE);
    }

    /** The parts in order: the opening panorama first, the closing one last, the chains between. */
    ObservableList<Part> parts() {
        return parts;
    }

    /** Goes back to the brief whole story, without notes. */
    void wholeStory() {
        wholeStory(Story.Detail.BRIEF);
    }

    /** Goes back to the whole story told in {@code newDetail}, without notes. */
    void wholeStory(Story.Detail newDetail) {
        detail = newDetail;
        load(Presentation.NONE);
    }

    private void load(Presentation presentation) {
        Map<String, ChainReport> byChain = new HashMap<>();
        reports.forEach(report -> byChain.put(report.chain(), report));
        List<Presentation.Step> stored = presentation.steps();
        boolean arranged = !stored.isEmpty();
        Part opening = new Part(null, false);
        Part closing = new Part(null, true);
        opening.shown.set(!arranged || stored.get(0).step() == StepKind.PANORAMA);
        closing.shown.set(
                !arranged || stored.size() > 1 && stored.get(stored.size() - 1).step() == StepKind.PANORAMA);
        notePanorama(opening, arranged ? stored.get(0) : null);
        notePanorama(closing, arranged && stored.size() > 1 ? stored.get(stored.size() - 1) : null);
        List<Chain> order = new ArrayList<>();
        for (Presentation.Step step : stored) {
            map.chain(step.chain() == null ? "" : step.chain())
                    .filter(chain -> !order.contains(chain))
                    .ifPresent(order::add);
        }
        Set<Chain> inOrder = new HashSet<>(order);
        map.chains().stream().filter(chain -> !inOrder.contains(chain)).forEach(order::add);
        List<Part> chains = new ArrayList<>();
        for (Chain chain : order) {
            ChainReport report = byChain.get(chain.id());
            if (report == null) {
                continue;
            }
            Part part = new Part(chain, false);
            part.shown.set(!arranged || inOrder.contains(chain));
            part.steps.setAll(entries(chain, report, stored, arranged, detail));
            chains.add(part);
        }
        List<Part> all = new ArrayList<>();
        all.add(opening);
        all.addAll(chains);
        all.add(closing);
        parts.setAll(all);
    }

    private static void notePanorama(Part part, Presentation.Step step) {
        Entry entry = new Entry(Presentation.Step.panorama());
        if (step != null && step.step() == StepKind.PANORAMA && step.note() != null) {
            entry.note.set(step.note());
        }
        part.steps.setAll(entry);
    }

    /**
     * A chain's steps: those stored, in their order, with their notes; then each step a chain's story may have
     * (brief or full) that is not stored, after the step it follows: ticked when it is in the whole story in
     * {@code detail} and nothing is arranged, unticked otherwise.
     */
    private static List<Entry> entries(
            Chain chain, ChainReport report, List<Presentation.Step> stored, boolean arranged, Story.Detail detail) {
        List<Presentation.Step> whole = offered(chain, report);
        Set<String> told = new HashSet<>();
        Story.chainStory(chain, report, detail).forEach(step -> told.add(step.key()));
        Set<String> possible = new HashSet<>();
        whole.forEach(step -> possible.add(step.key()));
        List<Entry> entries = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (Presentation.Step step : stored) {
            if (chain.id().equals(step.chain()) && possible.contains(step.key()) && present.add(step.key())) {
                Entry entry = new Entry(step);
                entry.note.set(step.note() == null ? "" : step.note());
                entries.add(entry);
            }
        }
        for (int i = 0; i < whole.size(); i++) {
            Presentation.Step step = whole.get(i);
            if (present.contains(step.key())) {
                continue;
            }
            Entry entry = new Entry(step);
            entry.shown.set(!arranged && told.contains(step.key()));
            int at = 0;
            for (int k = i - 1; k >= 0; k--) {
                int found = indexOf(entries, whole.get(k).key());
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            entries.add(at, entry);
            present.add(step.key());
        }
        return entries;
    }

    /** Every step a chain's story may have: title, stages, a table per kind of gap, each gap, summary. */
    private static List<Presentation.Step> offered(Chain chain, ChainReport report) {
        List<Presentation.Step> brief = Story.chainStory(chain, report, Story.Detail.BRIEF);
        List<Presentation.Step> full = Story.chainStory(chain, report, Story.Detail.FULL);
        List<Presentation.Step> steps = new ArrayList<>();
        steps.add(full.get(0));
        full.stream().filter(step -> step.step().stage().isPresent()).forEach(steps::add);
        brief.stream().filter(step -> step.step().table()).forEach(steps::add);
        full.stream().filter(step -> step.step().gap()).forEach(steps::add);
        steps.add(full.get(full.size() - 1));
        return steps;
    }

    private static int indexOf(List<Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).step.key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves {@code part}, a chain, {@code by} places among the chains, at most to the first or last of them (the
     * panoramas stay first and last).
     */
    void move(Part part, int by) {
        int from = parts.indexOf(part);
        int to = Math.max(1, Math.min(parts.size() - 2, from + by));
        if (part.chain == null || from < 0 || to == from) {
            return;
        }
        parts.remove(from);
        parts.add(to, part);
    }

    /** Moves {@code entry} {@code by} places among the steps of {@code part}, at most to the first or last. */
    void move(Part part, Entry entry, int by) {
        int from = part.steps.indexOf(entry);
        int to = Math.max(0, Math.min(part.steps.size() - 1, from + by));
        if (from < 0 || to == from) {
            return;
        }
        part.steps.remove(from);
        part.steps.add(to, entry);
    }

    /** How many steps the presentation described has. */
    int count() {
        return steps().size();
    }

    private List<Presentation.Step> steps() {
        List<Presentation.Step> steps = new ArrayList<>();
        for (Part part : parts) {
            if (!part.shown.get()) {
                continue;
            }
            for (Entry entry : part.steps) {
                if (entry.shown.get()) {
                    steps.add(entry.step.withNote(entry.note.get()));
                }
            }
        }
        return steps;
    }

    /** The presentation described: {@link Presentation#NONE} when it is the whole story without notes. */
    Presentation result() {
        List<Presentation.Step> steps = steps();
        List<Presentation.Step> whole = Story.wholeStory(map, reports).steps();
        if (steps.equals(whole)) {
            return new Presentation(List.of(), map.presentation().extra());
        }
        return new Presentation(steps, map.presentation().extra());
    }
}
