package org.chainmap.render;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.CandidateReason;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.render.SlideText.Lines;
import org.chainmap.render.SlideText.Mark;
import org.chainmap.render.SlideText.Style;
import org.chainmap.text.Money;

/**
 * The words of each kind of slide, in one language, from the render bundle ({@link Words}): the caption
 * and the panel's lines of the panorama, a chain's title, a stage, a gap, a summary, and of a firm or a
 * segment the presenter clicked. What the words say comes from the map and its gap analysis.
 */
final class SlideTexts {

    /** The most entries a list of firms or candidates names before saying how many more there are. */
    private static final int MOST = 4;

    /** The most rows a table of gaps lists legibly before saying how many more there are. */
    static final int ROWS = 5;

    /** The most candidates a table's row names. */
    private static final int INVITED = 3;

    /** The most chains the panorama's panel gives figures for; beyond, only their names. */
    private static final int FIGURED = 8;

    /** The most chains the panorama's panel names in type read from the back of a room. */
    private static final int LISTED = 16;

    private final RegionMap map;
    private final Words words;
    private final CandidateReason reasons;

    SlideTexts(RegionMap map, Words words) {
        this.map = map;
        this.words = words;
        this.reasons = new CandidateReason(map, words.locale());
    }

    /** The panorama: the region's figures, and the chains numbered as a presenter jumps to them. */
    SlideText panorama(List<Chain> chains, List<ChainReport> reports) {
        int segments = 0;
        int covered = 0;
        int gaps = 0;
        for (ChainReport report : reports) {
            segments += report.segments();
            covered += report.covered();
            gaps += report.gaps().size();
        }
        long local = map.enterprises().stream().filter(Enterprise::local).count();
        // How to jump to a chain is the presenter's business, not the audience's: the console says it.
        Lines lines = new Lines().add(Style.HEADING, words.text("panorama.chains"));
        Map<String, ChainReport> byChain = new LinkedHashMap<>();
        reports.forEach(report -> byChain.put(report.chain(), report));
        Style entry = chains.size() <= FIGURED ? Style.ENTRY : Style.ROW;
        for (int i = 0; i < chains.size(); i++) {
            if (i == LISTED) {
                lines.add(Style.ROW, words.text("slide.panorama.more", chains.size() - LISTED));
                break;
            }
            lines.marked(entry, name(chains.get(i)), Mark.NUMBER, String.valueOf(i + 1));
            ChainReport report = byChain.get(chains.get(i).id());
            // The map's own words are too small to read across a room at this zoom: the panel says them.
            if (report != null && chains.size() <= FIGURED) {
                List<String> counts = new ArrayList<>();
                for (GapKind kind : Story.SHOWN) {
                    if (!report.gaps(kind).isEmpty()) {
                        counts.add(badge(kind) + " " + report.gaps(kind).size());
                    }
                }
                lines.add(
                        Style.SMALL,
                        words.text(
                                "slide.panorama.chain",
                                percent(report.coverage()),
                                counts.isEmpty() ? words.text("slide.summary.noGaps") : String.join("  ", counts)));
            }
        }
        return new SlideText(
                words.text("title.panorama", map.region().name()),
                words.text(
                        "figures.panorama",
                        map.chains().size(),
                        segments,
                        covered,
                        Money.count(local, words.locale()),
                        gaps,
                        local),
                lines.list());
    }

