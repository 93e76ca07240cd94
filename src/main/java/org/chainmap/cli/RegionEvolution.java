package org.chainmap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.CreditCode;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * A later version of a region, changed as a quarter of 强链延链补链 changes one, for {@code generate --evolve}, the
 * tests of {@code compare} and its benchmark. Of the firms, about 2% close (with their links), 3% arrive (a third of
 * them local firms in segments that had none, each buying from and selling to firms of the feeding and fed
 * segments), 1% move to another segment of their chain, 0.5% are renamed (a few of them also re-registered under a
 * new id, keeping their credit code), 0.5% change between local and external, and most revenues grow (a local firm
 * that passes 20 million yuan becomes 规上). About 2% of the links end and 3% begin, most of them local suppliers.
 *
 * <p>The same map and seed always give the same version; the only chance is {@link Random}.
 */
public final class RegionEvolution {

    private static final String SCALE = "规上";
    private static final long SCALE_REVENUE = 20_000_000L;
    private static final String BRANDS = "华兴湘衡雁蒸耒祁常岳楚云丰瑞宏嘉润";
    private static final String[] SUFFIXES = {"有限公司", "科技有限公司", "股份有限公司"};
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final RegionMap map;
    private final Random random;
    private final List<Segment> segments = new ArrayList<>();
    private final Map<String, Chain> chainOf = new HashMap<>();
    private final Set<String> codes = new HashSet<>();

