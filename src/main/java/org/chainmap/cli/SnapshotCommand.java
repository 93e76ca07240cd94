package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chainmap.analysis.GapKind;
import org.chainmap.analysis.KeyFigures;
import org.chainmap.edit.Command;
import org.chainmap.edit.Compound;
import org.chainmap.edit.Description;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.PutSnapshot;
import org.chainmap.edit.SetSnapshotOnSave;
import org.chainmap.io.FileStamp;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapChangedException;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapLock;
import org.chainmap.io.MapLockedException;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;

/**
 * {@code snapshot FILE [--date YYYY-MM-DD] [--label TEXT] [--on-save on|off]}: keeps the day's snapshot of the
 * map's key figures per chain in the map (replacing one of the same day), written as {@code import} writes a map
 * (under its lock, atomically, the previous version kept as {@code .bak}); {@code snapshot FILE --list [--chain
 * ID] [--format text|json|csv]}: each chain's figures over time, for a chart.
 */
final class SnapshotCommand implements org.chainmap.cli.Command {

    /** How long to wait for another writer of the map. */
    private static final java.time.Duration LOCK_WAIT = java.time.Duration.ofSeconds(10);

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--date", "--label", "--on-save", "--format", "--chain"),
                Set.of("--list"),
                console.messages());
        String file = parsed.single("FILE");
        if (parsed.flag("--list")) {
            String format = parsed.choice("--format", "text", "text", "json", "csv");
            Optional<LoadResult> loaded = MapArgument.read(file, console);
            if (loaded.isEmpty()) {
                return 1;
            }
            RegionMap map = loaded.get().map().orElseThrow();
            String only = parsed.text("--chain", null);
            if (only != null
                    && map.chain(only).isEmpty()
                    && !map.snapshots().chains().contains(only)) {
                throw new UsageException(console.text(
                        "gaps.unknownChain",
                        only,
                        String.join(", ", map.chains().stream().map(Chain::id).toList())));
            }
            list(map, only, format, console);
            return 0;
        }
        String date = parsed.text("--date", LocalDate.now().toString());
        if (!Snapshot.isDay(date)) {
            throw new UsageException(console.text("snapshot.badDate", date));
        }
        String onSave = parsed.text("--on-save", null);
        if (onSave != null && !onSave.equals("on") && !onSave.equals("off")) {
            throw new UsageException(console.text("snapshot.badOnSave", onSave));
        }
        try (MapLock lock = MapLock.acquire(MapFile.targetOf(Path.of(file)), LOCK_WAIT)) {
            return take(file, date, parsed.text("--label", null), onSave, console);
        } catch (MapLockedException e) {
            console.err().println(ImportCommand.locked(e, console));
            return 1;
        } catch (IOException e) {
            console.err().println(console.text("snapshot.failed", file, WriteFailure.reason(e, console)));
            return 1;
        }
    }

    private static int take(String file, String date, String label, String onSave, Console console) {
        Optional<LoadResult> loaded = MapArgument.readToSave(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = loaded.get().map().orElseThrow();
        FileStamp read = loaded.get().stamp().orElse(null);
        Snapshot snapshot = KeyFigures.take(map, date, label);
        List<Command> steps = new ArrayList<>();
        steps.add(new PutSnapshot(snapshot));
        if (onSave != null) {
            steps.add(new SetSnapshotOnSave(onSave.equals("on")));
        }
        RegionMap after;
        try {
            after = new Compound(Description.of("snapshot.take", date), steps)
                    .plan(map)
                    .applyTo(map);
        } catch (EditRefusedException e) {
            console.err().println(e.message(console.messages().locale()));
            return 1;
        }
        try {
            MapFile.save(after, Path.of(file), read);
        } catch (MapChangedException e) {
            console.err().println(console.text("snapshot.changed", file));
            return 1;
        } catch (MapLockedException e) {
            console.err().println(ImportCommand.locked(e, console));
            return 1;
        } catch (InvalidMapException e) {
            console.err().println(console.text("snapshot.invalid"));
            for (Problem problem : e.problems()) {
                if (problem.isError()) {
                    console.err()
                            .println("  "
                                    + TerminalText.visible(
                                            problem.describe(console.messages().locale())));
                }
            }
            return 1;
        } catch (IOException e) {
            console.err().println(console.text("snapshot.failed", file, WriteFailure.reason(e, console)));
            return 1;
        }
        boolean replaced = map.snapshots().on(date).isPresent();
        console.out()
                .println(console.text(
                        replaced ? "snapshot.replaced" : "snapshot.taken",
                        date,
                        snapshot.chains().size(),
                        file,
                        after.snapshots().taken().size()));
        return 0;
    }

    private static void list(RegionMap map, String only, String format, Console console) {
        Snapshots snapshots = map.snapshots();
        List<String> chains = new ArrayList<>();
        map.chains().forEach(chain -> chains.add(chain.id()));
        snapshots.chains().stream().filter(id -> !chains.contains(id)).forEach(chains::add);
        chains.removeIf(id -> only != null && !id.equals(only));
        switch (format) {
            case "json" -> listJson(map, chains, console);
            case "csv" -> listCsv(map, chains, console);
            default -> listText(map, chains, console);
        }
    }

    private static String nameOf(RegionMap map, String chain) {
        return map.chain(chain).map(Chain::name).orElse(chain);
    }

    private static void listText(RegionMap map, List<String> chains, Console console) {
        StringBuilder out = new StringBuilder();
        out.append(console.text(
                        "snapshot.title",
                        map.region().name(),
                        map.snapshots().taken().size()))
                .append('\n');
        if (map.snapshots().onSave()) {
            out.append(console.text("snapshot.onSaveOn")).append('\n');
        }
        for (String chain : chains) {
            List<Snapshots.Point> points = map.snapshots().series(chain);
            out.append('\n')
                    .append(TerminalText.visible(nameOf(map, chain)))
                    .append(" [")
                    .append(TerminalText.visible(chain))
                    .append("]\n");
            if (points.isEmpty()) {
                out.append("  ").append(console.text("snapshot.none")).append('\n');
                continue;
            }
            boolean[] right = new boolean[7 + GapKind.values().length];
            java.util.Arrays.fill(right, 2, right.length, true);
            TextTable table = new TextTable(right);
            List<Object> header = new ArrayList<>(List.of(
                    console.text("snapshot.column.date"),
                    console.text("snapshot.column.label"),
                    console.text("snapshot.column.coverage"),
                    console.text("snapshot.column.localRate"),
                    console.text("snapshot.column.localFirms"),
                    console.text("snapshot.column.scaleFirms"),
                    console.text("snapshot.column.output")));
            for (GapKind kind : GapKind.values()) {
                header.add(kind.id());
            }
            table.row(header.toArray());
            for (Snapshots.Point point : points) {
                ChainFigures figures = point.figures();
                List<Object> row = new ArrayList<>(List.of(
                        point.date(),
                        point.label() == null ? "" : TerminalText.visible(point.label()),
                        percent(figures.coverage()),
                        percent(figures.localRate()),
                        figures.localFirms(),
                        figures.scaleFirms(),
                        figures.output() == null ? "—" : String.format("%,d", figures.output())));
                for (GapKind kind : GapKind.values()) {
                    row.add(figures.gapCount(kind.id()));
                }
                table.row(row.toArray());
            }
            for (String line : table.render().split("\n")) {
                out.append("  ").append(line).append('\n');
            }
        }
        console.out().print(out);
        console.out().flush();
    }

    private static String percent(Double share) {
        return share == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static void listJson(RegionMap map, List<String> chains, Console console) {
        try (JsonGenerator gen = JsonOutput.open(console.out())) {
            gen.writeStartObject();
            JsonOutput.writeRegion(gen, map.region());
            gen.writeBooleanField("onSave", map.snapshots().onSave());
            gen.writeArrayFieldStart("chains");
            for (String chain : chains) {
                gen.writeStartObject();
                gen.writeStringField("id", chain);
                gen.writeStringField("name", nameOf(map, chain));
                gen.writeArrayFieldStart("points");
                for (Snapshots.Point point : map.snapshots().series(chain)) {
                    writePoint(gen, point);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        console.out().flush();
    }

    private static void writePoint(JsonGenerator gen, Snapshots.Point point) throws IOException {
        ChainFigures figures = point.figures();
        gen.writeStartObject();
        gen.writeStringField("date", point.date());
        if (point.label() != null) {
            gen.writeStringField("label", point.label());
        }
        gen.writeNumberField("segments", figures.segments());
        gen.writeNumberField("covered", figures.covered());
        nullableNumber(gen, "coverage", figures.coverage());
        nullableNumber(gen, "localRate", figures.localRate());
        gen.writeNumberField("localFirms", figures.localFirms());
        gen.writeNumberField("scaleFirms", figures.scaleFirms());
        if (figures.output() == null) {
            gen.writeNullField("output");
        } else {
            gen.writeNumberField("output", figures.output());
        }
        gen.writeObjectFieldStart("gaps");
        for (GapKind kind : GapKind.values()) {
            gen.writeNumberField(kind.id(), figures.gapCount(kind.id()));
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void nullableNumber(JsonGenerator gen, String name, Double value) throws IOException {
        if (value == null) {
            gen.writeNullField(name);
        } else {
            gen.writeNumberField(name, value);
        }
    }

    private static void listCsv(RegionMap map, List<String> chains, Console console) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of(
                "chain",
                "chainName",
                "date",
                "label",
                "segments",
                "covered",
                "coverage",
                "localRate",
                "localFirms",
                "scaleFirms",
                "output"));
        for (GapKind kind : GapKind.values()) {
            header.add(kind.id());
        }
        GapReportCsv.row(out, header);
        for (String chain : chains) {
            for (Snapshots.Point point : map.snapshots().series(chain)) {
                ChainFigures figures = point.figures();
                List<String> row = new ArrayList<>(List.of(
                        chain,
                        nameOf(map, chain),
                        point.date(),
                        point.label() == null ? "" : point.label(),
                        String.valueOf(figures.segments()),
                        String.valueOf(figures.covered()),
                        figures.coverage() == null ? "" : String.valueOf(figures.coverage()),
                        figures.localRate() == null ? "" : String.valueOf(figures.localRate()),
                        String.valueOf(figures.localFirms()),
                        String.valueOf(figures.scaleFirms()),
                        figures.output() == null ? "" : String.valueOf(figures.output())));
                for (GapKind kind : GapKind.values()) {
                    row.add(String.valueOf(figures.gapCount(kind.id())));
                }
                GapReportCsv.row(out, row);
            }
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        console.out().write(bytes, 0, bytes.length);
        console.out().flush();
    }
}