    /** A chain's title: its people, and its key figures large. */
    SlideText title(Chain chain, ChainReport report) {
        List<String> people = new ArrayList<>();
        if (chain.chief() != null) {
            people.add(words.text("slide.chief", chain.chief()));
        }
        if (chain.leadOffice() != null) {
            people.add(words.text("slide.office", chain.leadOffice()));
        }
        if (chain.hostPark() != null) {
            people.add(words.text("slide.park", chain.hostPark()));
        }
        List<Enterprise> local = map.enterprisesOfChain(chain.id()).stream()
                .filter(Enterprise::local)
                .toList();
        String tag = map.analysis().scaleLabel();
        long scale = local.stream().filter(map.analysis()::aboveScale).count();
        long reporting = local.stream().filter(firm -> firm.revenue() != null).count();
        long output = local.stream()
                .filter(firm -> firm.revenue() != null)
                .mapToLong(Enterprise::revenue)
                .sum();
        Lines lines = new Lines()
                .add(Style.FIGURE, Money.count(local.size(), words.locale()))
                .add(Style.LABEL, words.text("slide.figure.firms"))
                .add(Style.FIGURE, Money.count(scale, words.locale()))
                .add(Style.LABEL, words.text("slide.figure.scale", tag))
                .add(Style.FIGURE, reporting == 0 ? words.text("slide.value.none") : money(output))
                .add(Style.LABEL, words.text("slide.figure.output", reporting, local.size()))
                .add(Style.FIGURE, percent(report.coverage()))
                .add(Style.LABEL, words.text("slide.figure.coverage", report.covered(), report.segments()))
                .add(
                        Style.FIGURE,
                        report.localRate() == null
                                ? words.text("slide.value.none")
                                : percent(report.localRate().rate()))
                .add(Style.LABEL, words.text("slide.figure.localRate"))
                .space();
        gapCounts(lines, report, false);
        return new SlideText(
                name(chain), people.isEmpty() ? Deck.mapTitle(map, words) : String.join("   ", people), lines.list());
    }

    /** A stage of a chain: its segments, numbered as on the map, each with its local firms. */
    SlideText stage(Chain chain, Stage stage, List<Segment> ordered, ChainReport report) {
        Lines lines = new Lines();
        if (ordered.isEmpty()) {
            lines.add(Style.BODY, words.text("slide.stage.empty"));
        }
        for (int i = 0; i < ordered.size(); i++) {
            Segment segment = ordered.get(i);
            lines.marked(Style.BODY, name(segment), Mark.NUMBER, String.valueOf(i + 1));
            List<Enterprise> firms = map.enterprisesIn(segment.id());
            List<String> local = firms.stream()
                    .filter(Enterprise::local)
                    .map(Enterprise::name)
                    .toList();
            if (local.isEmpty()) {
                lines.add(Style.ALERT, words.text("slide.segment.none"));
            } else {
                lines.add(Style.SMALL, words.text("slide.segment.local", list(local)));
            }
            List<String> outside = firms.stream()
                    .filter(firm -> !firm.local())
                    .map(Enterprise::name)
                    .toList();
            if (!outside.isEmpty()) {
                lines.add(Style.SMALL, words.text("slide.segment.external", list(outside)));
            }
        }
        return new SlideText(
                stageName(stage) + " · " + name(chain),
                words.text("slide.stage.subtitle", ordered.size(), covered(ordered)),
                lines.list());
    }

    private long covered(List<Segment> segments) {
        return segments.stream()
                .filter(segment -> map.enterprisesIn(segment.id()).stream().anyMatch(Enterprise::local))
                .count();
    }

