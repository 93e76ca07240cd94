package org.chainmap.progress;

import java.util.Locale;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.text.Bundle;
import org.chainmap.text.Money;

/**
 * The words of the dashboard and the progress report in a language ({@code progress*.properties}), with the names
 * of a map's segments and firms.
 */
public final class ProgressWords {

    private final Locale locale;
    private final Bundle bundle;

    /** The words of {@code locale}'s language. */
    public ProgressWords(Locale locale) {
        this.locale = locale;
        this.bundle = Bundle.of("org.chainmap.progress.progress", locale, ProgressWords.class);
    }

    /** The language. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args} filled in. */
    public String text(String key, Object... args) {
        return bundle.text(key, args);
    }

    /** The header of the column {@code key} of the report and the ranking ({@code column.KEY}). */
    public String column(String key) {
        return text("column." + key);
    }

    /** The report's title, for the region {@code region}. */
    public String title(String region) {
        return text("report.title", region);
    }

    /** The line below a page of charts: the region and the day of the figures now. */
    public String pageSubtitle(String region, String today) {
        return text("page.subtitle", region, today);
    }

    /** A share as a whole percentage, {@code 67%}; a dash for none. */
    public static String percent(Double share) {
        return share == null ? "\u2013" : Math.round(share * 100) + "%";
    }

    /** A change of a share in percentage points, with its sign: {@code +33 pt}; a dash for none. */
    public String points(Double change) {
        if (change == null) {
            return "\u2013";
        }
        long points = Math.round(change * 100);
        return text("points", (points > 0 ? "+" : points < 0 ? "\u2212" : "\u00b1") + Math.abs(points));
    }

    /** An amount of yuan in the language's large units (亿元, 万元; bn, m). */
    public String money(long yuan) {
        return Money.format(yuan, locale);
    }

    /** The name of a gap's kind: 缺链 / missing. */
    public String kind(String kindId) {
        return text("kind." + kindId);
    }

    /** What {@code gap} is about, in {@code map}: a segment, a feed "A → B", or a firm. */
    public String subject(Gap gap, RegionMap map) {
        if (gap instanceof Gap.Broken broken) {
            return segment(broken.from(), map) + " \u2192 " + segment(broken.to(), map);
        }
        if (gap instanceof Gap.Chokepoint chokepoint) {
            return segment(chokepoint.from(), map) + " \u2192 " + segment(chokepoint.to(), map);
        }
        if (gap instanceof Gap.Cutpoint cutpoint) {
            return map.enterprise(cutpoint.firm()).map(Enterprise::name).orElse(cutpoint.firm());
        }
        String segment = gap instanceof Gap.Missing missing
                ? missing.segment()
                : gap instanceof Gap.Weak weak ? weak.segment() : ((Gap.Extend) gap).segment();
        return segment(segment, map);
    }

    /** The name of the segment {@code id} in {@code map}, or the id when the map has no such segment. */
    public String segment(String id, RegionMap map) {
        return map.segment(id).map(segment -> Names.of(segment, locale)).orElse(id);
    }
}
