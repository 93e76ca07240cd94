package org.chainmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.MapGraph;
import org.chainmap.analysis.Paths;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.layout.PanoramaGeometry;
import org.chainmap.layout.PanoramaLayouter;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.StepKind;
import org.chainmap.render.Slide.Ring;
import org.chainmap.render.Slide.Scene;

/**
 * The slides of a presentation: each step of a {@link Story} made into a {@link Slide}, with its camera, its
 * focus, its rings and numbers and its words; and the slide of a segment or firm the presenter clicks. Each
 * chain is laid out once, on first use, and its painter shared by its slides. Built and used on one thread
 * (the JavaFX thread, or the export's).
 */
public final class Deck {

    private final RegionMap map;
    private final List<ChainReport> reports;
    private final Map<String, ChainReport> byChain = new HashMap<>();
    private final Story story;
    private final SlideTexts texts;
    private final Words words;
    private final Map<String, Drawn> drawn = new HashMap<>();
    private final Map<Integer, Slide> slides = new HashMap<>();
    private PanoramaGeometry panorama;
    private Drawing panoramaDrawing;
    private MapGraph graph;

    /** A chain laid out and its painter. */
    private record Drawn(ChainGeometry geometry, ChainPainter painter, Drawing drawing) {}

    /** The slides of {@code story}, a presentation of {@code map} with the analysis {@code reports}. */
    public Deck(RegionMap map, List<ChainReport> reports, Story story, Words words) {
        this.map = map;
        this.reports = List.copyOf(reports);
        this.reports.forEach(report -> byChain.put(report.chain(), report));
        this.story = story;
        this.words = words;
        this.texts = new SlideTexts(map, words);
    }

    /** The presentation's steps. */
    public Story story() {
        return story;
    }

    /** How many slides there are. */
    public int size() {
        return story.size();
    }

    /** The slide of step {@code index}. */
    public Slide slide(int index) {
        return slides.computeIfAbsent(index, this::make);
    }

    private Slide make(int index) {
        StoryStep step = story.steps().get(index);
        if (step.chain() == null) {
            return panoramaSlide(step, index);
        }
        Chain chain = step.chain();
        ChainReport report = byChain.get(chain.id());
        Drawn chainDrawn = drawn(chain);
        ChainGeometry geometry = chainDrawn.geometry();
        Rect whole = new Rect(0, 0, geometry.width(), geometry.height());
        List<Ring> rings = new ArrayList<>();
        List<Rect> numbered = new ArrayList<>();
        Set<String> segments = null;
        Set<String> firms = Set.of();
        Rect camera = whole;
        SlideText text;
        if (step.kind() == StepKind.TITLE) {
            text = texts.title(chain, report);
        } else if (step.stage().isPresent()) {
            Stage stage = step.stage().get();
            List<Segment> ordered = ordered(chain, stage, geometry);
            segments = new HashSet<>();
            for (Segment segment : ordered) {
                segments.add(segment.id());
                numbered.add(geometry.segments().get(segment.id()));
            }
            firms = firmsIn(segments);
            camera = geometry.columns().stream()
                    .filter(column -> column.stage() == stage)
                    .map(ChainGeometry.Column::bounds)
                    .findFirst()
                    .orElse(whole);
            text = texts.stage(chain, stage, ordered, report);
        } else if (step.gap() != null) {
            segments = gapSegments(step.gap());
            firms = new HashSet<>(firmsIn(segments));
            firms.addAll(gapFirms(step.gap()));
            camera = null;
            for (String id : segments) {
                Rect box = geometry.segments().get(id);
                if (box != null) {
                    rings.add(new Ring(box, step.gap().kind()));
                    camera = camera == null ? box : union(camera, box);
                }
            }
            camera = camera == null ? whole : camera;
            text = texts.gap(chain, step.gap());
        } else if (step.kind().table()) {
            segments = new HashSet<>();
            firms = new HashSet<>();
            table(step, geometry, segments, firms, rings, numbered);
            text = texts.table(chain, step.table());
        } else {
            segments = new HashSet<>();
            for (Gap gap : report.gaps()) {
                if (Story.SHOWN.contains(gap.kind())) {
                    segments.addAll(gapSegments(gap));
                }
            }
            firms = firmsIn(segments);
            text = texts.summary(chain, report);
        }
        Scene scene = new Scene(chainDrawn.drawing(), chainDrawn.painter(), segments, firms, camera);
        return new Slide(step, index, size(), scene, rings, numbered, text, footer(chain));
    }

