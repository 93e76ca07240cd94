package org.chainmap.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Chain;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;

/**
 * The steps of a presentation, built from a map, its gap analysis and the presentation the planner arranged
 * ({@link RegionMap#presentation()}), shown as arranged. Without an arrangement, the whole story ({@link
 * #wholeStory}): the panorama; then, chain by chain, its story in the {@link Detail} asked for; and the
 * panorama again. In brief (the default) a chain's story is its title with its key figures and the whole
 * chain, one table per kind of gap it has (缺, 弱, 断, 卡), and its summary: at most six steps. In full, its
 * title, its stages upstream → midstream → downstream (those with segments), its gaps one by one, and its
 * summary. An arranged step whose chain, segment or gap the map no longer has is left out, as is a table
 * step of a kind of gap the chain no longer has.
 */
public final class Story {

    /** The kinds of gap a story shows one by one: 缺, 弱, 断, 卡. */
    static final List<GapKind> SHOWN = List.of(GapKind.MISSING, GapKind.WEAK, GapKind.BROKEN, GapKind.CHOKEPOINT);

    /** How much of a chain's story is told when the planner arranged none. */
    public enum Detail {
        /** Title, one table per kind of gap, summary. */
        BRIEF,
        /** Title, each stage, each gap one by one, summary. */
        FULL
    }

    private final List<StoryStep> steps;
    private final List<Chain> chains;

    private Story(List<StoryStep> steps, List<Chain> chains) {
        this.steps = List.copyOf(steps);
        this.chains = List.copyOf(chains);
    }

    /** The presentation of {@code map}, with the analysis {@code reports} (one per chain, in order). */
    public static Story of(RegionMap map, List<ChainReport> reports) {
        return of(map, reports, List.of());
    }

    /**
     * The presentation of {@code map}, keeping only the steps of the chains {@code only} (and the panoramas);
     * all chains when {@code only} is empty.
     */
    public static Story of(RegionMap map, List<ChainReport> reports, Collection<String> only) {
        return of(map, reports, only, Detail.BRIEF);
    }

