package org.chainmap.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.io.AtomicWrite;
import org.chainmap.io.LoadResult;
import org.chainmap.io.report.ExcelReport;
import org.chainmap.io.report.HtmlReport;
import org.chainmap.io.report.MarkdownReport;
import org.chainmap.io.report.Report;
import org.chainmap.io.report.ReportContent;
import org.chainmap.model.MapState;
import org.chainmap.model.RegionMap;

/**
 * {@code report FILE [--xlsx OUT] [--md OUT] [--html OUT]}: the gap analysis of a map as a report for people who
 * do not run ChainMap: an Excel workbook, Markdown or an HTML page (any of them at once), each with a summary
 * across the chains, a part per chain and the five lists. Each file is written whole or not at all.
 */
final class ReportCommand implements Command {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed =
                Arguments.parse(args, Set.of("--xlsx", "--md", "--html", "--state"), Set.of(), console.messages());
        String file = parsed.single("FILE");
        MapState state = States.of(parsed, false);
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String option : List.of("--xlsx", "--md", "--html")) {
            if (parsed.text(option, null) != null) {
                outputs.put(option, parsed.text(option, null));
            }
        }
        if (outputs.isEmpty()) {
            throw new UsageException(console.text("report.noOutput"));
        }
        Optional<LoadResult> loaded = MapArgument.read(file, console);
        if (loaded.isEmpty()) {
            return 1;
        }
        RegionMap map = state.of(loaded.get().map().orElseThrow());
        Report report = ReportContent.of(
                map, console.messages().locale(), Path.of(file).getFileName().toString(), LocalDate.now());
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
                    if (output.getKey().equals("--md")) {
                        MarkdownReport.write(report, writer);
                    } else {
                        HtmlReport.write(report, writer, console.messages().locale());
                    }
                    writer.flush();
                });
            } catch (IOException e) {
                console.err().println(console.text("report.failed", target, WriteFailure.reason(e, console)));
                return 1;
            }
            console.out().println(console.text("report.written", output.getKey().substring(2), target));
            TemplateCommand.warnCut(target, cut, console);
        }
        return 0;
    }
}
