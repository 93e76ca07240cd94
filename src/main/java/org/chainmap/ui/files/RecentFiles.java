package org.chainmap.ui.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The map files opened or saved lately, most recent first, at most {@value #LIMIT}, kept between runs in a
 * preferences node (keys {@code recent.1} … {@code recent.10}, the user's node {@value ThemePreference#NODE}
 * in the application, a node in memory in tests). Files are kept by their absolute path; a file that is
 * gone stays on the list, since it may come back (a drive plugged in again); the menu shows it greyed.
 */
final class RecentFiles {

    /** How many files the list keeps. */
    static final int LIMIT = 10;

    private static final String KEY = "recent.";

    private final Preferences node;

    /** The list kept in {@code node}. */
    RecentFiles(Preferences node) {
        this.node = node;
    }

    /** The files, most recent first. */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= LIMIT; i++) {
            String kept = node.get(KEY + i, null);
            if (kept != null) {
                try {
                    Path file = Path.of(kept);
                    if (!files.contains(file)) {
                        files.add(file);
                    }
                } catch (InvalidPathException e) {
                    // Written on another system: not a file here.
                }
            }
        }
        return files;
    }

    /** Puts {@code file} first, once; the oldest drops off past {@value #LIMIT}. */
    void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = files();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    /** Takes {@code file} off the list. */
    void remove(Path file) {
        List<Path> files = files();
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    /** Empties the list. */
    void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int i = 1; i <= LIMIT; i++) {
            if (i <= files.size()) {
                node.put(KEY + i, files.get(i - 1).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }
}