    /**
     * The presentation of {@code map}, keeping only the steps of the chains {@code only} (all when empty), told
     * in {@code detail} when the planner arranged none.
     */
    public static Story of(RegionMap map, List<ChainReport> reports, Collection<String> only, Detail detail) {
        Map<String, ChainReport> byChain = new HashMap<>();
        reports.forEach(report -> byChain.put(report.chain(), report));
        Presentation plan = map.presentation().arranged() ? map.presentation() : wholeStory(map, reports, detail);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Chain> chains = new ArrayList<>();
        List<StoryStep> steps = new ArrayList<>();
        for (Presentation.Step step : plan.steps()) {
            if (!step.step().ofChain()) {
                steps.add(new StoryStep(StepKind.PANORAMA, null, 0, null, step.note()));
                continue;
            }
            Optional<Chain> chain = map.chain(step.chain());
            ChainReport report = byChain.get(step.chain());
            if (chain.isEmpty() || report == null || !only.isEmpty() && !only.contains(step.chain())) {
                continue;
            }
            Gap gap = null;
            List<Gap> table = List.of();
            if (step.step().gap()) {
                gap = find(report, step).orElse(null);
                if (gap == null) {
                    continue;
                }
            } else if (step.step().table()) {
                table = tableOf(chain.get(), report, step.step());
                if (table.isEmpty()) {
                    continue;
                }
            }
            Integer number = numbers.get(chain.get().id());
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(chain.get().id(), number);
                chains.add(chain.get());
            }
            steps.add(new StoryStep(step.step(), chain.get(), number, gap, table, step.note()));
        }
        return new Story(steps, chains);
    }

    /** The steps, in the order they are shown. */
    public List<StoryStep> steps() {
        return steps;
    }

    /** How many steps there are. */
    public int size() {
        return steps.size();
    }

    /** The chains the presentation shows, numbered from 1 in this order. */
    public List<Chain> chains() {
        return chains;
    }

    /** The index of the first step of the chain numbered {@code number} (from 1), if there is such a chain. */
    public Optional<Integer> firstStepOf(int number) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() == number) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The brief whole story of every chain of {@code map}, as the steps a planner would arrange it in. */
    public static Presentation wholeStory(RegionMap map, List<ChainReport> reports) {
        return wholeStory(map, reports, Detail.BRIEF);
    }

    /** The whole story of every chain of {@code map} in {@code detail}, as a planner would arrange it. */
    public static Presentation wholeStory(RegionMap map, List<ChainReport> reports, Detail detail) {
        Map<String, ChainReport> byChain = new HashMap<>();
        reports.forEach(report -> byChain.put(report.chain(), report));
        List<Presentation.Step> steps = new ArrayList<>();
        steps.add(Presentation.Step.panorama());
        for (Chain chain : map.chains()) {
            ChainReport report = byChain.get(chain.id());
            if (report != null) {
                steps.addAll(chainStory(chain, report, detail));
            }
        }
        steps.add(Presentation.Step.panorama());
        return Presentation.of(steps);
    }

    /** The brief story of one chain: title, one table per kind of gap it has, summary. */
    public static List<Presentation.Step> chainStory(Chain chain, ChainReport report) {
        return chainStory(chain, report, Detail.BRIEF);
    }

    /**
     * The story of one chain in {@code detail}: in brief, title, one table per kind of gap it has, summary; in
     * full, title, its stages that have segments, its gaps one by one, summary.
     */
    public static List<Presentation.Step> chainStory(Chain chain, ChainReport report, Detail detail) {
        List<Presentation.Step> steps = new ArrayList<>();
        steps.add(Presentation.Step.of(StepKind.TITLE, chain.id()));
        if (detail == Detail.BRIEF) {
            List<Gap> shown = shownGaps(chain, report);
            for (GapKind kind : SHOWN) {
                if (shown.stream().anyMatch(gap -> gap.kind() == kind)) {
                    steps.add(Presentation.Step.of(tableStep(kind), chain.id()));
                }
            }
            steps.add(Presentation.Step.of(StepKind.SUMMARY, chain.id()));
            return steps;
        }
        for (Stage stage : Stage.values()) {
            if (!chain.segments(stage).isEmpty()) {
                steps.add(Presentation.Step.of(StepKind.of(stage), chain.id()));
            }
        }
        for (Gap gap : shownGaps(chain, report)) {
            steps.add(stepOf(gap));
        }
        steps.add(Presentation.Step.of(StepKind.SUMMARY, chain.id()));
        return steps;
    }

    /**
     * The gaps of {@code report} a story shows, kind by kind (缺, 弱, 断, 卡), and in each kind as the chain
     * runs: by the stage and order of the segment (of a feed, the buying segment, then the supplying one).
     */
    public static List<Gap> shownGaps(Chain chain, ChainReport report) {
        Map<String, Integer> position = new HashMap<>();
        for (Stage stage : Stage.values()) {
            for (Segment segment : chain.segments(stage)) {
                position.putIfAbsent(segment.id(), position.size());
            }
        }
        java.util.function.ToIntFunction<String> at = id -> position.getOrDefault(id, Integer.MAX_VALUE);
        return report.gaps().stream()
                .filter(gap -> SHOWN.contains(gap.kind()))
                .sorted(java.util.Comparator.comparing(Gap::kind)
                        .thenComparingInt(gap -> at.applyAsInt(place(gap)[0]))
                        .thenComparingInt(gap -> at.applyAsInt(place(gap)[1])))
                .toList();
    }

    /** The table step of the kind of gap {@code kind}, one a story shows. */
    public static StepKind tableStep(GapKind kind) {
        return switch (kind) {
            case MISSING -> StepKind.MISSING_TABLE;
            case WEAK -> StepKind.WEAK_TABLE;
            case BROKEN -> StepKind.BROKEN_TABLE;
            case CHOKEPOINT -> StepKind.CHOKEPOINT_TABLE;
            default -> throw new IllegalArgumentException("a story does not show " + kind.id() + " gaps");
        };
    }

    /** The gaps of {@code report} a table step of {@code kind} lists, in the order {@link #shownGaps} gives. */
    static List<Gap> tableOf(Chain chain, ChainReport report, StepKind kind) {
        return shownGaps(chain, report).stream()
                .filter(gap -> tableStep(gap.kind()) == kind)
                .toList();
    }

    /** The segment a gap is placed by: its own, or the buying end of its feed. */
    static String placeOf(Gap gap) {
        return place(gap)[0];
    }

    /** The segment a gap is placed by, and the second one that breaks ties. */
    private static String[] place(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return new String[] {missing.segment(), ""};
        }
        if (gap instanceof Gap.Weak weak) {
            return new String[] {weak.segment(), ""};
        }
        if (gap instanceof Gap.Broken broken) {
            return new String[] {broken.to(), broken.from()};
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return new String[] {chokepoint.to(), chokepoint.from()};
        }
        return new String[] {"", ""};
    }

    /** The step that highlights {@code gap}, one of the kinds a story shows. */
    public static Presentation.Step stepOf(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return Presentation.Step.segment(StepKind.MISSING, gap.chain(), missing.segment());
        }
        if (gap instanceof Gap.Weak weak) {
            return Presentation.Step.segment(StepKind.WEAK, gap.chain(), weak.segment());
        }
        if (gap instanceof Gap.Broken broken) {
            return Presentation.Step.feed(StepKind.BROKEN, gap.chain(), broken.from(), broken.to());
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return Presentation.Step.feed(StepKind.CHOKEPOINT, gap.chain(), chokepoint.from(), chokepoint.to());
        }
        throw new IllegalArgumentException("a story does not show " + gap.kind().id() + " gaps");
    }

    /** The gap of {@code report} that {@code step} highlights, if the analysis still finds it. */
    static Optional<Gap> find(ChainReport report, Presentation.Step step) {
        String key = step.key();
        return report.gaps().stream()
                .filter(gap -> SHOWN.contains(gap.kind()))
                .filter(gap -> stepOf(gap).key().equals(key))
                .findFirst();
    }
}
