package org.chainmap.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.chainmap.platform.JavaFxNatives;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
import org.chainmap.render.vector.VectorExport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code VectorExport} of the whole largest chain of {@link LargeChain} (about 10,000 firm cards and their links),
 * framed as the {@code export} command frames it, as SVG or as PDF, into a stream that only counts the bytes: the
 * painting through the vector pen, the document's text, the font's subsetting and the compression are timed; no
 * disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class VectorBenchmarks {

    /** What the chain is written as. */
    @Param({"svg", "pdf"})
    public String format;

    private Picture picture;
    private final ByteCounter out = new ByteCounter();

    /** Starts the toolkit and frames the chain. */
    @Setup(Level.Trial)
    public void frame() {
        // The jar carries JavaFX's natives of every desktop; this one's go on the library path first (decision 0020).
        JavaFxNatives.prepare();
        BenchFx.start();
        LargeChain large = LargeChain.of(10_000);
        picture = Pictures.chain(
                large.map(), large.chain(), large.report(), Words.of(Locale.CHINESE), "bench.json", "2026-11-27");
        System.out.printf(
                "%s: %.0f × %.0f px; the region's largest %s%n",
                format, picture.width(), picture.height(), large.describe());
    }

    /** Says how large the document came out, and stops the toolkit so that the benchmark's JVM can end. */
    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%s: %,d bytes per export%n", format, out.last);
        Platform.exit();
    }

    /** The chain as an SVG or a PDF document, in the light theme, into a counting null stream. */
    @Benchmark
    public long write() throws IOException {
        out.count = 0;
        if (format.equals("svg")) {
            VectorExport.svg(picture, Theme.LIGHT, false, out);
        } else {
            VectorExport.pdf(List.of(picture), "bench", Theme.LIGHT, false, out);
        }
        out.last = out.count;
        return out.count;
    }
}
