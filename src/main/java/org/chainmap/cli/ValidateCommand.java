package org.chainmap.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.MapCounts;
import org.chainmap.model.Problem;
import org.chainmap.model.Severity;

/**
 * {@code validate FILE… [--format text|json]}: checks map files against the format and its rules; exit 0
 * when every file is valid (warnings allowed), 1 when any has an error.
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments parsed = Arguments.parse(args, Set.of("--format"), Set.of(), console.messages());
        String format = parsed.choice("--format", "text", "text", "json");
        List<String> files = parsed.positionals(1, "FILE");
        boolean allValid = true;
        if (format.equals("json")) {
            allValid = writeJson(files, console);
        } else {
            for (String file : files) {
                allValid &= writeText(file, MapReader.readWithoutStamp(Path.of(file)), console);
            }
        }
        return allValid ? 0 : 1;
    }

    /**
     * One problem of {@code file} as {@code validate} prints it, {@code file:line:column: level: message [path]}
     * (the place as compilers give it, so that editors and terminals go to it); every command reporting a map it
     * cannot read prints its errors so.
     */
    static String line(String file, Problem problem, Console console) {
        String level = console.text("severity." + problem.severity().name().toLowerCase(Locale.ROOT));
        String where = problem.line() > 0 ? file + ":" + problem.line() + ":" + problem.column() : file;
        return TerminalText.visible(where) + ": " + level + ": "
                + TerminalText.visible(problem.message(console.messages().locale())) + " ["
                + TerminalText.visible(problem.path()) + "]";
    }

    private static boolean writeText(String file, LoadResult result, Console console) {
        for (Problem problem : result.problems()) {
            console.out().println(line(file, problem, console));
        }
        long errors = count(result, Severity.ERROR);
        if (result.map().isEmpty()) {
            console.out().println(console.text("validate.invalid", file, errors));
            return false;
        }
        MapCounts counts = MapCounts.of(result.map().get());
        console.out()
                .println(console.text(
                        "validate.valid",
                        file,
                        counts.chains(),
                        counts.segments(),
                        counts.enterprises(),
                        counts.links(),
                        count(result, Severity.WARNING)));
        return true;
    }

    private static boolean writeJson(List<String> files, Console console) {
        boolean allValid = true;
        try (JsonGenerator gen = JsonOutput.open(console.out())) {
            gen.writeStartObject();
            gen.writeArrayFieldStart("files");
            for (String file : files) {
                LoadResult result = MapReader.readWithoutStamp(Path.of(file));
                allValid &= result.ok();
                gen.writeStartObject();
                gen.writeStringField("file", file);
                gen.writeBooleanField("valid", result.ok());
                gen.writeArrayFieldStart("problems");
                for (Problem problem : result.problems()) {
                    writeProblem(gen, problem, console.messages().locale());
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeBooleanField("valid", allValid);
            gen.writeEndObject();
            gen.flush();
            console.out().println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return allValid;
    }

    private static void writeProblem(JsonGenerator gen, Problem problem, Locale locale) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("severity", problem.severity().name().toLowerCase(Locale.ROOT));
        gen.writeStringField("code", problem.key());
        gen.writeStringField("path", problem.path());
        if (problem.line() > 0) {
            gen.writeNumberField("line", problem.line());
            gen.writeNumberField("column", problem.column());
        }
        gen.writeStringField("message", problem.message(locale));
        gen.writeEndObject();
    }

    private static long count(LoadResult result, Severity severity) {
        return result.problems().stream()
                .filter(problem -> problem.severity() == severity)
                .count();
    }
}
