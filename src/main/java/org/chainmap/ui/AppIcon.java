package org.chainmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * ChainMap's icon as a window icon: the sizes drawn by {@code packaging/icon/IconGenerator.java}, shipped in
 * {@code org/chainmap/icons}, from which the window system picks the one it needs (title bar, task bar,
 * switcher).
 */
public final class AppIcon {

    /** The sizes shipped in the jar, in pixels. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcon() {}

    /** The icon at every shipped size; a size missing from the class path is left out. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("/org/chainmap/icons/chainmap-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (IOException e) {
                // A damaged icon leaves the window with the system's default icon, nothing worse.
            }
        }
        return images;
    }

    /** Gives {@code stage} the icon, unless it has one already. */
    public static void addTo(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().addAll(images());
        }
    }

    /**
     * Starts decoding the icon on a thread of its own, for {@link #addTo(Stage, CompletableFuture)}: the seven
     * PNGs cost the JavaFX thread some 30 ms of a start before the window's first frame (docs/performance.md,
     * "Start-up"), time it can spend building the window meanwhile. JavaFX must be running.
     */
    static CompletableFuture<List<Image>> decodeAhead() {
        return CompletableFuture.supplyAsync(AppIcon::images, BackgroundWork.once("chainmap-icon"));
    }

    /** Gives {@code stage} the icon decoded ahead (decoded here if that failed), unless it has one already. */
    static void addTo(Stage stage, CompletableFuture<List<Image>> decoded) {
        if (stage.getIcons().isEmpty()) {
            List<Image> icons;
            try {
                icons = decoded.join();
            } catch (CompletionException e) {
                icons = images();
            }
            stage.getIcons().addAll(icons);
        }
    }
}
