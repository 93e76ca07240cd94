package org.chainmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the libraries log never reaches a user: the jar's entry point in a process of its own, as a user runs
 * it, on a workbook whose XML POI's parser fails on. Its "FATAL XMLHelper" line and stack trace came before
 * ChainMap's own message.
 */
class QuietLibrariesTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("CHAINMAP_DEBUG");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aWorkbookPoiCannotParseGivesOurMessageAlone() throws Exception {
        Path workbook = dir.resolve("broken.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        Path map = Files.copy(Path.of("maps/hengyang.json"), dir.resolve("map.json"));
        Run run = main("--lang", "en", "import", map.toString(), "--xlsx", workbook.toString(), "--dry-run");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("broken.xlsx is not an Excel workbook that can be read (.xlsx or .xls): is it another kind"
                        + " of file renamed, or damaged?" + System.lineSeparator());
    }
}
