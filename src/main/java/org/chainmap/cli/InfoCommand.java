package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chainmap.io.LoadResult;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.MapCounts;
import org.chainmap.model.Names;
import org.chainmap.model.RegionMap;

/**
 * {@code info FILE [--format text|json]}: the region and, per chain, its segments by stage, its local and
 * external enterprises, and the supply links into it.
 */
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--format"), Set.of(), console.messages());
        String format = parsed.choice("--format", "text", "text", "json");
        String file = parsed.single("FILE");
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        LoadResult result = loaded.get();
        RegionMap map = result.map().get();
        if (format.equals("json")) {
            writeJson(map, console);
        } else {
            writeText(map, console);
        }
        return 0;
    }

    private static void writeText(RegionMap map, Console console) {
        var region = map.region();
        StringBuilder heading = new StringBuilder(region.name());
        if (region.code() != null) {
            heading.append(" (").append(region.code()).append(')');
        }
        if (region.title() != null) {
            heading.append(" — ").append(region.title());
        }
        if (region.date() != null) {
            heading.append(", ").append(region.date());
        }
        console.out().println(TerminalText.visible(heading));
        MapCounts totals = MapCounts.of(map);
        console.out()
                .println(console.text(
                        "info.totals",
                        totals.chains(),
                        totals.segments(),
                        totals.enterprises(),
                        totals.localEnterprises(),
                        totals.enterprises() - totals.localEnterprises(),
                        totals.links(),
                        map.targets().size()));
        console.out().println();
        TextTable table = new TextTable(false, false, true, true, true, true, true);
        table.row(
                console.text("info.column.id"),
                console.text("info.column.chain"),
                console.text("info.column.segments"),
                console.text("info.column.stages"),
                console.text("info.column.local"),
                console.text("info.column.external"),
                console.text("info.column.links"));
        for (Chain chain : map.chains()) {
            ChainCounts counts = ChainCounts.of(map, chain);
            table.row(
                    chain.id(),
                    Names.of(chain, console.messages().locale()),
                    counts.segments(),
                    counts.upstream() + "/" + counts.midstream() + "/" + counts.downstream(),
                    counts.localEnterprises(),
                    counts.externalEnterprises(),
                    counts.links());
        }
        console.out().print(table.render());
    }

    private static void writeJson(RegionMap map, Console console) {
        try (JsonGenerator gen = JsonOutput.open(console.out())) {
            gen.writeStartObject();
            JsonOutput.writeRegion(gen, map.region());
            gen.writeNumberField("enterprises", map.enterprises().size());
            gen.writeNumberField("links", map.links().size());
            gen.writeNumberField("targets", map.targets().size());
            gen.writeArrayFieldStart("chains");
            for (Chain chain : map.chains()) {
                ChainCounts counts = ChainCounts.of(map, chain);
                gen.writeStartObject();
                gen.writeStringField("id", chain.id());
                gen.writeStringField("name", chain.name());
                gen.writeNumberField("segments", counts.segments());
                gen.writeObjectFieldStart("stages");
                gen.writeNumberField("upstream", counts.upstream());
                gen.writeNumberField("midstream", counts.midstream());
                gen.writeNumberField("downstream", counts.downstream());
                gen.writeEndObject();
                gen.writeNumberField("enterprises", counts.enterprises());
                gen.writeNumberField("local", counts.localEnterprises());
                gen.writeNumberField("external", counts.externalEnterprises());
                gen.writeNumberField("links", counts.links());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.flush();
            console.out().println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