    /** One gap: what is wrong, in words, and the candidates to invite. */
    SlideText gap(Chain chain, Gap gap) {
        Lines lines = new Lines().marked(Style.BODY, kindName(gap.kind()), mark(gap.kind()), badge(gap.kind()));
        String where;
        if (gap instanceof Gap.Missing missing) {
            where = segmentName(missing.segment());
            lines.add(Style.SMALL, words.text("slide.gap.missing"));
        } else if (gap instanceof Gap.Weak weak) {
            where = segmentName(weak.segment());
            String firms = list(weak.local().stream().map(this::firmName).toList());
            lines.add(
                    Style.SMALL,
                    weak.tooFew()
                            ? words.text(
                                    "slide.gap.weak.tooFew",
                                    firms,
                                    map.analysis().weakBelow())
                            : words.text(
                                    "slide.gap.weak.noneAboveScale",
                                    firms,
                                    map.analysis().scaleLabel()));
        } else if (gap instanceof Gap.Broken broken) {
            where = words.text("slide.gap.feed", segmentName(broken.from()), segmentName(broken.to()));
            lines.add(
                    Style.SMALL,
                    words.text(
                            "slide.gap.broken",
                            list(broken.customers().stream().map(this::firmName).toList()),
                            list(broken.suppliers().stream().map(this::firmName).toList())));
        } else if (gap instanceof Gap.Chokepoint chokepoint) {
            where = words.text("slide.gap.feed", segmentName(chokepoint.from()), segmentName(chokepoint.to()));
            lines.add(
                    Style.SMALL,
                    words.text("slide.gap.chokepoint", chokepoint.customers().size(), firmName(chokepoint.supplier())));
        } else {
            where = "";
        }
        List<Candidate> candidates =
                gap instanceof Gap.Missing m ? m.targets() : gap instanceof Gap.Weak w ? w.targets() : List.of();
        if (gap.kind() == GapKind.MISSING || gap.kind() == GapKind.WEAK) {
            lines.add(Style.HEADING, words.text("slide.candidates"));
            if (candidates.isEmpty()) {
                lines.add(Style.SMALL, words.text("slide.candidates.none"));
            }
            for (int i = 0; i < Math.min(3, candidates.size()); i++) {
                lines.marked(Style.BODY, candidates.get(i).name(), Mark.NUMBER, String.valueOf(i + 1));
                lines.add(Style.SMALL, reasons.of(candidates.get(i)));
            }
        }
        return new SlideText(kindName(gap.kind()) + " · " + where, name(chain), lines.list());
    }

    /**
     * A table of one kind of gap of a chain ({@code gaps}, all of one kind, in order): each row a segment or
     * a feed, numbered as on the map, with the firms to invite (the best ranked first) or why it is a gap;
     * the first {@link #ROWS}, and how many more there are.
     */
    SlideText table(Chain chain, List<Gap> gaps) {
        GapKind kind = gaps.get(0).kind();
        Lines lines = new Lines().add(Style.HEADING, words.text("slide.table.heading." + kind.id()));
        for (int i = 0; i < Math.min(ROWS, gaps.size()); i++) {
            Gap gap = gaps.get(i);
            String number = String.valueOf(i + 1);
            if (gap instanceof Gap.Broken broken) {
                lines.marked(Style.BODY, feed(broken.from(), broken.to()), Mark.NUMBER, number);
                lines.add(
                        Style.SMALL,
                        words.text(
                                "slide.table.broken",
                                list(broken.customers().stream()
                                        .map(this::firmName)
                                        .toList())));
            } else if (gap instanceof Gap.Chokepoint chokepoint) {
                lines.marked(Style.BODY, feed(chokepoint.from(), chokepoint.to()), Mark.NUMBER, number);
                lines.add(
                        Style.SMALL,
                        words.text(
                                "slide.table.chokepoint",
                                chokepoint.customers().size(),
                                firmName(chokepoint.supplier())));
            } else {
                List<Candidate> candidates = gap instanceof Gap.Missing m ? m.targets() : ((Gap.Weak) gap).targets();
                String segment = gap instanceof Gap.Missing m ? m.segment() : ((Gap.Weak) gap).segment();
                lines.marked(Style.BODY, segmentName(segment), Mark.NUMBER, number);
                List<String> names =
                        candidates.stream().limit(INVITED).map(Candidate::name).toList();
                lines.add(
                        Style.SMALL,
                        names.isEmpty()
                                ? words.text("slide.candidates.none")
                                : words.text("slide.table.invite", String.join(words.text("slide.separator"), names)));
            }
        }
        if (gaps.size() > ROWS) {
            lines.add(Style.SMALL, words.text("slide.table.more", gaps.size() - ROWS));
        }
        return new SlideText(
                words.text("slide.table.title." + kind.id()) + " · " + name(chain),
                words.text("slide.table.subtitle." + kind.id(), gaps.size()),
                lines.list());
    }

