package org.chainmap.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.platform.JavaFxNatives;
import org.chainmap.render.FxPen;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.PaintWords;
import org.chainmap.render.PngEncoder;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;
import org.chainmap.render.Words;

/**
 * The frames of {@link FrameBenchmarks} timed by the processor time the whole process spends on each (the JavaFX
 * thread's painting and the render thread's rasterising), which a loaded machine disturbs far less than the wall
 * clock, and written as PNGs to look at. {@code java -cp target/benchmarks.jar org.chainmap.bench.FrameProbe OUT
 * FRAMES ZOOM...} ({@code -Dprobe.lang=en}: English words; {@code -Dprobe.direct=true}: a pen of single pictures):
 * per zoom ({@code fit} or percent) the mean processor time (its clock ticks in hundredths of a second) and the
 * median wall time of the last two thirds of {@code FRAMES} frames, and
 * {@code OUT/frame-ZOOM.png}; a zoom written {@code 25+3} pans the view by 3 pixels each frame.
 */
public final class FrameProbe {

    /** With {@code -Dprobe.paint=true}: the painting alone is timed (the commands recorded, nothing drawn). */
    private static final boolean PAINT_ONLY = Boolean.getBoolean("probe.paint");

    private FrameProbe() {}

    /** Runs the probe: see the type's comment. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int frames = Integer.parseInt(args[1]);
        Files.createDirectories(out);
        JavaFxNatives.prepare();
        BenchFx.start();
        LargeChain chain = LargeChain.of(10_000);
        ChainGeometry geometry = chain.geometry();
        PaintWords words = Words.of(Locale.forLanguageTag(System.getProperty("probe.lang", "zh"))).paintWords();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Canvas canvas = HeadlessFx.call(() -> new Canvas(FrameBenchmarks.WIDTH, FrameBenchmarks.HEIGHT));
        FxPen g = new FxPen(canvas.getGraphicsContext2D(), !Boolean.getBoolean("probe.direct"));
        WritableImage image = new WritableImage(FrameBenchmarks.WIDTH, FrameBenchmarks.HEIGHT);
        for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
            String zoom = arg.contains("+") ? arg.substring(0, arg.indexOf('+')) : arg;
            double pan = arg.contains("+") ? Double.parseDouble(arg.substring(arg.indexOf('+') + 1)) : 0;
            Viewport base;
            if (zoom.equals("fit")) {
                base = Viewport.fit(
                        geometry.width(), geometry.height(), FrameBenchmarks.WIDTH, FrameBenchmarks.HEIGHT);
            } else {
                double scale = Double.parseDouble(zoom) / 100;
                base = new Viewport(
                        (geometry.width() - FrameBenchmarks.WIDTH / scale) / 2,
                        (geometry.height() - FrameBenchmarks.HEIGHT / scale) / 2,
                        scale,
                        FrameBenchmarks.WIDTH,
                        FrameBenchmarks.HEIGHT);
            }
            double[] cpu = new double[frames];
            double[] wall = new double[frames];
            for (int i = 0; i < frames; i++) {
                Viewport view = new Viewport(
                        base.x() + i * pan / base.scale(), base.y(), base.scale(), base.width(), base.height());
                long c0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                HeadlessFx.call(() -> {
                    chain.painter().paint(g, view, Theme.LIGHT, words);
                    return PAINT_ONLY ? null : canvas.snapshot(null, image);
                });
                wall[i] = (System.nanoTime() - w0) / 1e6;
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-8s cpu %6.1f ms  wall %6.1f ms  (%d frames, load %.1f)%n",
                    arg,
                    mean(cpu, frames / 3),
                    median(wall, frames / 3),
                    frames,
                    os.getSystemLoadAverage());
            write(image, out.resolve("frame-" + arg + ".png"));
        }
        Platform.exit();
    }

    private static double mean(double[] values, int from) {
        double sum = 0;
        for (int i = from; i < values.length; i++) {
            sum += values[i];
        }
        return sum / (values.length - from);
    }

    private static double median(double[] values, int from) {
        double[] kept = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(kept);
        return kept[kept.length / 2];
    }

    private static void write(WritableImage image, Path file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
            PngEncoder png = new PngEncoder(stream, w, h, 96, Map.of());
            byte[] row = new byte[4 * w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int argb = reader.getArgb(x, y);
                    row[4 * x] = (byte) (argb >> 16);
                    row[4 * x + 1] = (byte) (argb >> 8);
                    row[4 * x + 2] = (byte) argb;
                    row[4 * x + 3] = (byte) (argb >>> 24);
                }
                png.row(row, 0);
            }
            png.finish();
        }
    }
}
