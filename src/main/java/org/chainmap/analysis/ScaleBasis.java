package org.chainmap.analysis;

import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.ScaleRule;

/**
 * Whether the weak rule "no local firm of the segment is 规上" can be judged on a map, and how. It is judged
 * when the map's {@link ScaleRule} is not {@code none} and at least one local firm carries what the rule looks
 * at (the scale tag, or a revenue); a map with no such firm says nothing about size, and calling every segment
 * weak for it would say "weak" of everything, so the rule is then left out and the reports say why.
 *
 * @param settings the map's settings
 * @param informed whether some local firm carries the scale tag or (by a rule that reads revenue) a revenue
 */
public record ScaleBasis(AnalysisSettings settings, boolean informed) {

    /** The basis of {@code map}. */
    public static ScaleBasis of(RegionMap map) {
        AnalysisSettings settings = map.analysis();
        boolean informed = false;
        for (Enterprise firm : map.enterprises()) {
            if (firm.local() && settings.showsScale(firm)) {
                informed = true;
                break;
            }
        }
        return new ScaleBasis(settings, informed);
    }

    /** Whether segments are judged weak for want of a 规上 firm. */
    public boolean judged() {
        return settings.scale() != ScaleRule.NONE && informed;
    }

    /** Whether the rule is off because the map says so ({@code scale: none}). */
    public boolean off() {
        return settings.scale() == ScaleRule.NONE;
    }

    /** Whether the rule is left out because no local firm carries any information on size. */
    public boolean unknown() {
        return !off() && !informed;
    }

    /**
     * The rule in force, as the suffix of a message key: {@code tagOrRevenue}, {@code tag}, {@code revenue}
     * (a rule whose tag is "" reads revenue only), or {@code none}.
     */
    public String ruleKey() {
        ScaleRule rule = settings.scale();
        boolean tag = rule.byTag() && !settings.scaleTag().isBlank();
        if (tag && rule.byRevenue()) {
            return "tagOrRevenue";
        }
        if (tag) {
            return "tag";
        }
        return rule.byRevenue() ? "revenue" : "none";
    }

    /**
     * The arguments of the rule's words: the tag, the revenue threshold in 10,000 yuan (万元) and in millions of
     * yuan, each as plain digits.
     */
    public Object[] ruleArgs() {
        return new Object[] {settings.scaleLabel(), plain(4), plain(6)};
    }

    private String plain(int digits) {
        return java.math.BigDecimal.valueOf(settings.scaleRevenue())
                .movePointLeft(digits)
                .stripTrailingZeros()
                .toPlainString();
    }
}
