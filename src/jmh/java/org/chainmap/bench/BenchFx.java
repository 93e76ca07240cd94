package org.chainmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.chainmap.platform.JavaFxNatives;
import org.chainmap.render.HeadlessFx;

/**
 * Starts JavaFX for a benchmark, headless, with the natives {@code benchmarks.jar} itself carries: they are copied
 * to the cache folder of this very jar (named by its size and time, as {@code chainmap.jar} does for its own) and
 * put on the library path first. No {@code -Djava.library.path} is needed, and none of another build's folders
 * can be picked by mistake, as {@code ls -t ~/.cache/chainmap/javafx | head -1} could.
 *
 * <p>A benchmark that edits a map in a window would leave the window's recovery copies (tens of megabytes at 100,000
 * firms) and preferences in the user's own folders, where the next start of ChainMap offers to restore them. So the
 * home folder is a new folder of this run's, {@code chainmap-bench-home-…} in {@code $TMPDIR} (Java's
 * {@code java.io.tmpdir}, which is {@code /tmp} whatever {@code TMPDIR} says, when it is not set), removed when the
 * run ends: two runs at once, by one user or two, never share preferences, recovery copies or the natives' cache.
 * {@code -Dchainmap.bench.home=DIR} names the folder instead (kept), {@code -Dchainmap.bench.userHome=true} keeps the
 * user's own home. Recovery copies, preferences and the natives' cache go there ({@code $XDG_STATE_HOME} and
 * {@code $XDG_CACHE_HOME}, when set, still win).
 */
public final class BenchFx {

    private BenchFx() {}

    /** Makes this jar's natives findable, then starts the toolkit once; later calls do nothing. */
    public static void start() {
        if (!Boolean.getBoolean("chainmap.bench.userHome")) {
            System.setProperty("user.home", home().toString());
        }
        JavaFxNatives.prepare();
        HeadlessFx.start();
    }

    private static synchronized Path home() {
        String named = System.getProperty("chainmap.bench.home", "");
        try {
            if (!named.isBlank()) {
                return Files.createDirectories(Path.of(named)).toAbsolutePath();
            }
            String tmp = System.getenv("TMPDIR");
            Path folder = tmp == null || tmp.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(tmp);
            Path home = Files.createTempDirectory(Files.createDirectories(folder), "chainmap-bench-home-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(home), "chainmap-bench-home-removal"));
            return home.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("no home folder for the benchmark", e);
        }
    }

    private static void remove(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("BenchFx: " + folder + " not removed: " + e.getMessage());
        }
    }
}
