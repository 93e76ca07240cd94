package org.chainmap.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * Saves maps so that a good file is never replaced by a broken or half-written one.
 *
 * <p>A save checks the map, writes its bytes to memory, reads them back and compares, writes them beside
 * the target in a temporary file, forces them to disk, copies the previous version to {@code NAME.bak},
 * and only then moves the new file into place in one atomic step. If anything fails on the way, the
 * target is untouched and the temporary file removed.
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
     * Saves {@code map} to {@code file}, keeping the previous version as {@code file + ".bak"}.
     *
     * @throws InvalidMapException if the map has errors; nothing is written
     * @throws IOException if the file cannot be written; the previous file is untouched
     */
    public static void save(RegionMap map, Path file) throws IOException, InvalidMapException {
        List<Problem> problems = MapValidator.validate(map);
        if (MapValidator.hasErrors(problems)) {
            throw new InvalidMapException(problems);
        }
        byte[] bytes = MapWriter.toBytes(map);
        if (!MapReader.readBack(bytes).map(map::equals).orElse(false)) {
            throw new IOException("the written map does not read back as the same map; nothing was saved");
        }
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            AtomicWrite.keepPermissions(target, temp);
            writeFully(temp, bytes);
            if (Files.exists(target)) {
                backUp(target);
            }
            AtomicWrite.moveIntoPlace(temp, target);
            AtomicWrite.syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The backup path of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    private static void writeFully(Path path, byte[] bytes) throws IOException {
        try (FileChannel channel =
                FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
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
    private static void backUp(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temp = Files.createTempFile(target.getParent(), "." + backup.getFileName() + ".", ".tmp");
        try {
            AtomicWrite.keepPermissions(target, temp); // a backup is as readable as the file it keeps
            copyFully(target, temp);
            AtomicWrite.moveIntoPlace(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
