package org.chainmap.bench;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.render.FxPen;
import org.chainmap.platform.JavaFxNatives;
import org.chainmap.render.HeadlessFx;
import org.chainmap.render.PaintWords;
import org.chainmap.render.Theme;
import org.chainmap.render.Viewport;
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
 * One frame of the chain of about 10,000 firm cards on a 1920 × 1080 canvas, at several zooms, on the JavaFX
 * thread of a headless toolkit (Monocle, software rendering: {@link HeadlessFx}).
 *
 * <p>A canvas only records what {@code ChainPainter.paint} asks for (through the canvas's {@code FxPen}, as
 * on screen); JavaFX rasterises the commands at the next pulse. {@link #frame} therefore paints and then
 * takes a snapshot into a reused image, which renders the commands there and then: the whole frame. {@link #paint} is the painting alone (the commands recorded,
 * nothing drawn). Every operation is handed to the JavaFX thread and waited for; {@link #handOff} is that
 * hand-off alone, and {@link #blankFrame} a frame with nothing but the background (hand-off, one rectangle
 * and the snapshot's fixed cost: the copy of 1920 × 1080 pixels back to the image).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class FrameBenchmarks {

    /** The canvas's width, a full-HD screen's. */
    static final int WIDTH = 1920;

    /** The canvas's height. */
    static final int HEIGHT = 1080;

    /** One step of the wheel's zoom, as the window's ({@code MapSurface.STEP}). */
    static final double NOTCH = 1.25;

    /** The headless toolkit, the canvas with its pen, and the image its snapshots go into. */
    @State(Scope.Benchmark)
    public static class Surface {
        Canvas canvas;
        FxPen g;
        WritableImage image;

        /** Starts the toolkit and makes the canvas and the image on its thread. */
        @Setup(Level.Trial)
        public void start() throws ExecutionException, InterruptedException {
            // The jar carries JavaFX's natives of every desktop; this one's go on the library path first (decision 0020).
        JavaFxNatives.prepare();
        BenchFx.start();
            System.out.println("prism.order=" + System.getProperty("prism.order") + ", glass.platform="
                    + System.getProperty("glass.platform"));
            HeadlessFx.call(() -> {
                canvas = new Canvas(WIDTH, HEIGHT);
                g = new FxPen(canvas.getGraphicsContext2D(), true);
                image = new WritableImage(WIDTH, HEIGHT);
                return null;
            });
        }

        /** Stops the toolkit, so that the benchmark's JVM can end. */
        @TearDown(Level.Trial)
        public void stop() {
            Platform.exit();
        }
    }

    /** The chain and the part of it the canvas shows. */
    @State(Scope.Benchmark)
    public static class View {
        /**
         * {@code fit}: the whole chain fitted to the canvas; else the zoom in percent, at the chain's centre. 42%
         * (where cards are drawn), 50%, 60% and 75% cover the most crowded frames, from 42% to 100%.
         */
        @Param({"fit", "100", "75", "60", "50", "42", "25", "5"})
        public String zoom;

        LargeChain chain;
        Viewport view;
        /** The frames {@link FrameBenchmarks#notch} drew so far. */
        int notches;
        PaintWords words;

        /** Finds and lays out the chain, and places the view. */
        @Setup(Level.Trial)
        public void place() {
            chain = LargeChain.of(10_000);
            ChainGeometry geometry = chain.geometry();
            if (zoom.equals("fit")) {
                view = Viewport.fit(geometry.width(), geometry.height(), WIDTH, HEIGHT);
            } else {
                double scale = Double.parseDouble(zoom) / 100;
                view = new Viewport(
                        (geometry.width() - WIDTH / scale) / 2,
                        (geometry.height() - HEIGHT / scale) / 2,
                        scale,
                        WIDTH,
                        HEIGHT);
            }
            words = Words.of(Locale.CHINESE).paintWords();
            System.out.println(chain.describe() + "; view " + view);
        }
    }

    /** The whole frame: {@code ChainPainter.paint}, then a snapshot of the canvas, which rasterises it. */
    @Benchmark
    public WritableImage frame(Surface surface, View view) throws ExecutionException, InterruptedException {
        return HeadlessFx.call(() -> {
            view.chain.painter().paint(surface.g, view.view, Theme.LIGHT, view.words);
            return surface.canvas.snapshot(null, surface.image);
        });
    }

    /**
     * Frames of a wheel zoom about the view's centre, in turn at the view's scale, one notch (×1.25) in, the view's
     * scale, one notch out: every frame is at a scale other than the frame's before, as while the wheel turns. On
     * the screen's pen such a frame draws the last picture of the same content scaled (decision 0044) once a
     * picture was made, which the trial's first two frames at the view's scale do, as a window's frame after the
     * zoom rests does; before that change, every one of these frames was drawn directly.
     */
    @Benchmark
    public WritableImage notch(Surface surface, View view) throws ExecutionException, InterruptedException {
        return HeadlessFx.call(() -> {
            Viewport base = view.view;
            if (view.notches == 0) {
                view.chain.painter().paint(surface.g, base, Theme.LIGHT, view.words);
                view.chain.painter().paint(surface.g, base, Theme.LIGHT, view.words);
            }
            int turn = view.notches++ % 4;
            double factor = turn == 1 ? FrameBenchmarks.NOTCH : turn == 3 ? 1 / FrameBenchmarks.NOTCH : 1;
            double s = base.scale() * factor;
            double cx = base.x() + WIDTH / 2.0 / base.scale();
            double cy = base.y() + HEIGHT / 2.0 / base.scale();
            Viewport zoomed = new Viewport(cx - WIDTH / 2.0 / s, cy - HEIGHT / 2.0 / s, s, WIDTH, HEIGHT);
            view.chain.painter().paint(surface.g, zoomed, Theme.LIGHT, view.words);
            return surface.canvas.snapshot(null, surface.image);
        });
    }

    /** {@code ChainPainter.paint} alone: the canvas records the commands and draws nothing yet. */
    @Benchmark
    public Canvas paint(Surface surface, View view) throws ExecutionException, InterruptedException {
        return HeadlessFx.call(() -> {
            view.chain.painter().paint(surface.g, view.view, Theme.LIGHT, view.words);
            return surface.canvas;
        });
    }

    /** The hand-off to the JavaFX thread and back, with no work: the floor of every operation here. */
    @Benchmark
    public Surface handOff(Surface surface) throws ExecutionException, InterruptedException {
        return HeadlessFx.call(() -> surface);
    }

    /** A frame of the background alone: the hand-off, one rectangle and the snapshot's fixed cost. */
    @Benchmark
    public WritableImage blankFrame(Surface surface) throws ExecutionException, InterruptedException {
        return HeadlessFx.call(() -> {
            surface.g.setFill(Theme.LIGHT.background());
            surface.g.fillRect(0, 0, WIDTH, HEIGHT);
            return surface.canvas.snapshot(null, surface.image);
        });
    }
}
