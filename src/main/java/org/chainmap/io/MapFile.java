package org.chainmap.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * Saves maps so that a good file is never replaced by a broken or half-written one, nor one writer's work by
 * another's.
 *
 * <p>A save checks the map, writes its bytes to memory, reads them back and compares (naming the first field
 * that would not read back the same), and then, holding the map's {@link MapLock}: removes the temporary files
 * that writers killed before it left beside the map, refuses to go on if the file no longer holds the bytes the
 * caller read ({@link MapChangedException}), writes the bytes beside the target in a temporary file, forces them
 * to disk, copies the previous version to {@code NAME.bak}, and only then moves the new file into place in one
 * atomic step. If anything fails on the way, the target is untouched and the temporary file removed. A map
 * reached through a symbolic link is written where the link points, the link kept, the backup beside the file
 * it keeps.
 */
public final class MapFile {

    /** The suffix of the backup of the previous version: {@code hengyang.json.bak}. */
    public static final String BACKUP_SUFFIX = ".bak";

    private MapFile() {}

    /** Reads the map at {@code file}; the same as {@link MapReader#read(Path)}. */
    public static LoadResult load(Path file) {
        return MapReader.read(file);
    }

    /**
     * What a save did.
     *
     * @param file the file written: the path given, or where its symbolic link points
     * @param backup the previous version, when there was one
     * @param stamp the written file's stamp (its time, size and digest), for the next save to expect
     */
    public record Saved(Path file, Optional<Path> backup, FileStamp stamp) {}

    /** Writes a temporary file's bytes; tests put a failing one in place to stop a save in the middle. */
    interface Channels {
        /** The channel that writes the new bytes into {@code temp}, over the file's own {@code channel}. */
        WritableByteChannel wrap(Path temp, WritableByteChannel channel);
    }

    static Channels channels = (temp, channel) -> channel;

    /**
     * Saves {@code map} to {@code file} whatever the file holds now, keeping the previous version as
     * {@code file + ".bak"}: for a new file, or one the user chose to replace.
     *
     * @throws InvalidMapException if the map has errors; nothing is written
     * @throws IOException if the file cannot be written; the previous file is untouched
     */
    public static Saved save(RegionMap map, Path file) throws IOException, InvalidMapException {
        return save(map, file, null, MapLock.DEFAULT_WAIT);
    }

    /**
     * Saves {@code map} to {@code file} if the file still holds what was read from it, {@code expected}
     * (compared by digest; a file that is gone has nothing to lose), keeping the previous version as
     * {@code file + ".bak"}. Waits up to {@link MapLock#DEFAULT_WAIT} for another writer.
     *
     * @throws MapChangedException if the file changed since; nothing is written
     * @throws MapLockedException if another writer holds the file's lock; nothing is written
     * @throws InvalidMapException if the map has errors; nothing is written
     * @throws IOException if the file cannot be written; the previous file is untouched
     */
    public static Saved save(RegionMap map, Path file, FileStamp expected) throws IOException, InvalidMapException {
        return save(map, file, expected, MapLock.DEFAULT_WAIT);
    }

    /**
     * Saves {@code map} to {@code file} as {@link #save(RegionMap, Path, FileStamp)} does, waiting up to
     * {@code wait} for another writer; {@code expected} {@code null} writes whatever the file holds.
     */
    public static Saved save(RegionMap map, Path file, FileStamp expected, Duration wait)
            throws IOException, InvalidMapException {
        List<Problem> problems = MapValidator.validate(map);
        if (MapValidator.hasErrors(problems)) {
            throw new InvalidMapException(problems);
        }
        byte[] bytes = MapWriter.toBytes(map);
        Optional<String> differs = ReadBack.firstDifference(map, bytes);
        if (differs.isPresent()) {
            throw new IOException("the map would not read back as it is, at " + differs.get() + "; nothing was saved");
        }
        Path target = targetOf(file);
        if (Files.isDirectory(target)) {
            throw new IOException(file + " is a folder, not a map file; nothing was saved");
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (AccessDeniedException e) {
            throw denied(file, target, e);
        }
        try (MapLock lock = MapLock.acquire(target, wait)) {
            removeStaleTemporaries(target);
            if (expected != null && Files.exists(target) && !expected.sameBytes(target)) {
                throw new MapChangedException(file);
            }
            return write(target, bytes);
        } catch (AccessDeniedException e) {
            throw denied(file, target, e);
        }
    }

    /**
     * The file that saving {@code file} writes: the path itself, or, through symbolic links, the file they point
     * to (which need not exist yet), as an absolute path.
     */
    public static Path targetOf(Path file) throws IOException {
        Path at = file.toAbsolutePath().normalize();
        if (Files.exists(at)) {
            return at.toRealPath();
        }
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == 40) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
        }
        Path parent = at.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(at.getFileName()) : at;
    }

    private static Saved write(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            AtomicWrite.keepPermissions(target, temp);
            writeFully(temp, bytes);
            Optional<Path> backup = Optional.empty();
            if (Files.exists(target)) {
                backup = Optional.of(backUp(target));
            }
            AtomicWrite.moveIntoPlace(temp, target);
            AtomicWrite.syncDirectory(dir);
            long modified = Files.getLastModifiedTime(target).toMillis();
            return new Saved(target, backup, FileStamp.of(modified, bytes));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes the temporary files of the map and of its backup that a writer killed in the middle left behind.
     * Called under the map's lock: no other writer of this map is at work, so every one of them is stale.
     */
    private static void removeStaleTemporaries(Path target) throws IOException {
        String name = target.getFileName().toString();
        String mine = "." + name + ".";
        String backup = "." + name + BACKUP_SUFFIX + ".";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(
                target.getParent(), entry -> isTemporary(entry, mine) || isTemporary(entry, backup))) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // a folder yet to be made holds nothing
        }
    }

    /** Whether {@code entry} is named as {@link Files#createTempFile} names them: prefix, digits, {@code .tmp}. */
    private static boolean isTemporary(Path entry, String prefix) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(".tmp") || name.length() <= prefix.length() + 4) {
            return false;
        }
        String middle = name.substring(prefix.length(), name.length() - 4);
        return middle.chars().allMatch(Character::isDigit) && Files.isRegularFile(entry);
    }

    /** A permission error that names the map, not a temporary or lock file beside it. */
    private static IOException denied(Path file, Path target, AccessDeniedException e) {
        String what = target.getParent() == null || target.equals(Path.of(String.valueOf(e.getFile())))
                ? "the file is read-only"
                : "the folder " + target.getParent() + " does not allow writing in it";
        IOException named = new IOException("cannot save " + file + ": permission denied (" + what + ")");
        named.initCause(e);
        return named;
    }

    /** The backup path of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    private static void writeFully(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel =
                FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            WritableByteChannel out = channels.wrap(path, channel);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Copies {@code source} into the existing file {@code target} without holding it in memory; forces it to disk. */
    private static void copyFully(Path source, Path target) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out =
                        FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                long copied = in.transferTo(done, size - done, out);
                if (copied <= 0) {
                    break; // the file shrank while being copied: its backup is what was there
                }
                done += copied;
            }
            out.force(true);
        }
    }

    /** Copies the current file to its backup, itself through a temporary file so that it is whole too. */
    private static Path backUp(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temp = Files.createTempFile(target.getParent(), "." + backup.getFileName() + ".", ".tmp");
        try {
            AtomicWrite.keepPermissions(target, temp); // a backup is as readable as the file it keeps
            copyFully(target, temp);
            AtomicWrite.moveIntoPlace(temp, backup);
            return backup;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
