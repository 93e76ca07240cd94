package org.chainmap.bench;

import org.chainmap.platform.JavaFxNatives;
import org.chainmap.render.HeadlessFx;

/**
 * Starts JavaFX for a benchmark, headless, with the natives {@code benchmarks.jar} itself carries: they are copied
 * to the cache folder of this very jar (named by its size and time, as {@code chainmap.jar} does for its own) and
 * put on the library path first. No {@code -Djava.library.path} is needed, and none of another build's folders
 * can be picked by mistake, as {@code ls -t ~/.cache/chainmap/javafx | head -1} could.
 */
public final class BenchFx {

    private BenchFx() {}

    /** Makes this jar's natives findable, then starts the toolkit once; later calls do nothing. */
    public static void start() {
        JavaFxNatives.prepare();
        HeadlessFx.start();
    }
}