    /**
     * Fills in what a table step shows: every segment of its gaps in focus and ringed, with the firms its gaps
     * name, and a number on each row's segment (the buying end of a feed) as the panel numbers the rows.
     */
    private void table(
            StoryStep step,
            ChainGeometry geometry,
            Set<String> segments,
            Set<String> firms,
            List<Ring> rings,
            List<Rect> numbered) {
        Set<String> ringed = new HashSet<>();
        for (Gap gap : step.table()) {
            Set<String> ends = gapSegments(gap);
            segments.addAll(ends);
            firms.addAll(gapFirms(gap));
            for (String id : ends) {
                Rect box = geometry.segments().get(id);
                if (box != null && ringed.add(id)) {
                    rings.add(new Ring(box, gap.kind()));
                }
            }
        }
        firms.addAll(firmsIn(segments));
        for (Gap gap :
                step.table().subList(0, Math.min(SlideTexts.ROWS, step.table().size()))) {
            Rect box = geometry.segments().get(Story.placeOf(gap));
            if (box != null) {
                numbered.add(box);
            }
        }
    }

    private Slide panoramaSlide(StoryStep step, int index) {
        PanoramaGeometry geometry = panorama();
        List<Rect> numbered = new ArrayList<>();
        for (Chain chain : story.chains()) {
            geometry.bands().stream()
                    .filter(band -> band.chain().equals(chain.id()))
                    .findFirst()
                    .ifPresent(band -> numbered.add(band.header()));
        }
        Rect whole = new Rect(0, 0, geometry.width(), geometry.height());
        Scene scene = new Scene(panoramaDrawing, null, null, Set.of(), whole);
        // Only the chains shown in the presentation are numbered; their numbers follow the story's order.
        List<Rect> shown = numbered.size() == story.chains().size() ? numbered : List.of();
        return new Slide(
                step,
                index,
                size(),
                scene,
                List.of(),
                shown,
                texts.panorama(story.chains(), reports),
                footerOfRegion());
    }

    /**
     * The slide of what the map point (mx, my) of slide {@code index} shows, larger: a firm's card or a
     * segment's box of the slide's chain, with its paths in focus and its card in large type; empty when
     * there is nothing there, or the slide is the panorama.
     */
    public Optional<Slide> detail(int index, double mx, double my) {
        StoryStep step = story.steps().get(index);
        if (step.chain() == null) {
            return Optional.empty();
        }
        Chain chain = step.chain();
        Drawn chainDrawn = drawn(chain);
        ChainGeometry geometry = chainDrawn.geometry();
        if (graph == null) {
            graph = MapGraph.of(map);
        }
        String firm = firmAt(geometry, mx, my);
        Rect bounds;
        Paths paths;
        SlideText text;
        if (firm != null) {
            Enterprise enterprise = map.enterprise(firm).orElseThrow();
            bounds = geometry.cards().getOrDefault(firm, markerOf(geometry, firm));
            paths = Paths.ofFirm(graph, firm);
            text = texts.firm(chain, enterprise);
        } else {
            Optional<Map.Entry<String, Rect>> box = geometry.segments().entrySet().stream()
                    .filter(entry -> entry.getValue().contains(mx, my))
                    .findFirst();
            if (box.isEmpty()) {
                return Optional.empty();
            }
            Segment segment = map.segment(box.get().getKey()).orElseThrow();
            bounds = box.get().getValue();
            paths = Paths.ofSegment(graph, segment.id());
            List<Gap> gaps = byChain.get(chain.id()).gaps().stream()
                    .filter(gap -> gapSegments(gap).contains(segment.id()))
                    .toList();
            text = texts.segment(chain, segment, gaps);
        }
        StoryStep detail = new StoryStep(step.kind(), chain, step.number(), step.gap(), step.table(), null);
        Scene scene = new Scene(chainDrawn.drawing(), chainDrawn.painter(), paths.segments(), paths.firms(), bounds);
        return Optional.of(new Slide(
                detail, index, size(), scene, List.of(new Ring(bounds, null)), List.of(), text, footer(chain)));
    }

    /** The chain of the panorama band at map point (mx, my) of a panorama slide, if there is one. */
    public Optional<String> chainAt(double mx, double my) {
        return panorama().chainAt(mx, my);
    }

