package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.AnalysisSettings;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Origin;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;

/** Small maps for analysis tests, written as they would be drawn on a whiteboard. */
final class MapBuilder {

    private final Map<String, List<Segment>> chains = new LinkedHashMap<>();
    private final List<Enterprise> firms = new ArrayList<>();
    private final List<SupplyLink> links = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private AnalysisSettings settings = AnalysisSettings.DEFAULTS;

    /** A segment "chain.name" of {@code chain} that feeds the given segments. */
    MapBuilder segment(String chain, String id, Stage stage, String... feeds) {
        chains.computeIfAbsent(chain, key -> new ArrayList<>()).add(Segment.of(id, id, stage, feeds));
        return this;
    }

    /** A local firm in the given segments (first is main), with tags. */
    MapBuilder local(String id, List<String> segments, String... tags) {
        firms.add(Enterprise.of(id, id, true, segments, tags));
        return this;
    }

    /** A local firm in one segment. */
    MapBuilder local(String id, String segment, String... tags) {
        return local(id, List.of(segment), tags);
    }

    /** A local firm in one segment, with a revenue in yuan ({@code null}: unknown) and tags. */
    MapBuilder localWithRevenue(String id, String segment, Long revenue, String... tags) {
        firms.add(Enterprise.of(id, id, true, List.of(segment), tags));
        Enterprise firm = firms.remove(firms.size() - 1);
        firms.add(new Enterprise(
                firm.id(),
                firm.name(),
                null,
                true,
                null,
                null,
                null,
                firm.segments(),
                null,
                firm.tags(),
                revenue,
                null,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE));
        return this;
    }

    /** Other settings of the analysis. */
    MapBuilder settings(AnalysisSettings other) {
        settings = other;
        return this;
    }

    /** An external firm in one segment, of a role ({@code null}: not said), with tags and revenue. */
    MapBuilder externalAs(String id, String segment, Role role, Long revenue, String... tags) {
        external(id, segment, revenue, tags);
        Enterprise firm = firms.remove(firms.size() - 1);
        firms.add(new Enterprise(
                firm.id(),
                firm.name(),
                null,
                false,
                firm.origin(),
                null,
                null,
                firm.segments(),
                role,
                firm.tags(),
                firm.revenue(),
                firm.revenueYear(),
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE));
        return this;
    }

    /** An external firm in one segment, with tags and revenue. */
    MapBuilder external(String id, String segment, Long revenue, String... tags) {
        firms.add(new Enterprise(
                id,
                id,
                null,
                false,
                Origin.of("上海市", null),
                null,
                null,
                List.of(segment),
                Role.SUPPLIER,
                Arrays.asList(tags),
                revenue,
                revenue == null ? null : 2024,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE));
        return this;
    }

    /** A supply link without value. */
    MapBuilder link(String from, String to) {
        links.add(SupplyLink.of(from, to, null));
        return this;
    }

    /** A supply link with a value in yuan per year. */
    MapBuilder link(String from, String to, long value) {
        links.add(new SupplyLink(null, from, to, null, value, Provenance.NONE, Extras.NONE));
        return this;
    }

    /** A target entry for a segment. */
    MapBuilder target(String id, String segment, String enterprise, TargetStatus status, String reason) {
        targets.add(new Target(id, segment, id, enterprise, null, reason, status, Provenance.NONE, Extras.NONE));
        return this;
    }

    /** Other thresholds. */
    MapBuilder weakBelow(int below) {
        settings = new AnalysisSettings(below, AnalysisSettings.DEFAULT_SCALE_TAG, Extras.NONE);
        return this;
    }

    RegionMap build() {
        List<Chain> built = new ArrayList<>();
        chains.forEach((id, segments) -> built.add(Chain.of(id, id, segments.toArray(new Segment[0]))));
        return new RegionMap(Region.of("测试市", "430400"), settings, built, firms, links, targets, Extras.NONE);
    }
}