    private RegionEvolution(RegionMap map, long seed) {
        this.map = map;
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + 19);
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                segments.add(segment);
                chainOf.put(segment.id(), chain);
            }
        }
        map.enterprises().stream()
                .map(Enterprise::creditCode)
                .filter(code -> code != null)
                .forEach(codes::add);
    }

    /** The next version of {@code map}, the same for the same map and seed. */
    public static RegionMap evolve(RegionMap map, long seed) {
        return new RegionEvolution(map, seed).build();
    }

    private RegionMap build() {
        Set<String> localSegments = new HashSet<>();
        map.enterprises().stream().filter(Enterprise::local).forEach(firm -> localSegments.addAll(firm.segments()));
        Map<String, Enterprise> firms = new LinkedHashMap<>();
        Map<String, String> newIds = new HashMap<>();
        int count = map.enterprises().size();
        for (Enterprise firm : map.enterprises()) {
            double fate = random.nextDouble();
            if (fate < 0.02) {
                continue; // closed or left the map
            }
            Enterprise next = grown(firm);
            if (fate < 0.03) {
                next = moved(next);
            } else if (fate < 0.035) {
                next = renamed(next);
                if (next.creditCode() != null && random.nextInt(3) == 0) {
                    next = reRegistered(next);
                }
            } else if (fate < 0.04) {
                next = next.withLocal(!next.local());
            }
            newIds.put(firm.id(), next.id());
            firms.put(next.id(), next);
        }
        List<SupplyLink> links = new ArrayList<>();
        for (SupplyLink link : map.links()) {
            String from = newIds.get(link.from());
            String to = newIds.get(link.to());
            if (from != null && to != null && random.nextInt(100) >= 2) {
                links.add(new SupplyLink(
                                link.id(), from, to, link.product(), link.value(), link.provenance(), link.extra())
                        .withPlanned(link.planned()));
            }
        }
        Map<String, List<String>> bySegment = new HashMap<>();
        firms.values().forEach(firm -> bySegment
                .computeIfAbsent(firm.mainSegment(), key -> new ArrayList<>())
                .add(firm.id()));
        List<Segment> missing = segments.stream()
                .filter(segment -> !localSegments.contains(segment.id()))
                .toList();
        int arrivals = Math.max(1, count * 3 / 100);
        for (int i = 0; i < arrivals; i++) {
            boolean fills = !missing.isEmpty() && i % 3 == 0;
            Segment segment =
                    fills ? missing.get(random.nextInt(missing.size())) : segments.get(random.nextInt(segments.size()));
            String id = "n" + (i + 1);
            while (firms.containsKey(id) || map.enterprise(id).isPresent()) {
                id = "n" + id;
            }
            Enterprise firm = arrival(id, segment, fills || random.nextInt(100) >= 15);
            firms.put(firm.id(), firm);
            linkArrival(firm, segment, bySegment, links);
            bySegment.computeIfAbsent(segment.id(), key -> new ArrayList<>()).add(firm.id());
        }
        List<String> ids = new ArrayList<>(firms.keySet());
        int newLinks = Math.max(1, map.links().size() * 3 / 100);
        for (int i = 0; i < newLinks && ids.size() > 1; i++) {
            Enterprise supplier = firms.get(ids.get(random.nextInt(ids.size())));
            if (!supplier.local() && random.nextInt(4) != 0) {
                continue; // most new links are local supply
            }
            String customer = customerOf(supplier, bySegment, ids);
            if (!customer.equals(supplier.id())) {
                links.add(SupplyLink.of(supplier.id(), customer, null));
            }
        }
        return later(List.copyOf(firms.values()), links);
    }

    /** The later version: the map with {@code firms} and {@code links}, everything else (plans, snapshots) kept. */
    private RegionMap later(List<Enterprise> firms, List<SupplyLink> links) {
        Region region = map.region();
        return new RegionMap(
                new Region(
                        region.name(), region.code(), region.title(), region.date(), region.source(), region.extra()),
                map.analysis(),
                map.chains(),
                firms,
                links,
                map.targets(),
                map.sources(),
                map.presentation(),
                map.snapshots(),
                map.extra());
    }

    /** Most revenues grow by a few percent; a local firm passing 20 million yuan becomes 规上. */
    private Enterprise grown(Enterprise firm) {
        if (firm.revenue() == null || random.nextInt(10) >= 6) {
            return firm;
        }
        long revenue = Math.max(0, (long) (firm.revenue() * (1.06 + 0.1 * random.nextGaussian())));
        List<String> tags = new ArrayList<>(firm.tags());
        if (firm.local() && revenue >= SCALE_REVENUE && !tags.contains(SCALE)) {
            tags.add(SCALE);
        }
        return with(firm, firm.id(), firm.name(), firm.creditCode(), firm.segments(), tags, revenue);
    }

    /** The firm in another segment of its main segment's chain. */
    private Enterprise moved(Enterprise firm) {
        Chain chain = chainOf.get(firm.mainSegment());
        if (chain == null || chain.segments().size() < 2) {
            return firm;
        }
        Segment to = chain.segments().get(random.nextInt(chain.segments().size()));
        if (firm.segments().contains(to.id())) {
            return firm;
        }
        List<String> moved = new ArrayList<>(firm.segments());
        moved.set(0, to.id());
        return with(firm, firm.id(), firm.name(), firm.creditCode(), moved, firm.tags(), firm.revenue());
    }

    /** The firm under a new name: a new brand, or its group's name. */
    private Enterprise renamed(Enterprise firm) {
        String name = random.nextBoolean() && firm.name().length() > 2
                ? "" + brand() + brand() + firm.name().substring(2)
                : firm.name().replace("有限公司", "集团有限公司");
        if (name.equals(firm.name())) {
            name = "湖南" + firm.name();
        }
        return firm.withName(name);
    }

    /** The firm under a new id, as a re-import from a ledger gives it; its credit code stays. */
    private Enterprise reRegistered(Enterprise firm) {
        return with(
                firm, "r" + firm.id(), firm.name(), firm.creditCode(), firm.segments(), firm.tags(), firm.revenue());
    }

    private Enterprise arrival(String id, Segment segment, boolean local) {
        String name = "" + brand() + brand() + segment.name() + SUFFIXES[random.nextInt(SUFFIXES.length)];
        boolean scale = local && random.nextInt(3) == 0;
        long revenue =
                scale ? (long) (2e7 * (1 + random.nextDouble() * 4)) : (long) (1e6 + random.nextDouble() * 1.8e7);
        List<String> tags = scale ? List.of(SCALE) : List.of();
        Enterprise firm = Enterprise.of(id, name, local, List.of(segment.id()));
        return with(
                local ? firm : firm.withLocal(false),
                id,
                name,
                local && random.nextBoolean() ? creditCode() : null,
                List.of(segment.id()),
                tags,
                revenue);
    }

    /** A new firm buys from a firm of a segment that feeds its own and sells to one of a segment it feeds. */
    private void linkArrival(
            Enterprise firm, Segment segment, Map<String, List<String>> bySegment, List<SupplyLink> links) {
        for (String fed : segment.feeds()) {
            List<String> customers = bySegment.getOrDefault(fed, List.of());
            if (!customers.isEmpty()) {
                links.add(SupplyLink.of(firm.id(), customers.get(random.nextInt(customers.size())), null));
                break;
            }
        }
        for (Segment feeder : segments) {
            if (feeder.feeds().contains(segment.id())) {
                List<String> suppliers = bySegment.getOrDefault(feeder.id(), List.of());
                if (!suppliers.isEmpty()) {
                    links.add(SupplyLink.of(suppliers.get(random.nextInt(suppliers.size())), firm.id(), null));
                    break;
                }
            }
        }
    }

    private String customerOf(Enterprise supplier, Map<String, List<String>> bySegment, List<String> ids) {
        Segment main = segments.stream()
                .filter(segment -> segment.id().equals(supplier.mainSegment()))
                .findFirst()
                .orElse(null);
        if (main != null && !main.feeds().isEmpty()) {
            List<String> customers = bySegment.getOrDefault(
                    main.feeds().get(random.nextInt(main.feeds().size())), List.of());
            if (!customers.isEmpty()) {
                return customers.get(random.nextInt(customers.size()));
            }
        }
        return ids.get(random.nextInt(ids.size()));
    }

    private char brand() {
        return BRANDS.charAt(random.nextInt(BRANDS.length()));
    }

    /** A well-formed credit code of a company registered in the region, unlike any in the map. */
    private String creditCode() {
        while (true) {
            StringBuilder code = new StringBuilder("91999999");
            for (int k = 0; k < 9; k++) {
                code.append(CODE_CHARS.charAt(random.nextInt(k == 8 ? 10 : CODE_CHARS.length())));
            }
            String full = code.append(CreditCode.expectedCheck(code.toString()).orElseThrow())
                    .toString();
            if (codes.add(full)) {
                return full;
            }
        }
    }

    /** The year of a revenue: the firm's, or the year after when the revenue changed. */
    private static Integer year(Enterprise firm, Long revenue) {
        if (java.util.Objects.equals(revenue, firm.revenue())) {
            return firm.revenueYear();
        }
        return firm.revenueYear() == null ? Integer.valueOf(2025) : Integer.valueOf(firm.revenueYear() + 1);
    }

    private static Enterprise with(
            Enterprise firm,
            String id,
            String name,
            String creditCode,
            List<String> segments,
            List<String> tags,
            Long revenue) {
        return new Enterprise(
                id,
                name,
                creditCode,
                firm.local(),
                firm.origin(),
                firm.county(),
                firm.park(),
                segments,
                firm.role(),
                tags,
                revenue,
                year(firm, revenue),
                firm.products(),
                firm.verified(),
                firm.provenance() == null ? Provenance.NONE : firm.provenance(),
                firm.extra() == null ? Extras.NONE : firm.extra(),
                firm.planned(),
                firm.industryCode());
    }
}
