package org.chainmap.cli;

import java.util.Optional;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapVersion;

/**
 * A version of a map that {@code compare} reads: a map file, or, when no file has that name,
 * <ul>
 *   <li>{@code git:REV:PATH}, the file as it was in a git revision ({@code git show REV:PATH}, run in the current
 *       folder; PATH as git takes it: from the top of the repository, or from here when it starts with {@code ./});
 *   <li>{@code backup:FILE}, the copy of the version before the last save that ChainMap keeps beside a map
 *       ({@code FILE.bak});
 *   <li>{@code recovery:FILE}, the newest recovery copy of FILE's unsaved work (from an open window, or left by a
 *       crash) in the recovery folder.
 * </ul>
 * Read as {@code validate} reads a file: a bad version's errors are printed with its name, and it gives nothing.
 */
final class MapSource {

    private MapSource() {}

    /**
     * What reading {@code spec} gave: the file's result under the name to show, or why there is no file to read.
     *
     * @param name the name its problems are shown under
     * @param result what reading gave; {@code null} when there was nothing to read
     * @param failure why there was nothing to read, in words; {@code null} when there was
     */
    record Fetched(String name, LoadResult result, String failure) {}

    /** {@code fetched}'s map; or its errors, or why it could not be read, on standard error, and nothing. */
    static Optional<LoadResult> check(Fetched fetched, Console console) {
        if (fetched.failure() != null) {
            console.err().println(fetched.failure());
            return Optional.empty();
        }
        return MapArgument.checked(fetched.name(), fetched.result(), console);
    }

    /** Checks the form of {@code spec}, before any reading. */
    static void checkForm(String spec, Console console) throws UsageException {
        if (!MapVersion.wellFormed(spec)) {
            throw new UsageException(console.text("compare.badGit", spec));
        }
    }

    /** Reads the map {@code spec} names ({@link MapVersion}), printing nothing (safe on any thread). */
    static Fetched fetch(String spec, Console console) {
        MapVersion.Read read = MapVersion.read(spec, null);
        if (read.missing() == null) {
            return new Fetched(read.name(), read.result(), null);
        }
        String key =
                switch (read.missing()) {
                    case NO_BACKUP -> "compare.noBackup";
                    case NO_RECOVERY -> "compare.noRecovery";
                    case NO_GIT -> "compare.noGit";
                    case GIT_FAILED -> "compare.gitFailed";
                };
        Object[] args = new Object[read.details().size() + 1];
        args[0] = spec;
        for (int i = 0; i < read.details().size(); i++) {
            args[i + 1] = read.details().get(i);
        }
        return new Fetched(spec, null, console.text(key, args));
    }
}
