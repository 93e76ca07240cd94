package org.chainmap.io.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.model.Chain;
import org.chainmap.model.Citation;
import org.chainmap.model.ListItem;
import org.chainmap.model.Provenance;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Source;

/**
 * The last part of a report: the sources the map cites, one row each (its id, its title linked to the page,
 * publisher, date, how far to trust it, and how many facts cite it), the place the firms' and list items'
 * citations ({@link Report.Refs}) point to.
 */
final class SourcesSheet {

    private SourcesSheet() {}

    /** The citations of {@code provenance} as a cell; {@code null} when it cites nothing. */
    static Report.Refs refs(Provenance provenance) {
        if (provenance.cites().isEmpty()) {
            return null;
        }
        return new Report.Refs(provenance.cites().stream().map(Citation::source).toList());
    }

    static Report.Sheet of(RegionMap map, ReportWords words) {
        Map<String, Integer> cited = counts(map);
        List<List<Object>> rows = new ArrayList<>();
        for (Source source : map.sources()) {
            rows.add(java.util.Arrays.asList(
                    new Report.Anchor(source.id()),
                    new Report.Link(source.title(), source.url()),
                    source.publisher(),
                    source.date(),
                    source.reliability() == null
                            ? null
                            : words.text("reliability." + source.reliability().id()),
                    (long) cited.getOrDefault(source.id(), 0),
                    source.url()));
        }
        Report.Table table = new Report.Table(
                words.text("table.sources"),
                words.columns("id", "title", "publisher", "date", "reliability", "cited", "url"),
                rows);
        return new Report.Sheet(words.text("sheet.sources"), words.text("table.sources"), List.of(table), 0);
    }

    /** How many facts of the map cite each source. */
    private static Map<String, Integer> counts(RegionMap map) {
        Map<String, Integer> counts = new HashMap<>();
        List<Provenance> all = new ArrayList<>();
        for (Chain chain : map.chains()) {
            all.add(chain.provenance());
            chain.segments().forEach(segment -> all.add(segment.provenance()));
            chain.lists().items().values().forEach(items -> items.stream()
                    .map(ListItem::provenance)
                    .forEach(all::add));
        }
        map.enterprises().forEach(firm -> all.add(firm.provenance()));
        map.links().forEach(link -> all.add(link.provenance()));
        map.targets().forEach(target -> all.add(target.provenance()));
        for (Provenance provenance : all) {
            provenance.cites().stream()
                    .map(Citation::source)
                    .distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
