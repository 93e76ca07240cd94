package org.chainmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.Problem;

/**
 * The Hengyang map that ships with ChainMap, which the application opens when it is given no file: the
 * working copy {@code maps/hengyang.json} when the application runs in the project's folder, else the
 * copy bundled in the jar.
 */
public final class ShippedMap {

    /** The shipped map's file name. */
    public static final String FILE_NAME = "hengyang.json";

    /** Where the working copy is, relative to the working directory. */
    public static final Path WORKING_COPY = Path.of("maps", FILE_NAME);

    /** The class-path resource of the copy bundled in the jar. */
    public static final String RESOURCE = "/org/chainmap/maps/" + FILE_NAME;

    private ShippedMap() {}

    /** The working copy, if the working directory has one. */
    public static Optional<Path> workingCopy() {
        return Files.isRegularFile(WORKING_COPY) ? Optional.of(WORKING_COPY) : Optional.empty();
    }

    /** Reads the copy bundled in the jar; a missing or unreadable copy is reported as a problem. */
    public static LoadResult readBundled() {
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
