package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code target/chainmap.jar} (Failsafe runs this after {@code package}): JavaFX's natives of
 * every desktop inside, each for its own processor, none at the root where they would overwrite each other,
 * and this desktop's found at run time.
 */
class NativesInJarIT {

    private static final Path JAR = Path.of("target", "chainmap.jar");

    private static final List<String> LINUX = List.of(
            "libglass.so",
            "libglassgtk3.so",
            "libprism_es2.so",
            "libprism_sw.so",
            "libprism_common.so",
            "libjavafx_font.so",
            "libjavafx_font_freetype.so",
            "libjavafx_font_pango.so",
            "libjavafx_iio.so",
            "libdecora_sse.so");
    private static final List<String> MAC = List.of(
            "libglass.dylib",
            "libprism_es2.dylib",
            "libprism_sw.dylib",
            "libprism_common.dylib",
            "libjavafx_font.dylib",
            "libjavafx_iio.dylib",
            "libdecora_sse.dylib");
    private static final List<String> WINDOWS = List.of(
            "glass.dll",
            "prism_d3d.dll",
            "prism_sw.dll",
            "prism_common.dll",
            "javafx_font.dll",
            "javafx_iio.dll",
            "decora_sse.dll",
            "msvcp140.dll",
            "vcruntime140.dll");

    private static final Map<Desktop, List<String>> EXPECTED = Map.of(
            Desktop.LINUX_X64, LINUX,
            Desktop.LINUX_AARCH64, LINUX,
            Desktop.MAC_X64, MAC,
            Desktop.MAC_AARCH64, MAC,
            Desktop.WINDOWS_X64, WINDOWS);

    @Test
    void everyDesktopHasItsNativesBuiltForItsProcessor() throws IOException {
        for (Desktop desktop : Desktop.values()) {
            List<String> natives = JavaFxNatives.list(JAR, desktop);
            System.out.println(desktop.classifier() + " (" + natives.size() + "): " + String.join(" ", natives));
            assertThat(natives).as(desktop.classifier()).containsAll(EXPECTED.get(desktop));
            try (ZipFile zip = new ZipFile(JAR.toFile())) {
                for (String name : EXPECTED.get(desktop)) {
                    ZipEntry entry = zip.getEntry(JavaFxNatives.FOLDER + desktop.classifier() + "/" + name);
                    try (InputStream in = zip.getInputStream(entry)) {
                        assertThat(BinaryMachine.of(in.readNBytes(4096)))
                                .as(desktop.classifier() + "/" + name)
                                .isEqualTo(BinaryMachine.expected(desktop));
                    }
                }
            }
        }
    }

    @Test
    void noNativeLibraryAtTheRootAndEveryDesktopsGlassClasses() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> root = new ArrayList<>();
            zip.stream()
                    .map(ZipEntry::getName)
                    .filter(name -> !name.contains("/"))
                    .filter(name -> name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))
                    .forEach(root::add);
            assertThat(root).isEmpty();
            assertThat(zip.getEntry("com/sun/glass/ui/gtk/GtkApplication.class"))
                    .isNotNull();
            assertThat(zip.getEntry("com/sun/glass/ui/win/WinApplication.class"))
                    .isNotNull();
            assertThat(zip.getEntry("com/sun/glass/ui/mac/MacApplication.class"))
                    .isNotNull();
            assertThat(zip.getEntry("com/sun/prism/d3d/D3DPipeline.class")).isNotNull();
        }
    }

    @Test
    void theJarDrawsWithThisDesktopsNativesTakenOutOfIt(@TempDir Path home) throws Exception {
        Path png = home.resolve("全景 panorama.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Duser.home=" + home,
                        "-Djavafx.verbose=true",
                        "-jar",
                        JAR.toString(),
                        "export",
                        "maps/hengyang.json",
                        "--panorama",
                        "--png",
                        png.toString())
                .redirectErrorStream(true);
        builder.environment().remove("XDG_CACHE_HOME");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(png).isRegularFile();
        Path cache = home.resolve(".cache").resolve("chainmap").resolve("javafx");
        Desktop here = Desktop.current().orElseThrow();
        try (Stream<Path> folders = Files.list(cache)) {
            Path folder = folders.findFirst().orElseThrow();
            assertThat(folder.getFileName().toString()).startsWith(here.classifier() + "-");
            assertThat(output)
                    .contains("Loaded " + folder.resolve(EXPECTED.get(here).get(3)));
        }
    }
}
