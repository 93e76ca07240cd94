package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.text.Bundle;

/**
 * Why a candidate is worth inviting, in words a planner can read out in a meeting: "已为本地 3 家企业供货
 * （变压器）；已从本地 1 家企业采购；与本地企业往来 0.35 亿元/年；链主；上市、规上；营收 120.0 亿元（2023）；来自上海市",
 * or the same in English: first what it already does for the region, then its role, size and revenue, as the
 * ranking weighs them. Texts come from
 * {@code org/chainmap/analysis/reasons.properties}.
 */
public final class CandidateReason {

    private final RegionMap map;
    private final Locale locale;
    private final Bundle bundle;

    /** Reasons for candidates of {@code map}, in {@code locale}'s language. */
    public CandidateReason(RegionMap map, Locale locale) {
        this.map = map;
        this.locale = locale;
        this.bundle = Bundle.of("org.chainmap.analysis.reasons", locale, CandidateReason.class);
    }

    /** The reason for {@code candidate}, its parts joined as the language joins clauses. */
    public String of(Candidate candidate) {
        List<String> parts = new ArrayList<>();
        if (candidate.localCustomers() > 0) {
            List<String> segments = candidate.customerSegments().stream()
                    .limit(3)
                    .map(id -> map.segment(id).map(this::segmentName).orElse(id))
                    .toList();
            parts.add(text(
                    "reason.supplies",
                    candidate.localCustomers(),
                    String.join(text("reason.listSeparator"), segments)));
        }
        if (candidate.localSuppliers() > 0) {
            parts.add(text("reason.buys", candidate.localSuppliers()));
        }
        if (candidate.localValue() > 0) {
            parts.add(text("reason.localValue", String.format(locale, "%.2f", candidate.localValue() / 1e8)));
        }
        if (candidate.role() == Role.LEADER) {
            parts.add(text("reason.role.leader"));
        }
        List<String> tags = new ArrayList<>(candidate.tags().stream()
                .filter(TargetRanking.TAG_SCORES::containsKey)
                .toList());
        String scaleTag = map.analysis().scaleTag();
        boolean tagged = !scaleTag.isBlank() && candidate.tags().contains(scaleTag);
        if (!tags.isEmpty()) {
            parts.add(String.join(text("reason.listSeparator"), tags));
        }
        if (candidate.aboveScale() && !tagged) {
            parts.add(text("reason.scaleByRevenue", map.analysis().scaleLabel()));
        }
        if (candidate.revenue() != null) {
            String amount = String.format(locale, "%.1f", candidate.revenue() / 1e8);
            parts.add(
                    candidate.revenueYear() == null
                            ? text("reason.revenue", amount)
                            : text("reason.revenueInYear", amount, String.valueOf(candidate.revenueYear())));
        }
        if (candidate.origin() != null && !candidate.origin().label().isEmpty()) {
            parts.add(text("reason.origin", candidate.origin().label()));
        }
        if (candidate.target() != null) {
            String status = text("status." + candidate.status().id());
            parts.add(
                    candidate.targetReason() == null
                            ? text("reason.target", status)
                            : text("reason.targetWithReason", candidate.targetReason(), status));
        }
        if (parts.isEmpty()) {
            parts.add(text("reason.inSegment"));
        }
        return String.join(text("reason.separator"), parts);
    }

    /** The segment's name in the reason's language: its English name in English, where it has one. */
    private String segmentName(Segment segment) {
        return Names.of(segment, locale);
    }

    private String text(String key, Object... args) {
        return bundle.text(key, args);
    }
}
