package org.chainmap.bench;

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
 * home folder is {@code chainmap-bench-home} in the temporary folder, unless {@code -Dchainmap.bench.userHome=true}:
 * recovery copies, preferences and the natives' cache go there ({@code $XDG_STATE_HOME}, when set, still wins for
 * the recovery copies).
 */
public final class BenchFx {

    private BenchFx() {}

    /** Makes this jar's natives findable, then starts the toolkit once; later calls do nothing. */
    public static void start() {
        if (!Boolean.getBoolean("chainmap.bench.userHome")) {
            System.setProperty(
                    "user.home",
                    java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "chainmap-bench-home")
                            .toString());
        }
        JavaFxNatives.prepare();
        HeadlessFx.start();
    }
}
