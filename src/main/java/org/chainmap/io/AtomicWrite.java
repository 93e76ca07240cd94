package org.chainmap.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all: into a temporary file beside it, which replaces the file only when
 * everything is written. A failure, a cancel or a crash leaves the old file as it was, and no temporary
 * file behind (except after a crash, named {@code .NAME.*.tmp}).
 *
 * <p>A symbolic link is written through: its target gets the new bytes and the link stays. A target that is not
 * a regular file, such as a device ({@code /dev/stdout}, {@code /dev/full}) or a named pipe, cannot be replaced
 * and is written straight into, so a failure there (a full device) is reported, never a device turned into a file.
 */
public final class AtomicWrite {

    /** Something that writes a whole file's bytes to a stream. */
    @FunctionalInterface
    public interface Writing {
        /** Writes the file's bytes to {@code out}. */
        void to(OutputStream out) throws IOException;
    }

    private AtomicWrite() {}

    /** Writes {@code target} with what {@code writing} writes; the old file stays until it is complete. */
    public static void write(Path target, Writing writing) throws IOException {
        Path absolute = MapFile.targetOf(target);
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute), 1 << 16)) {
                writing.to(out);
            }
            return;
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            keepPermissions(absolute, temp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                writing.to(out);
            }
            moveIntoPlace(temp, absolute);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives the new file the old one's permissions, or rw-r--r-- for a new file, where the system has them. */
    static void keepPermissions(Path target, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(
                    temp,
                    Files.exists(target)
                            ? Files.getPosixFilePermissions(target)
                            : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file gets the system's defaults.
        }
    }

    /**
     * Renames {@code source} over {@code target}. When the system refuses because another program holds the
     * target (Windows: antivirus software or a sync client has it open), tries again after 50, 100, 200, 400,
     * 800 and 450 ms, about two seconds in all, then throws {@link FileHeldException}.
     */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        moveIntoPlace(source, target, AtomicWrite::move, Thread::sleep);
    }

    /** The pauses between tries of a rename refused while the target is held, in milliseconds. */
    static final long[] RETRY_PAUSES = {50, 100, 200, 400, 800, 450};

    /** One rename. */
    @FunctionalInterface
    interface Move {
        /** Renames {@code source} over {@code target}. */
        void move(Path source, Path target) throws IOException;
    }

    /** A pause of some milliseconds. */
    @FunctionalInterface
    interface Pause {
        /** Waits {@code millis} milliseconds. */
        void sleep(long millis) throws InterruptedException;
    }

    static void moveIntoPlace(Path source, Path target, Move move, Pause pause) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                move.move(source, target);
                return;
            } catch (FileSystemException e) {
                if (!held(e)) {
                    throw e;
                }
                if (attempt == RETRY_PAUSES.length) {
                    throw new FileHeldException(target.toString(), e);
                }
                try {
                    pause.sleep(RETRY_PAUSES[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Whether a refused rename looks like a file held by another program: access denied, or a failure the
     * system gives no finer kind for (Windows' "being used by another process"); not a missing file or folder.
     */
    static boolean held(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory; the rename is done, only its durability is weaker.
        }
    }
}
