package org.chainmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapFile;
import org.chainmap.io.MapReader;
import org.chainmap.io.Recovery;
import org.chainmap.io.RecoveryStore;

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

    static final String GIT = "git:";
    static final String BACKUP = "backup:";
    static final String RECOVERY = "recovery:";

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
        if (spec.startsWith(GIT) && !exists(spec)) {
            String rest = spec.substring(GIT.length());
            int colon = rest.indexOf(':');
            if (colon <= 0 || colon == rest.length() - 1) {
                throw new UsageException(console.text("compare.badGit", spec));
            }
        }
    }

    /** Reads the map {@code spec} names, printing nothing (safe on any thread). */
    static Fetched fetch(String spec, Console console) {
        if (!hasPrefix(spec) || exists(spec)) {
            return new Fetched(spec, MapReader.read(Path.of(spec)), null);
        }
        if (spec.startsWith(BACKUP)) {
            Path backup = MapFile.backupOf(Path.of(spec.substring(BACKUP.length())));
            if (!Files.isRegularFile(backup)) {
                return new Fetched(spec, null, console.text("compare.noBackup", spec, backup));
            }
            return new Fetched(backup.toString(), MapReader.read(backup), null);
        }
        if (spec.startsWith(RECOVERY)) {
            Path file = Path.of(spec.substring(RECOVERY.length()));
            RecoveryStore store = new RecoveryStore(RecoveryStore.defaultDir());
            List<Recovery> copies = store.copiesOf(file);
            if (copies.isEmpty()) {
                return new Fetched(spec, null, console.text("compare.noRecovery", spec, file, store.dir()));
            }
            return new Fetched(spec, MapReader.read(copies.get(0).copy()), null);
        }
        String rest = spec.substring(GIT.length());
        int colon = rest.indexOf(':');
        return fromGit(spec, rest.substring(0, colon), rest.substring(colon + 1), console);
    }

    /** Whether a file is named {@code spec}: it is read as a file even if its name begins like a version. */
    private static boolean exists(String spec) {
        try {
            return Files.exists(Path.of(spec));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static boolean hasPrefix(String spec) {
        return spec.startsWith(GIT) || spec.startsWith(BACKUP) || spec.startsWith(RECOVERY);
    }

    private static Fetched fromGit(String spec, String revision, String path, Console console) {
        Process git;
        try {
            git = new ProcessBuilder("git", "show", revision + ":" + path)
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            return new Fetched(spec, null, console.text("compare.noGit", spec, e.getMessage()));
        }
        try {
            git.getOutputStream().close();
            CompletableFuture<byte[]> errors =
                    CompletableFuture.supplyAsync(() -> readAll(git.getErrorStream(), 1 << 16));
            byte[] bytes = readAll(git.getInputStream(), MapReader.MAX_BYTES + 1);
            if (bytes.length > MapReader.MAX_BYTES) {
                git.destroy();
            }
            int exit = git.waitFor();
            String message = new String(errors.join(), Charset.defaultCharset()).strip();
            if (exit != 0 && bytes.length <= MapReader.MAX_BYTES) {
                String first = message.isEmpty()
                        ? "exit " + exit
                        : message.lines().findFirst().orElse(message);
                return new Fetched(
                        spec, null, console.text("compare.gitFailed", spec, first.replaceFirst("^fatal: ", "")));
            }
            return new Fetched(spec, MapReader.read(bytes), null);
        } catch (IOException e) {
            return new Fetched(spec, null, console.text("compare.noGit", spec, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            git.destroy();
            return new Fetched(spec, null, console.text("compare.noGit", spec, "interrupted"));
        }
    }

    /** The bytes of {@code in}, no more than {@code limit}. */
    private static byte[] readAll(InputStream in, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        try (in) {
            for (int n; out.size() < limit && (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, (int) Math.min(n, limit - out.size()));
            }
        } catch (IOException e) {
            // what was read is what there is; git's exit code says whether it failed
        }
        return out.toByteArray();
    }
}
