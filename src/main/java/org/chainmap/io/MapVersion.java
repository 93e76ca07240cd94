package org.chainmap.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A version of a map to compare with: a map file, or, when no file has that name,
 * <ul>
 *   <li>{@code git:REV:PATH}, the file as it was in a git revision ({@code git show REV:PATH}, run in a given
 *       folder; PATH as git takes it: from the top of the repository, or from that folder when it starts with
 *       {@code ./});
 *   <li>{@code backup:FILE}, the copy of the version before the last save that ChainMap keeps beside a map
 *       ({@code FILE.bak});
 *   <li>{@code recovery:FILE}, the newest recovery copy of FILE's unsaved work (from an open window, or left by a
 *       crash) in the recovery folder.
 * </ul>
 * The one reader of these forms: {@code compare} on the command line and File ▸ Compare with… in the window.
 */
public final class MapVersion {

    /** The prefix of a git revision's version. */
    public static final String GIT = "git:";

    /** The prefix of a backup copy's version. */
    public static final String BACKUP = "backup:";

    /** The prefix of a recovery copy's version. */
    public static final String RECOVERY = "recovery:";

    private MapVersion() {}

    /** Why there was nothing to read; the messages take the version's spec, then {@link Read#details}. */
    public enum Missing {
        /** No backup copy: details are the copy's path. */
        NO_BACKUP,
        /** No recovery copy: details are the file and the recovery folder. */
        NO_RECOVERY,
        /** Git could not be run: details are the reason. */
        NO_GIT,
        /** Git ran and failed: details are its first line of error. */
        GIT_FAILED
    }

    /**
     * What reading a version gave: the file's result under the name to show, or why there is nothing to read.
     *
     * @param name the name its problems are shown under
     * @param result what reading gave; {@code null} when there was nothing to read
     * @param missing why there was nothing to read; {@code null} when there was
     * @param details the particulars of {@code missing}, for its message
     */
    public record Read(String name, LoadResult result, Missing missing, List<Object> details) {
        /** Copies the details. */
        public Read {
            details = List.copyOf(details);
        }
    }

    /** Whether {@code spec} is a well-formed {@code git:REV:PATH} (or no git version at all). */
    public static boolean wellFormed(String spec) {
        if (!spec.startsWith(GIT) || exists(spec)) {
            return true;
        }
        String rest = spec.substring(GIT.length());
        int colon = rest.indexOf(':');
        return colon > 0 && colon < rest.length() - 1;
    }

    /** Reads the version {@code spec} names, git run in {@code folder} ({@code null}: the current one). */
    public static Read read(String spec, Path folder) {
        if (!hasPrefix(spec) || exists(spec)) {
            return new Read(spec, MapReader.readWithoutStamp(Path.of(spec)), null, List.of());
        }
        if (spec.startsWith(BACKUP)) {
            Path backup = MapFile.backupOf(Path.of(spec.substring(BACKUP.length())));
            if (!Files.isRegularFile(backup)) {
                return new Read(spec, null, Missing.NO_BACKUP, List.of(backup));
            }
            return new Read(backup.toString(), MapReader.readWithoutStamp(backup), null, List.of());
        }
        if (spec.startsWith(RECOVERY)) {
            Path file = Path.of(spec.substring(RECOVERY.length()));
            RecoveryStore store = new RecoveryStore(RecoveryStore.defaultDir());
            List<Recovery> copies = store.copiesOf(file);
            if (copies.isEmpty()) {
                return new Read(spec, null, Missing.NO_RECOVERY, List.of(file, store.dir()));
            }
            return new Read(spec, MapReader.read(copies.get(0).copy()), null, List.of());
        }
        String rest = spec.substring(GIT.length());
        int colon = rest.indexOf(':');
        return fromGit(spec, rest.substring(0, colon), rest.substring(colon + 1), folder);
    }

    /** Whether {@code folder} lies in a git repository that git can be run on. */
    public static boolean inGit(Path folder) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--is-inside-work-tree")
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .start();
            git.getOutputStream().close();
            byte[] out = readAll(git.getInputStream(), 1 << 12);
            return git.waitFor() == 0
                    && new String(out, Charset.defaultCharset()).strip().equals("true");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    private static Read fromGit(String spec, String revision, String path, Path folder) {
        Process git;
        try {
            ProcessBuilder builder = new ProcessBuilder("git", "show", revision + ":" + path)
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            if (folder != null) {
                builder.directory(folder.toFile());
            }
            git = builder.start();
        } catch (IOException e) {
            return new Read(spec, null, Missing.NO_GIT, List.of(String.valueOf(e.getMessage())));
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
                return new Read(spec, null, Missing.GIT_FAILED, List.of(first.replaceFirst("^fatal: ", "")));
            }
            return new Read(spec, MapReader.read(bytes), null, List.of());
        } catch (IOException e) {
            return new Read(spec, null, Missing.NO_GIT, List.of(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            git.destroy();
            return new Read(spec, null, Missing.NO_GIT, List.of("interrupted"));
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
