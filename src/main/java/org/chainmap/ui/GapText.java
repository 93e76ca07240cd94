package org.chainmap.ui;

import java.util.List;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.CandidateReason;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.LocalRate;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;

/**
 * Gaps in the interface's words, with names instead of ids: "断链：取向硅钢 → 变压器，本地客户 … 全部外购：…"
 * or the same in English. Segments are named in the interface's language, firms by their name.
 */
public final class GapText {

    private final MainViewModel model;
    private final I18n text;
    private final RegionMap map;

    /** Words for the gaps of {@code model}'s open map, in its current language. */
    public GapText(MainViewModel model) {
        this.model = model;
        this.text = model.texts();
        this.map = model.map().orElseThrow();
    }

    /**
     * The gap in one sentence: its kind, what it is about, and its evidence. A segment's own gap names the
     * segment only when {@code nameSegment} is set (in the segment's own box or details it goes without
     * saying); a feed always names both ends.
     */
    public String sentence(Gap gap, boolean nameSegment) {
        String kind = text.gapKind(gap.kind());
        if (gap instanceof Gap.Broken broken) {
            return text.text("gap.line.subject", kind, feed(broken.from(), broken.to()), detail(gap));
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return text.text("gap.line.subject", kind, feed(chokepoint.from(), chokepoint.to()), detail(gap));
        }
        String segment = segmentOf(gap);
        return nameSegment && segment != null
                ? text.text("gap.line.subject", kind, segment(segment), detail(gap))
                : text.text("gap.line", kind, detail(gap));
    }

    /** The gap's evidence, without its kind or subject. */
    String detail(Gap gap) {
        if (gap instanceof Gap.Missing) {
            return text.text("gap.detail.missing");
        }
        if (gap instanceof Gap.Weak weak) {
            String key = weak.tooFew() && weak.noneAboveScale()
                    ? "gap.detail.weak.both"
                    : weak.tooFew() ? "gap.detail.weak.few" : "gap.detail.weak.small";
            return text.text(
                    key,
                    firms(weak.local()),
                    map.analysis().weakBelow(),
                    map.analysis().scaleLabel());
        }
        if (gap instanceof Gap.Broken broken) {
            return text.text("gap.detail.broken", firms(broken.customers()), firms(broken.suppliers()));
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return text.text("gap.detail.chokepoint", firms(chokepoint.customers()), firm(chokepoint.supplier()));
        }
        if (gap instanceof Gap.Extend extend) {
            return text.text("gap.detail.extend", segments(extend.from()));
        }
        return text.text("gap.detail.cutpoint", ((Gap.Cutpoint) gap).partners());
    }

    /** Where a firm stands among the candidates of a missing or weak segment. */
    public String candidacy(MapGaps.Candidacy candidacy) {
        Gap gap = candidacy.gap();
        String key = gap instanceof Gap.Missing ? "gap.candidacy.missing" : "gap.candidacy.weak";
        return text.text(key, segment(segmentOf(gap)), candidacy.rank());
    }

    /** Why {@code candidate} is worth inviting, in the interface's language. */
    public String reason(Candidate candidate) {
        return new CandidateReason(map, text.locale()).of(candidate);
    }

    /** The chain's coverage in words: the share and the counts behind it. */
    public String coverage(Double share, int covered, int segments) {
        return share == null
                ? text.text("chain.coverage.none")
                : text.text("chain.coverage.detail", share, covered, segments);
    }

    /** The local supporting rate in words, or that no supply link into a local firm is recorded. */
    public String localRate(LocalRate rate) {
        if (rate == null) {
            return text.text("chain.localRate.none");
        }
        return rate.weighted()
                ? text.text(
                        "chain.localRate.value", rate.rate(), text.money(rate.localValue()), text.money(rate.value()))
                : text.text("chain.localRate.count", rate.rate(), rate.localLinks(), rate.links());
    }

    /** The segment a segment gap is about; {@code null} for a feed or a firm. */
    static String segmentOf(Gap gap) {
        if (gap instanceof Gap.Missing missing) {
            return missing.segment();
        }
        if (gap instanceof Gap.Weak weak) {
            return weak.segment();
        }
        if (gap instanceof Gap.Extend extend) {
            return extend.segment();
        }
        return null;
    }

    private String feed(String from, String to) {
        return text.text("gap.feed", segment(from), segment(to));
    }

    private String segment(String id) {
        return model.segment(id).map(model::displayName).orElse(id);
    }

    private String firm(String id) {
        return map.enterprise(id).map(Enterprise::name).orElse(id);
    }

    private String firms(List<String> ids) {
        return String.join(
                text.text("details.separator"), ids.stream().map(this::firm).toList());
    }

    private String segments(List<String> ids) {
        return String.join(
                text.text("details.separator"), ids.stream().map(this::segment).toList());
    }
}
