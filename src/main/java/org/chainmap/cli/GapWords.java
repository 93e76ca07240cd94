package org.chainmap.cli;

import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.GapKind;
import org.chainmap.analysis.LocalRate;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.text.Money;

/** The words the text and CSV reports use for gaps, in the user's language, with names instead of ids. */
final class GapWords {

    private final RegionMap map;
    private final Console console;

    GapWords(RegionMap map, Console console) {
        this.map = map;
        this.console = console;
    }

    /** The kind's name: 缺链 / missing. */
    String kind(GapKind kind) {
        return console.text("gaps.kind." + kind.id());
    }

    /** What the gap is about: a segment, a feed "A → B", or a firm. */
    String subject(Gap gap) {
        if (gap instanceof Gap.Broken broken) {
            return segment(broken.from()) + " → " + segment(broken.to());
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return segment(chokepoint.from()) + " → " + segment(chokepoint.to());
        }
        if (gap instanceof Gap.Cutpoint cutpoint) {
            return firm(cutpoint.firm());
        }
        return segment(segmentOf(gap));
    }

    /** The rule that makes a firm above designated size, in words. */
    String scaleRule(ScaleBasis basis) {
        return console.text("gaps.scale.rule." + basis.ruleKey(), basis.ruleArgs());
    }

    /** Why segments were not judged weak by size, or {@code null} when they were. */
    String scaleNotice(ScaleBasis basis) {
        if (basis.judged()) {
            return null;
        }
        return basis.off() ? console.text("gaps.scale.off") : console.text("gaps.scale.unknown", scaleRule(basis));
    }

    /** The evidence, in one sentence. */
    String detail(Gap gap) {
        if (gap instanceof Gap.Missing) {
            return console.text("gaps.detail.missing");
        }
        if (gap instanceof Gap.Weak weak) {
            String why = weak.tooFew() && weak.noneAboveScale()
                    ? "gaps.detail.weak.both"
                    : weak.tooFew() ? "gaps.detail.weak.few" : "gaps.detail.weak.small";
            return console.text(
                    why,
                    firms(weak.local()),
                    map.analysis().weakBelow(),
                    map.analysis().scaleLabel());
        }
        if (gap instanceof Gap.Broken broken) {
            return console.text("gaps.detail.broken", firms(broken.customers()), firms(broken.suppliers()));
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return console.text("gaps.detail.chokepoint", firms(chokepoint.customers()), firm(chokepoint.supplier()));
        }
        if (gap instanceof Gap.Extend extend) {
            return console.text("gaps.detail.extend", segments(extend.from()));
        }
        Gap.Cutpoint cutpoint = (Gap.Cutpoint) gap;
        return console.text("gaps.detail.cutpoint", cutpoint.partners());
    }

    /** The local supporting rate in words, or that there is none. */
    String localRate(LocalRate rate) {
        if (rate == null) {
            return console.text("gaps.rate.none");
        }
        String percent = percent(rate.rate());
        return rate.weighted()
                ? console.text(
                        "gaps.rate.value",
                        percent,
                        Money.format(rate.localValue(), console.messages().locale()),
                        Money.format(rate.value(), console.messages().locale()))
                : console.text("gaps.rate.count", percent, rate.localLinks(), rate.links());
    }

    /** A share as a whole percentage. */
    String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** The segment's name, or its id when it has none. */
    String segment(String id) {
        return map.segment(id)
                .map(segment -> Names.of(segment, console.messages().locale()))
                .orElse(id);
    }

    /** The firm's name, or its id when it has none. */
    String firm(String id) {
        return map.enterprise(id).map(Enterprise::name).orElse(id);
    }

    /** Firm names joined as a list. */
    String firms(List<String> ids) {
        return String.join(
                console.text("gaps.listSeparator"), ids.stream().map(this::firm).toList());
    }

    /** Segment names joined as a list. */
    String segments(List<String> ids) {
        return String.join(
                console.text("gaps.listSeparator"),
                ids.stream().map(this::segment).toList());
    }

    /** The segment a segment gap is about. */
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
        if (gap instanceof Gap.Broken broken) {
            return broken.from();
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return chokepoint.from();
        }
        return null;
    }
}
