package org.chainmap.bench;

import java.io.IOException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.render.ChainPainter;
import org.chainmap.render.Drawing;
import org.chainmap.platform.JavaFxNatives;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.render.Words;
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
 * {@code PngExport.write} of a chain's picture of about 8000 × 6000 pixels (48 million) on a headless toolkit
 * (Monocle, software rendering: {@link HeadlessFx}), into a stream that keeps nothing but the count of bytes:
 * painting, snapshots, pixel copies and the PNG encoding (deflate) are all timed; no disk.
 *
 * <p>A chain's drawing is tall and narrow (its three stage columns side by side, the cards below each other),
 * so no whole chain is 8000 × 6000. Two pictures of 48 million pixels, both from the region of
 * {@link LargeChain} (its largest chain holds about 10,000 firm cards): {@code part}, exactly 8000 × 6000, the
 * top of the largest chain, its full width, framed as a chain picture (the export of a part of a chain); and
 * {@code whole}, the region's smallest chain whole, at the scale that gives it 48 million pixels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ExportBenchmarks {

    private static final double PIXELS = 8000.0 * 6000.0;

    /** {@code part}: 8000 × 6000, the top of the largest chain; {@code whole}: the smallest chain whole. */
    @Param({"part", "whole"})
    public String picture;

    private Picture framed;
    private double scale;
    private final ByteCounter out = new ByteCounter();

    /** Starts the toolkit, finds the chain and frames the picture. */
    @Setup(Level.Trial)
    public void frame() {
        // The jar carries JavaFX's natives of every desktop; this one's go on the library path first (decision 0020).
        JavaFxNatives.prepare();
        BenchFx.start();
        LargeChain large = LargeChain.of(10_000);
        Words words = Words.of(Locale.CHINESE);
        if (picture.equals("part")) {
            ChainGeometry geometry = large.geometry();
            Picture whole = framed(large, words, geometry.height(), large.painter());
            double footer = whole.height() - Picture.HEADER - geometry.height();
            scale = 8000 / whole.width();
            double part = (6000 - 0.5) / scale - Picture.HEADER - footer;
            framed = framed(large, words, part, large.painter());
        } else {
            Chain chosen = large.map().chains().stream()
                    .min(Comparator.comparingInt(
                            chain -> ChainLayouter.layout(large.map(), chain).cards().size()))
                    .orElseThrow();
            ChainReport report = GapAnalysis.of(large.map()).stream()
                    .filter(r -> r.chain().equals(chosen.id()))
                    .findFirst()
                    .orElseThrow();
            framed = Pictures.chain(large.map(), chosen, report, words, "bench.json", "2026-11-27");
            scale = Math.sqrt(PIXELS / (framed.width() * framed.height()));
            System.out.println("chain " + chosen.id() + ": "
                    + ChainLayouter.layout(large.map(), chosen).cards().size() + " cards");
        }
        PngExport.Size size = PngExport.size(framed, scale);
        System.out.printf(
                "%s: %d × %d px (%.1f Mpx) at scale %.3f; the region's largest %s%n",
                picture,
                size.width(),
                size.height(),
                size.width() * (double) size.height() / 1e6,
                scale,
                large.describe());
    }

    private static Picture framed(LargeChain large, Words words, double height, ChainPainter painter) {
        return Pictures.chain(
                large.map(),
                large.chain(),
                large.report(),
                words,
                "bench.json",
                "2026-11-27",
                Drawing.of(large.geometry().width(), height, painter::paint));
    }

    /** Says how large the PNG came out, and stops the toolkit so that the benchmark's JVM can end. */
    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf("%s: %,d bytes of PNG per export%n", picture, out.last);
        Platform.exit();
    }

    /** {@code PngExport.write} of the picture, in the light theme, opaque, into a counting null stream. */
    @Benchmark
    public long png() throws IOException {
        out.count = 0;
        PngExport.write(framed, scale, Theme.LIGHT, false, Map.of("Title", "bench"), out, done -> {});
        out.last = out.count;
        return out.count;
    }
}
