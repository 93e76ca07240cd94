package org.chainmap.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.chainmap.compare.AnalysedMap;
import org.chainmap.compare.ChainComparison;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.io.report.ExcelReport;
import org.chainmap.io.report.HtmlReport;
import org.chainmap.io.report.Report;
import org.chainmap.model.Chain;

/**
 * {@code compare OLD NEW [--chain ID] [--format text|json|csv] [--xlsx OUT] [--html OUT] [--png OUT] [--pdf OUT]}:
 * what changed between two
 * versions of a map, per chain, and above all which gaps closed and opened and which firms caused it
 * ({@link MapComparer}). OLD and NEW are map files or versions kept elsewhere ({@link MapSource}); the two are read,
 * validated and analysed at once, each on a thread of its own. Exit 0 when both could be read, whatever changed; 1
 * when either is bad, reported as {@code validate} reports it.
 */
final class CompareCommand implements Command {

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(
                args,
                Set.of("--chain", "--format", "--xlsx", "--html", "--png", "--pdf"),
                Set.of(),
                console.messages());
        String format = parsed.choice("--format", "text", "text", "json", "csv");
        List<String> files = parsed.positionals(2, "OLD NEW");
        if (files.size() > 2) {
            throw new UsageException(console.text("usage.extraArgument", files.get(2)));
        }
        String only = parsed.text("--chain", null);
        MapSource.checkForm(files.get(0), console);
        MapSource.checkForm(files.get(1), console);
        // each version read, validated and analysed on a thread of its own; then compared on this one
        CompletableFuture<Side> oldOne = CompletableFuture.supplyAsync(() -> Side.of(files.get(0), console));
        Side newOne = Side.of(files.get(1), console);
        Side oldSide = joined(oldOne);
        Optional<LoadResult> before = MapSource.check(oldSide.fetched(), console);
        Optional<LoadResult> after = MapSource.check(newOne.fetched(), console);
        if (before.isEmpty() || after.isEmpty()) {
            return 1;
        }
        MapComparison comparison = MapComparer.compare(oldSide.analysed(), newOne.analysed());
        if (only != null && comparison.chain(only).isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            comparison.after().chains().forEach(chain -> ids.add(chain.id()));
            comparison.before().chains().stream().map(Chain::id).forEach(ids::add);
            throw new UsageException(console.text("compare.unknownChain", only, String.join(", ", ids)));
        }
        List<ChainComparison> chains = comparison.chains().stream()
                .filter(chain -> only == null || chain.id().equals(only))
                .toList();
        switch (format) {
            case "json" -> CompareJson.write(comparison, chains, files, console);
            case "csv" -> CompareCsv.write(comparison, chains, console);
            default -> CompareText.write(comparison, chains, files, console);
        }
        int reports = writeReports(parsed, comparison, chains, files, console);
        Map<String, String> pictures = new LinkedHashMap<>();
        for (String option : List.of("--png", "--pdf")) {
            if (parsed.text(option, null) != null) {
                pictures.put(option, parsed.text(option, null));
            }
        }
        return Math.max(reports, ComparePicture.write(pictures, comparison, only, files, console));
    }

    /**
     * One version as read, and analysed when it holds a map without errors.
     *
     * @param fetched what reading gave
     * @param analysed its map with the graph and the gap analysis; {@code null} when it has none to compare
     */
    private record Side(MapSource.Fetched fetched, AnalysedMap analysed) {

        /** Reads {@code spec} and analyses its map, printing nothing (safe on any thread). */
        static Side of(String spec, Console console) {
            MapSource.Fetched fetched = MapSource.fetch(spec, console);
            boolean ok = fetched.result() != null && fetched.result().ok();
            return new Side(fetched, ok ? AnalysedMap.of(fetched.result().map().orElseThrow()) : null);
        }
    }

    /** The side {@code future} gives, what went wrong on its thread thrown as it was thrown there. */
    private static Side joined(CompletableFuture<Side> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Writes the workbook and the page asked for; 1 when one cannot be written. */
    private static int writeReports(
            Arguments parsed,
            MapComparison comparison,
            List<ChainComparison> chains,
            List<String> files,
            Console console) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String option : List.of("--xlsx", "--html")) {
            if (parsed.text(option, null) != null) {
                outputs.put(option, parsed.text(option, null));
            }
        }
        if (outputs.isEmpty()) {
            return 0;
        }
        Report report =
                CompareReport.of(comparison, chains, files, LocalDate.now(), new CompareWords(comparison, console));
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path target = Path.of(output.getValue());
            List<String> cut = new ArrayList<>();
            try {
                AtomicWrite.write(target, out -> {
                    if (output.getKey().equals("--xlsx")) {
                        cut.addAll(ExcelReport.write(report, out));
                        return;
                    }
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    HtmlReport.write(report, writer, console.messages().locale());
                    writer.flush();
                });
            } catch (IOException e) {
                console.err().println(console.text("report.failed", target, WriteFailure.reason(e, console)));
                return 1;
            }
            console.err().println(console.text("report.written", output.getKey().substring(2), target));
            TemplateCommand.warnCut(target, cut, console);
        }
        return 0;
    }
}
