package org.chainmap.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;

/**
 * The signings of a chain: its investment-promotion targets whose status is signed, and the planned firms and
 * segments of its target map marked signed ({@link PlanStatus#SIGNED}), each new or not since an older version.
 */
public final class Signings {

    /**
     * One signing.
     *
     * @param what {@code target} for an investment-promotion target, {@code firm} for a planned firm,
     *     {@code segment} for a planned segment
     * @param id its id
     * @param name its name
     * @param segment the id of its segment (the segment itself for a planned segment)
     * @param isNew whether the older version did not have it signed; true when there is no older version
     */
    public record Signing(String what, String id, String name, String segment, boolean isNew) {

        /** Checks the fields. */
        public Signing {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(id, "id");
        }
    }

    private Signings() {}

    /** The signings of the chain {@code chainId} in {@code map}, each compared with {@code old} (may be null). */
    public static List<Signing> of(RegionMap map, RegionMap old, String chainId) {
        List<Signing> found = new ArrayList<>();
        Chain chain = map.chain(chainId).orElse(null);
        if (chain == null) {
            return found;
        }
        for (Target target : map.targets()) {
            if (target.status() == TargetStatus.SIGNED
                    && map.chainOfSegment(target.segment())
                            .map(Chain::id)
                            .orElse("")
                            .equals(chainId)) {
                boolean before = old != null
                        && old.targets().stream()
                                .anyMatch(was -> was.id().equals(target.id()) && was.status() == TargetStatus.SIGNED);
                found.add(new Signing("target", target.id(), target.name(), target.segment(), !before));
            }
        }
        for (Segment segment : chain.segments()) {
            if (segment.planned() == PlanStatus.SIGNED) {
                boolean before = old != null
                        && old.segment(segment.id())
                                .map(was -> was.planned() == PlanStatus.SIGNED)
                                .orElse(false);
                found.add(new Signing("segment", segment.id(), segment.name(), segment.id(), !before));
            }
        }
        for (Enterprise firm : map.enterprisesOfChain(chainId)) {
            if (firm.planned() == PlanStatus.SIGNED) {
                boolean before = old != null
                        && old.enterprise(firm.id())
                                .map(was -> was.planned() == PlanStatus.SIGNED)
                                .orElse(false);
                String segment =
                        firm.segments().isEmpty() ? null : firm.segments().get(0);
                found.add(new Signing("firm", firm.id(), firm.name(), segment, !before));
            }
        }
        return found;
    }
}
