package org.chainmap.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.ui.ChainMapApplication;
import org.junit.jupiter.api.Test;

/**
 * What the Linux package installs beside the program (packaging/linux, packaging/build-installer.sh,
 * packaging/repack-deb.sh), as files of the package: the menu entry that runs the `chainmap` command, names the
 * icon of the hicolor theme and the window's class, the icon at the theme's sizes, the command on the PATH, and a
 * copyright file in Debian's machine-readable format (packaging/deb-copyright.sh).
 */
class LinuxPackageFilesTest {

    private static final Path LINUX = Path.of("packaging", "linux");
    private static final Path BUILD = Path.of("packaging", "build-installer.sh");
    private static final Path REPACK = Path.of("packaging", "repack-deb.sh");

    @Test
    void theMenuEntryRunsTheCommandNamesTheThemesIconAndTheWindowsClass() throws IOException {
        List<String> entry = Files.readAllLines(LINUX.resolve("ChainMap.desktop"));
        assertThat(entry).contains("Exec=/opt/chainmap/bin/chainmap %f", "Icon=chainmap", "MimeType=application/json;");
        // A desktop ties the window to its menu entry (its icon, its name in the task bar) by the window's WM_CLASS,
        // which JavaFX's GTK glass takes from the Application's class name (xprop WM_CLASS, check-deb.sh).
        assertThat(entry).contains("StartupWMClass=" + ChainMapApplication.class.getName());
        assertThat(Files.readString(BUILD))
                .contains("install -m 755 packaging/chainmap-command.sh \"$out/image/ChainMap/bin/chainmap\"");
    }

    @Test
    void theMenuEntryTheIconsTheCommandAndTheCopyrightAreFilesOfThePackage() throws IOException {
        assertThat(Files.readString(BUILD)).contains("packaging/repack-deb.sh \"$(ls \"$out\"/chainmap_*.deb)\"");
        String repack = Files.readString(REPACK);
        Matcher carried = Pattern.compile(
                        "for size in ([0-9 ]+); do\\n\\s+install -D -m 644 \"packaging/icons/chainmap-\\$size.png\" "
                                + "\"\\$root/usr/share/icons/hicolor/\\$\\{size}x\\$size/apps/chainmap.png\"")
                .matcher(repack);
        assertThat(carried.find())
                .as("repack-deb.sh puts the icons in the package")
                .isTrue();
        List<String> sizes = List.of(carried.group(1).split(" "));
        assertThat(sizes).containsExactly("16", "24", "32", "48", "64", "128", "256", "512");
        for (String size : sizes) {
            assertThat(Path.of("packaging", "icons", "chainmap-" + size + ".png"))
                    .isRegularFile();
        }
        assertThat(repack)
                .contains("\"$root/usr/share/icons/hicolor/scalable/apps/chainmap.svg\"")
                .contains("\"$root/usr/share/applications/chainmap-ChainMap.desktop\"")
                .contains("ln -s /opt/chainmap/bin/chainmap \"$root/usr/bin/chainmap\"")
                .contains("\"$root/usr/share/doc/chainmap/copyright\"");
        // Nothing is made or removed by the scripts any more: dpkg knows the files, its triggers remake the caches.
        for (String script : List.of("postinst", "prerm")) {
            assertThat(Files.readString(LINUX.resolve(script)))
                    .as(script)
                    .doesNotContain("xdg-desktop-menu", "DESKTOP_COMMANDS", "/usr/bin/chainmap", "/usr/share/icons");
        }
    }

    @Test
    void theCopyrightFileIsInDebiansFormatWithEveryLicenceItNames() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
        Process process = new ProcessBuilder("/bin/bash", "packaging/deb-copyright.sh").start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();

        List<Map<String, String>> paragraphs = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            Map<String, String> fields = new LinkedHashMap<>();
            String field = null;
            for (String line : block.split("\n")) {
                if (line.startsWith(" ")) {
                    assertThat(field)
                            .as("a continuation line after a field: %s", line)
                            .isNotNull();
                    assertThat(line.strip())
                            .as("an empty line in a field is written \" .\"")
                            .isNotEmpty();
                    fields.merge(field, "\n" + line.substring(1), String::concat);
                } else {
                    Matcher name = Pattern.compile("([A-Za-z-]+):(.*)").matcher(line);
                    assertThat(name.matches()).as("a field: %s", line).isTrue();
                    field = name.group(1);
                    assertThat(fields.put(field, name.group(2).strip()))
                            .as("%s twice", field)
                            .isNull();
                }
            }
            paragraphs.add(fields);
        }
        assertThat(paragraphs.get(0))
                .containsEntry("Format", "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
                .containsKey("Upstream-Name");
        Set<String> named = new LinkedHashSet<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map<String, String> paragraph : paragraphs.subList(1, paragraphs.size())) {
            String license = paragraph.get("License");
            assertThat(license)
                    .as("every paragraph names its licence: %s", paragraph)
                    .isNotNull();
            String synopsis = license.lines().findFirst().orElse("").strip();
            assertThat(synopsis).as("the licence's short name, never empty").isNotEmpty();
            if (paragraph.containsKey("Files")) {
                assertThat(paragraph.get("Copyright")).isNotBlank();
                for (String name : synopsis.replaceAll("[()]", "").split(" and | or ")) {
                    named.add(name.strip());
                }
            } else {
                assertThat(license.lines().count())
                        .as("the text of %s", synopsis)
                        .isGreaterThan(2);
                texts.put(synopsis, license);
            }
        }
        assertThat(texts.keySet()).containsAll(named);
        assertThat(paragraphs.get(1)).containsEntry("Files", "*").containsEntry("License", "Apache-2.0");
        assertThat(texts.get("Apache-2.0")).contains("Apache License", "Version 2.0, January 2004");
        assertThat(texts.get("OFL-1.1")).contains("SIL OPEN FONT LICENSE Version 1.1");
        String jar = paragraphs.stream()
                .filter(paragraph -> "lib/app/chainmap.jar".equals(paragraph.get("Files")))
                .findFirst()
                .orElseThrow()
                .get("Comment");
        for (String row : Files.readAllLines(Path.of("src/main/resources/org/chainmap/ui/third-party.tsv"))) {
            if (!row.startsWith("#") && !row.isBlank()) {
                assertThat(jar).as("the libraries in the jar").contains(row.split("\t")[0]);
            }
        }
    }
}
