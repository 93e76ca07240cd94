package org.chainmap.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.analysis.ScaleBasis;
import org.chainmap.io.LoadResult;
import org.chainmap.model.Chain;
import org.chainmap.model.MapState;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Severity;

/**
 * {@code gaps FILE [--chain ID] [--format text|json|csv] [--state current|target]}: the gap analysis of a
 * map, per chain: coverage, local supporting rate, and the missing, weak, broken, chokepoint, extend and
 * cutpoint gaps with their evidence and ranked candidates. The rules are in {@code docs/gaps.md}.
 *
 * <p>It analyses the current state (planned things left out) or the target state (counted as if there).
 */
final class GapsCommand implements Command {

    @Override
    public String name() {
        return "gaps";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed =
                Arguments.parse(args, Set.of("--chain", "--format", "--state"), Set.of(), console.messages());
        String format = parsed.choice("--format", "text", "text", "json", "csv");
        String file = parsed.single("FILE");
        String only = parsed.text("--chain", null);
        MapState state = States.of(parsed, false);
        // The analysis starts on another core while the map is validated; it is used only if the map has no errors.
        AtomicReference<CompletableFuture<List<ChainReport>>> analysis = new AtomicReference<>();
        Optional<LoadResult> loaded = MapArgument.read(
                file,
                console,
                read -> analysis.set(CompletableFuture.supplyAsync(() -> GapAnalysis.of(state.of(read)))));
        if (loaded.isEmpty()) {
            return 1;
        }
        LoadResult result = loaded.get();
        RegionMap whole = result.map().get();
        RegionMap map = state.of(whole);
        if (only != null && map.chain(only).isEmpty()) {
            throw new UsageException(console.text(
                    "gaps.unknownChain",
                    only,
                    String.join(", ", map.chains().stream().map(Chain::id).toList())));
        }
        List<Problem> warnings = result.problems().stream()
                .filter(problem -> problem.severity() == Severity.WARNING)
                .toList();
        List<ChainReport> reports = result(analysis.get()).stream()
                .filter(report -> only == null || report.chain().equals(only))
                .toList();
        if (!format.equals("json")) {
            States.notice(whole, state, console);
        }
        switch (format) {
            case "json" -> GapReportJson.write(map, state, reports, warnings, console);
            case "csv" -> GapReportCsv.write(map, reports, console);
            default -> GapReportText.write(map, reports, console);
        }
        if (format.equals("csv")) {
            String scale = new GapWords(map, console).scaleNotice(ScaleBasis.of(map));
            if (scale != null) {
                console.err().println(scale);
            }
        }
        if (!format.equals("json")) {
            for (Problem warning : warnings) {
                console.err()
                        .println(TerminalText.visible(file + ": "
                                + warning.describe(console.messages().locale())));
            }
        }
        return 0;
    }

    /** What the analysis gave, or threw. */
    private static List<ChainReport> result(CompletableFuture<List<ChainReport>> analysis) {
        try {
            return analysis.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
