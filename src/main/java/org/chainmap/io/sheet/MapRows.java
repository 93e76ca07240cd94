package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.ListItem;
import org.chainmap.model.ListKind;
import org.chainmap.model.Provenance;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.SupplyLink;

/**
 * A map's data as the rows of the template's sheets, one value per column of {@link SheetKind#columns()}:
 * text, numbers as numbers, several values joined as {@link Shown} joins them. Things are named as a person
 * reads them (a segment by its name, a firm by its name) wherever the import would find the same thing again
 * by that name, else by id; so that importing the rows into an empty map gives the same firms and links back.
 */
final class MapRows {

    private final RegionMap map;
    private final Locale locale;

    MapRows(RegionMap map, Locale locale) {
        this.map = map;
        this.locale = locale;
    }

    /** The rows of {@code kind}, each a list of values in the order of the kind's columns. */
    List<List<Object>> rows(SheetKind kind) {
        return switch (kind) {
            case SEGMENTS -> segments();
            case MAPPING -> mappings();
            case FIRMS -> firms();
            case LINKS -> links();
            case LISTS -> items();
        };
    }

    private List<List<Object>> segments() {
        List<List<Object>> rows = new ArrayList<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                List<String> feeds = segment.feeds().stream()
                        .map(feed -> segmentName(feed, List.of(chain.id())))
                        .toList();
                rows.add(withProvenance(
                        segment.provenance(),
                        segment.id(),
                        chain.name(),
                        chain.id(),
                        segment.name(),
                        segment.nameEn(),
                        Shown.value(segment.stage(), locale),
                        segment.order(),
                        joined(segment.industryCodes()),
                        segment.core() ? Shown.value(true, locale) : null,
                        joined(feeds)));
            }
        }
        return rows;
    }

    /**
     * The mapping sheet (decision 0031): a row for each product and each industry code of each segment, in the
     * segment's order, naming the segment as the segments sheet does.
     */
    private List<List<Object>> mappings() {
        List<List<Object>> rows = new ArrayList<>();
        for (Chain chain : map.chains()) {
            String chainName = chainName(chain);
            for (Segment segment : chain.segments()) {
                String name = segmentName(segment.id(), List.of(chain.id()));
                for (String product : segment.products()) {
                    rows.add(java.util.Arrays.asList(product, null, chainName, name));
                }
                for (String code : segment.industryCodes()) {
                    rows.add(java.util.Arrays.asList(null, code, chainName, name));
                }
            }
        }
        return rows;
    }

    /** A chain's name, when the import would find this chain by it; else its id. */
    private String chainName(Chain chain) {
        String key = Incoming.chainKey(chain.name());
        for (Chain other : map.chains()) {
            boolean same = Incoming.chainKey(other.name()).equals(key)
                    || (other.nameEn() != null
                            && Incoming.chainKey(other.nameEn()).equals(key))
                    || other.id().equals(chain.name());
            if (same && other != chain) {
                return chain.id();
            }
        }
        return chain.name();
    }

    private List<List<Object>> firms() {
        List<List<Object>> rows = new ArrayList<>();
        for (Enterprise firm : map.enterprises()) {
            Set<String> chainIds = new LinkedHashSet<>();
            firm.segments()
                    .forEach(segment -> map.chainOfSegment(segment).ifPresent(chain -> chainIds.add(chain.id())));
            List<String> chainNames = chainIds.stream()
                    .map(id -> map.chain(id).orElseThrow().name())
                    .toList();
            List<String> segments = firm.segments().stream()
                    .map(segment -> segmentName(segment, List.copyOf(chainIds)))
                    .toList();
            List<Object> row = new ArrayList<>(List.of(firm.id(), firm.name()));
            row.add(firm.creditCode());
            row.add(Shown.value(firm.local(), locale));
            row.add(firm.origin() == null ? null : firm.origin().province());
            row.add(firm.origin() == null ? null : firm.origin().city());
            row.add(firm.county());
            row.add(firm.park());
            row.add(joined(chainNames));
            row.add(joined(segments));
            row.add(firm.role() == null ? null : Shown.value(firm.role(), locale));
            row.add(joined(firm.tags()));
            row.add(firm.revenue());
            row.add(firm.revenueYear());
            row.add(joined(firm.products()));
            row.add(firm.industryCode());
            row.add(firm.provenance().source());
            row.add(firm.verified());
            row.add(
                    firm.provenance().certainty() == null
                            ? null
                            : Shown.value(firm.provenance().certainty(), locale));
            row.add(firm.provenance().note());
            rows.add(row);
        }
        return rows;
    }

    private List<List<Object>> links() {
        List<List<Object>> rows = new ArrayList<>();
        for (SupplyLink link : map.links()) {
            rows.add(withProvenance(
                    link.provenance(),
                    link.id(),
                    firmName(link.from()),
                    firmName(link.to()),
                    link.product(),
                    link.value()));
        }
        return rows;
    }

    private List<List<Object>> items() {
        List<List<Object>> rows = new ArrayList<>();
        for (Chain chain : map.chains()) {
            for (Map.Entry<ListKind, List<ListItem>> list :
                    chain.lists().items().entrySet()) {
                for (ListItem item : list.getValue()) {
                    rows.add(withProvenance(
                            item.provenance(),
                            item.id(),
                            chain.name(),
                            Shown.value(list.getKey(), locale),
                            item.title(),
                            item.status(),
                            item.amount(),
                            item.year(),
                            item.segment() == null ? null : segmentName(item.segment(), List.of(chain.id()))));
                }
            }
        }
        return rows;
    }

    /** The values, then certainty, source and note, in the order every kind's columns end with. */
    private List<Object> withProvenance(Provenance provenance, Object... values) {
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(values));
        row.add(provenance.certainty() == null ? null : Shown.value(provenance.certainty(), locale));
        row.add(provenance.source());
        row.add(provenance.note());
        return row;
    }

    /**
     * Several values in one cell, joined as {@link Shown} joins them; one per line when one of them holds a
     * separator (a product {@code 建筑、农用机械}), so that an import reads each back whole.
     */
    private String joined(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().allMatch(Values::standsAlone) ? Shown.value(values, locale) : String.join("\n", values);
    }

    /**
     * A segment's name, when the import would find this segment by it (looking first in {@code chainIds}; a
     * known name is never cut at a separator, decision 0022); else its id.
     */
    private String segmentName(String id, List<String> chainIds) {
        Segment segment = map.segment(id).orElse(null);
        if (segment == null) {
            return id;
        }
        if (!segment.name().equals(segment.name().strip())
                || segment.name().lines().count() > 1
                || map.segment(segment.name()).isPresent()) {
            return id;
        }
        String key = Incoming.nameKey(segment.name());
        List<String> inChains = new ArrayList<>();
        List<String> anywhere = new ArrayList<>();
        for (Chain chain : map.chains()) {
            for (Segment other : chain.segments()) {
                boolean same = Incoming.nameKey(other.name()).equals(key)
                        || (other.nameEn() != null
                                && Incoming.nameKey(other.nameEn()).equals(key));
                if (same) {
                    anywhere.add(other.id());
                    if (chainIds.contains(chain.id())) {
                        inChains.add(other.id());
                    }
                }
            }
        }
        List<String> found = inChains.isEmpty() ? anywhere : inChains;
        return found.equals(List.of(id)) ? segment.name() : id;
    }

    /** A firm's name, when no other firm has it; else its credit code, or its id. */
    private String firmName(String id) {
        Enterprise firm = map.enterprise(id).orElse(null);
        if (firm == null) {
            return id;
        }
        String key = Incoming.nameKey(firm.name());
        long named = map.enterprises().stream()
                .filter(other -> Incoming.nameKey(other.name()).equals(key))
                .count();
        if (named == 1 && map.enterprise(firm.name()).isEmpty()) {
            return firm.name();
        }
        return firm.creditCode() != null ? firm.creditCode() : id;
    }
}
