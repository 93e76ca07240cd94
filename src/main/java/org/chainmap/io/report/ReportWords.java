package org.chainmap.io.report;

import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.Gap;
import org.chainmap.analysis.LocalRate;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.text.Bundle;
import org.chainmap.text.Money;

/** The words of a report in the user's language ({@code report*.properties}), with names instead of ids. */
final class ReportWords {

    private final RegionMap map;
    private final Locale locale;
    private final Bundle bundle;

    ReportWords(RegionMap map, Locale locale) {
        this.map = map;
        this.locale = locale;
        this.bundle = Bundle.of("org.chainmap.io.report.report", locale, ReportWords.class);
    }

    Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args} filled in. */
    String text(String key, Object... args) {
        return bundle.text(key, args);
    }

    /** The column headers of {@code keys} ({@code column.KEY}). */
    List<String> columns(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> text("column." + key)).toList();
    }

    /** The gap's kind: 缺链 / missing. */
    String kind(Gap gap) {
        return text("kind." + gap.kind().id());
    }

    /** What the gap is about: a segment, a feed "A → B", or a firm. */
    String subject(Gap gap) {
        if (gap instanceof Gap.Broken broken) {
            return segment(broken.from()) + " \u2192 " + segment(broken.to());
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return segment(chokepoint.from()) + " \u2192 " + segment(chokepoint.to());
        }
        if (gap instanceof Gap.Cutpoint cutpoint) {
            return firm(cutpoint.firm());
        }
        return segment(segmentOf(gap));
    }

    /** The evidence of the gap, in one sentence (the words of {@code gaps}). */
    String detail(Gap gap) {
        if (gap instanceof Gap.Missing) {
            return text("detail.missing");
        }
        if (gap instanceof Gap.Weak weak) {
            String why = weak.tooFew() && weak.noneAboveScale()
                    ? "detail.weak.both"
                    : weak.tooFew() ? "detail.weak.few" : "detail.weak.small";
            return text(
                    why,
                    firms(weak.local()),
                    map.analysis().weakBelow(),
                    map.analysis().scaleLabel());
        }
        if (gap instanceof Gap.Broken broken) {
            return text("detail.broken", firms(broken.customers()), firms(broken.suppliers()));
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return text("detail.chokepoint", firms(chokepoint.customers()), firm(chokepoint.supplier()));
        }
        if (gap instanceof Gap.Extend extend) {
            return text(
                    "detail.extend",
                    String.join(
                            text("listSeparator"),
                            extend.from().stream().map(this::segment).toList()));
        }
        return text("detail.cutpoint", ((Gap.Cutpoint) gap).partners());
    }

    /** {@code value} things as a cell: shown in the large units of this language (2.8万), kept exact. */
    Report.Count count(long value) {
        return new Report.Count(value, locale);
    }

    /** {@code yuan} as a cell: shown in the large units of this language, kept exact; {@code null} for none. */
    Report.Amount money(Long yuan) {
        return yuan == null ? null : new Report.Amount(yuan, locale);
    }

    /** How the local supporting rate was worked out, in words. */
    String rateBasis(LocalRate rate) {
        if (rate == null) {
            return text("rate.none");
        }
        return rate.weighted()
                ? text("rate.value", Money.format(rate.localValue(), locale), Money.format(rate.value(), locale))
                : text("rate.count", rate.localLinks(), rate.links());
    }

    String segment(String id) {
        return map.segment(id).map(segment -> Names.of(segment, locale)).orElse(id);
    }

    String firm(String id) {
        return map.enterprise(id).map(Enterprise::name).orElse(id);
    }

    String firms(List<String> ids) {
        return String.join(text("listSeparator"), ids.stream().map(this::firm).toList());
    }

    /** Values joined as a list: 、 in Chinese, a comma in English; {@code null} for none. */
    String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(text("listSeparator"), values);
    }

    /** The segment a segment gap is about; for a feed, the segment it supplies (whose supply is at stake). */
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
            return broken.to();
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return chokepoint.to();
        }
        return null;
    }
}
