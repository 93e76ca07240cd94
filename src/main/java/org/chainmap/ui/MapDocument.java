package org.chainmap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.chainmap.io.FileStamp;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * The map the window shows and where it came from.
 *
 * @param map the map
 * @param file the file it was read from; {@code null} when it came from inside the application (the copy
 *     of the shipped map bundled in the jar), which is then untitled: saving it will ask for a file
 * @param name the name shown in the title bar, the file's name
 * @param problems the warnings and notes found while reading it
 * @param read the stamp of the bytes read from the file, which a save expects to find there still; {@code null}
 *     when the map was not just read from its file
 */
public record MapDocument(RegionMap map, Path file, String name, List<Problem> problems, FileStamp read) {

    /** Checks the required fields and copies the problems. */
    public MapDocument {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(name, "name");
        problems = List.copyOf(problems);
    }

    /** A map that was not just read from its file (restored, renamed, edited). */
    public MapDocument(RegionMap map, Path file, String name, List<Problem> problems) {
        this(map, file, name, problems, null);
    }

    /** Whether the map was read from the copy inside the application rather than from a file. */
    public boolean bundled() {
        return file == null;
    }
}