    private Drawn drawn(Chain chain) {
        return drawn.computeIfAbsent(chain.id(), id -> {
            ChainGeometry geometry = ChainLayouter.layout(map, chain);
            ChainPainter painter = new ChainPainter(map, chain, geometry, byChain.get(id));
            return new Drawn(geometry, painter, Drawing.of(geometry.width(), geometry.height(), painter::paint));
        });
    }

    private PanoramaGeometry panorama() {
        if (panorama == null) {
            panorama = PanoramaLayouter.layout(map, words.locale());
            PanoramaPainter painter = new PanoramaPainter(map, panorama, reports);
            panoramaDrawing = Drawing.of(
                    panorama.width(),
                    panorama.height(),
                    (g, view, theme, paintWords) -> painter.paint(g, view, theme, words.panoramaWords()));
        }
        return panorama;
    }

    /** The segments of a stage in reading order on the map: layer by layer, top to bottom. */
    private static List<Segment> ordered(Chain chain, Stage stage, ChainGeometry geometry) {
        return chain.segments(stage).stream()
                .filter(segment -> geometry.segments().containsKey(segment.id()))
                .sorted(Comparator.comparingDouble((Segment s) ->
                                Math.round(geometry.segments().get(s.id()).x()))
                        .thenComparingDouble(
                                s -> geometry.segments().get(s.id()).y()))
                .toList();
    }

    private Set<String> firmsIn(Set<String> segments) {
        Set<String> firms = new HashSet<>();
        for (String segment : segments) {
            map.enterprisesIn(segment).forEach(firm -> firms.add(firm.id()));
        }
        return firms;
    }

    /** The segments a gap is about: its segment, or its feed's two ends. */
    static Set<String> gapSegments(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return Set.of(missing.segment());
        }
        if (gap instanceof Gap.Weak weak) {
            return Set.of(weak.segment());
        }
        if (gap instanceof Gap.Broken broken) {
            return ends(broken.from(), broken.to());
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return ends(chokepoint.from(), chokepoint.to());
        }
        return Set.of();
    }

    /** A feed's two ends in that order, one segment when the feed runs from a segment into itself. */
    private static Set<String> ends(String from, String to) {
        Set<String> ends = new LinkedHashSet<>();
        ends.add(from);
        ends.add(to);
        return ends;
    }

    /** The firms a gap names: candidates, suppliers, customers. */
    private static Set<String> gapFirms(Gap gap) {
        Set<String> firms = new HashSet<>();
        if (gap instanceof Gap.Missing missing) {
            missing.targets().forEach(candidate -> firms.add(candidate.id()));
        } else if (gap instanceof Gap.Weak weak) {
            weak.targets().forEach(candidate -> firms.add(candidate.id()));
        } else if (gap instanceof Gap.Broken broken) {
            firms.addAll(broken.suppliers());
            firms.addAll(broken.customers());
        } else if (gap instanceof Gap.Chokepoint chokepoint) {
            firms.add(chokepoint.supplier());
            firms.addAll(chokepoint.customers());
        }
        return firms;
    }

    private static String firmAt(ChainGeometry geometry, double mx, double my) {
        for (Map.Entry<String, Rect> card : geometry.cards().entrySet()) {
            if (card.getValue().contains(mx, my)) {
                return card.getKey();
            }
        }
        for (ChainGeometry.Marker marker : geometry.markers()) {
            if (marker.bounds().contains(mx, my)) {
                return marker.firm();
            }
        }
        return null;
    }

    private static Rect markerOf(ChainGeometry geometry, String firm) {
        return geometry.markers().stream()
                .filter(marker -> marker.firm().equals(firm))
                .map(ChainGeometry.Marker::bounds)
                .findFirst()
                .orElse(new Rect(0, 0, geometry.width(), geometry.height()));
    }

    private static Rect union(Rect a, Rect b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.right(), b.right()) - x, Math.max(a.bottom(), b.bottom()) - y);
    }

    private String footer(Chain chain) {
        return map.region().name() + " · " + texts.name(chain);
    }

    private String footerOfRegion() {
        return mapTitle(map, words);
    }

    /**
     * The map's title in {@code words}' language: in Chinese its own title (or else its region's name), in
     * English our words for it, since a map's region has no English name.
     */
    static String mapTitle(RegionMap map, Words words) {
        String title = map.region().title();
        return words.text(
                "slide.title.map", title != null ? title : map.region().name());
    }
}
