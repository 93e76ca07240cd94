package org.chainmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.Problem;

/**
 * The Hengyang map that ships with ChainMap, which the application opens when it is given no file: the
 * working copy {@code maps/hengyang.json} when a developer runs the jar in the project's folder, else the
 * copy bundled in the jar. The installed program (started by jpackage's launcher or the {@code chainmap}
 * command, which set {@value #APP_PATH_PROPERTY}) always opens the bundled copy, whatever folder it starts in.
 */
public final class ShippedMap {

    /** The shipped map's file name. */
    public static final String FILE_NAME = "hengyang.json";

    /** Where the working copy is, relative to the working directory. */
    public static final Path WORKING_COPY = Path.of("maps", FILE_NAME);

    /**
     * The system property that jpackage's launchers, and the installed {@code chainmap} command with their options
     * (decision 0052), set to the launcher's path: present only in the installed program.
     */
    static final String APP_PATH_PROPERTY = "jpackage.app-path";

    /** The class-path resource of the copy bundled in the jar. */
    public static final String RESOURCE = "/org/chainmap/maps/" + FILE_NAME;

    /** The bundled copy being read on a thread of its own since the window showed ({@link #readAhead}), till taken. */
    private static CompletableFuture<LoadResult> ahead;

    private ShippedMap() {}

    /**
     * Starts reading the bundled copy on a thread of its own, for the window's start with no file named: the map
     * is read, and the JSON reader set up (Jackson's first use costs some 10 ms of class initialisation), while
     * the window's first frame is drawn, not on the JavaFX thread after it (docs/performance.md, "Start-up"). The
     * next {@link #readBundled} takes the result. With {@code bundled} false (the working copy or a file is opened
     * instead) only the reader is set up.
     */
    static synchronized void readAhead(boolean bundled) {
        Executor reading = BackgroundWork.once("chainmap-shipped-map");
        if (bundled) {
            ahead = CompletableFuture.supplyAsync(ShippedMap::readNow, reading);
        } else {
            CompletableFuture.runAsync(MapReader::warmUp, reading);
        }
    }

    /** Whether a read ahead of the bundled copy waits to be taken (tests). */
    static synchronized boolean readingAhead() {
        return ahead != null;
    }

    /**
     * The working copy, if the working directory has one and the program is not the installed one: a folder a user
     * starts the installed program in may hold a {@code maps/hengyang.json} of its own, which is not the map the
     * program ships.
     */
    public static Optional<Path> workingCopy() {
        return workingCopy(System.getProperty(APP_PATH_PROPERTY));
    }

    /** The working copy for a program whose launcher is {@code appPath} ({@code null}: not installed). */
    static Optional<Path> workingCopy(String appPath) {
        if (appPath != null) {
            return Optional.empty();
        }
        return Files.isRegularFile(WORKING_COPY) ? Optional.of(WORKING_COPY) : Optional.empty();
    }

    /**
     * Reads the copy bundled in the jar, or takes what {@link #readAhead} read; a missing or unreadable copy is
     * reported as a problem.
     */
    public static LoadResult readBundled() {
        CompletableFuture<LoadResult> read;
        synchronized (ShippedMap.class) {
            read = ahead;
            ahead = null;
        }
        if (read != null) {
            try {
                return read.join();
            } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
                // Read again here, which reports what is wrong.
            }
        }
        return readNow();
    }

    private static LoadResult readNow() {
        try (InputStream in = ShippedMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return failed(Problem.error("$", "file.missing"));
            }
            return MapReader.read(in.readAllBytes());
        } catch (IOException e) {
            return failed(Problem.error("$", "file.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static LoadResult failed(Problem problem) {
        return new LoadResult(Optional.empty(), List.of(problem));
    }
}