    private String feed(String from, String to) {
        return words.text("slide.gap.feed", segmentName(from), segmentName(to));
    }

    /** A chain's summary: its gaps by kind, and whom to invite. */
    SlideText summary(Chain chain, ChainReport report) {
        Lines lines = new Lines().add(Style.HEADING, words.text("slide.summary.gaps"));
        gapCounts(lines, report, true);
        Map<String, Candidate> invited = new LinkedHashMap<>();
        Map<String, String> forSegment = new LinkedHashMap<>();
        for (Gap gap : report.gaps()) {
            String segment =
                    gap instanceof Gap.Missing m ? m.segment() : gap instanceof Gap.Weak w ? w.segment() : null;
            List<Candidate> candidates =
                    gap instanceof Gap.Missing m ? m.targets() : gap instanceof Gap.Weak w ? w.targets() : List.of();
            for (Candidate candidate : candidates) {
                if (invited.putIfAbsent(candidate.id(), candidate) == null) {
                    forSegment.put(candidate.id(), kindName(gap.kind()) + " · " + segmentName(segment));
                }
            }
        }
        lines.add(Style.HEADING, words.text("slide.summary.targets", invited.size()));
        if (invited.isEmpty()) {
            lines.add(Style.SMALL, words.text("slide.candidates.none"));
        }
        int shown = 0;
        for (Candidate candidate : invited.values()) {
            if (shown == MOST + 1) {
                lines.add(Style.SMALL, words.text("slide.more", invited.size() - shown));
                break;
            }
            shown++;
            lines.marked(Style.BODY, candidate.name(), Mark.NUMBER, String.valueOf(shown));
            lines.add(Style.SMALL, forSegment.get(candidate.id()));
        }
        long localFirms = map.enterprisesOfChain(chain.id()).stream()
                .filter(Enterprise::local)
                .count();
        String figures = words.text(
                "figures.chain",
                percent(report.coverage()),
                report.localRate() == null
                        ? words.text("figures.none")
                        : percent(report.localRate().rate()),
                report.segments(),
                Money.count(localFirms, words.locale()),
                Story.shownGaps(chain, report).size(),
                localFirms);
        return new SlideText(words.text("slide.summary") + " · " + name(chain), figures, lines.list());
    }

    /** The gaps of {@code report} by kind, each behind its mark; with {@code all}, "none" when there are none. */
    private void gapCounts(Lines lines, ChainReport report, boolean all) {
        boolean any = false;
        for (GapKind kind : Story.SHOWN) {
            int count = report.gaps(kind).size();
            if (count > 0) {
                any = true;
                lines.marked(
                        all ? Style.BODY : Style.ENTRY,
                        words.text("slide.summary.count", words.text("slide.table.title." + kind.id()), count),
                        mark(kind),
                        badge(kind));
            }
        }
        if (!any && all) {
            lines.add(Style.SMALL, words.text("slide.summary.noGaps"));
        }
    }

    /** A firm the presenter clicked: where it is from, what it does, whom it supplies and buys from. */
    SlideText firm(Chain chain, Enterprise firm) {
        String place = firm.local()
                ? join(firm.county(), firm.park())
                : firm.origin() == null ? "" : firm.origin().label();
        Lines lines = new Lines()
                .add(
                        Style.BODY,
                        words.text(
                                firm.local() ? "slide.detail.local" : "slide.detail.external",
                                place.isEmpty() ? "" : " · " + place))
                .add(
                        Style.SMALL,
                        words.text(
                                "slide.detail.segments",
                                list(firm.segments().stream()
                                        .map(this::segmentName)
                                        .toList())));
        if (!firm.tags().isEmpty()) {
            lines.add(Style.SMALL, words.text("slide.detail.tags", list(firm.tags())));
        }
        if (firm.revenue() != null) {
            lines.add(Style.SMALL, words.text("slide.detail.revenue", money(firm.revenue())));
        }
        if (!firm.products().isEmpty()) {
            lines.add(Style.SMALL, words.text("slide.detail.products", list(firm.products())));
        }
        List<String> suppliers = map.links().stream()
                .filter(link -> link.to().equals(firm.id()))
                .map(link -> firmName(link.from()))
                .distinct()
                .toList();
        List<String> customers = map.links().stream()
                .filter(link -> link.from().equals(firm.id()))
                .map(link -> firmName(link.to()))
                .distinct()
                .toList();
        if (!suppliers.isEmpty()) {
            lines.add(Style.SMALL, words.text("slide.detail.suppliers", list(suppliers)));
        }
        if (!customers.isEmpty()) {
            lines.add(Style.SMALL, words.text("slide.detail.customers", list(customers)));
        }
        return new SlideText(firm.name(), name(chain), lines.list());
    }

    /** A segment the presenter clicked: its firms, local first. */
    SlideText segment(Chain chain, Segment segment, List<Gap> gaps) {
        Lines lines = new Lines();
        for (Gap gap : gaps) {
            if (Story.SHOWN.contains(gap.kind())) {
                lines.marked(Style.BODY, kindName(gap.kind()), mark(gap.kind()), badge(gap.kind()));
            }
        }
        lines.add(Style.HEADING, words.text("slide.detail.firms"));
        List<Enterprise> firms = map.enterprisesIn(segment.id());
        if (firms.stream().noneMatch(Enterprise::local)) {
            lines.add(Style.ALERT, words.text("slide.segment.none"));
        }
        for (Enterprise firm : firms.stream()
                .sorted((a, b) -> Boolean.compare(b.local(), a.local()))
                .toList()) {
            lines.add(Style.BODY, firm.name());
            lines.add(
                    Style.SMALL,
                    words.text(
                            firm.local() ? "slide.detail.local" : "slide.detail.external",
                            firm.local() || firm.origin() == null
                                    ? ""
                                    : " · " + firm.origin().label()));
        }
        return new SlideText(name(segment), name(chain) + " · " + stageName(segment.stage()), lines.list());
    }

    /** A chain's name in the words' language. */
    String name(Chain chain) {
        return Names.of(chain, words.locale());
    }

    /** A segment's name in the words' language. */
    String name(Segment segment) {
        return Names.of(segment, words.locale());
    }

    private String segmentName(String id) {
        return id == null ? "" : map.segment(id).map(this::name).orElse(id);
    }

    private String firmName(String id) {
        return map.enterprise(id).map(Enterprise::name).orElse(id);
    }

    String stageName(Stage stage) {
        return words.text("stage." + stage.id());
    }

    String kindName(GapKind kind) {
        return words.text("slide.kind." + kind.id());
    }

    String badge(GapKind kind) {
        return words.text("mark." + kind.id());
    }

    static Mark mark(GapKind kind) {
        return switch (kind) {
            case WEAK -> Mark.WEAK;
            case BROKEN -> Mark.BROKEN;
            case CHOKEPOINT -> Mark.CHOKEPOINT;
            default -> Mark.MISSING;
        };
    }

    /** Names joined as the language lists them, the first {@link #MOST} and how many more. */
    private String list(List<String> names) {
        String separator = words.text("slide.separator");
        if (names.size() <= MOST) {
            return String.join(separator, names);
        }
        return String.join(separator, names.subList(0, MOST)) + " " + words.text("slide.more", names.size() - MOST);
    }

    private static String join(String... parts) {
        return String.join(
                " ", java.util.Arrays.stream(parts).filter(part -> part != null).toList());
    }

    private String percent(Double share) {
        return share == null
                ? words.text("slide.value.none")
                : NumberFormat.getPercentInstance(words.locale()).format(share);
    }

    /** An amount of yuan in the units of the language: 亿元 and 万元, or billions and millions. */
    String money(long yuan) {
        return Money.format(yuan, words.locale());
    }
}
