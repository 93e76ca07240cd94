package org.chainmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * Reads a map file's bytes for {@link MapReader}: never more than {@link MapReader#MAX_BYTES}, whatever size the
 * file claims, each failure to read as a problem of the file; and, when asked, the stamp of the bytes read
 * ({@link FileStamp}), which a save of the map expects to find still there. A map only read, by a command that
 * never writes it back, goes without: its SHA-256 costs about 0.2 s of a core per 48 MB.
 */
final class MapFileRead {

    private static final long MAX_BYTES = MapReader.MAX_BYTES;

    private MapFileRead() {}

    /**
     * Reads the map at {@code file}, giving {@code beforeValidation} the map before it is validated; with the
     * stamp of the bytes read when {@code stamped}.
     */
    static LoadResult read(Path file, Consumer<RegionMap> beforeValidation, boolean stamped) {
        if (Files.isDirectory(file)) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.directory", file));
        }
        byte[] bytes;
        long modified;
        try (InputStream in = Files.newInputStream(file)) {
            modified = Files.getLastModifiedTime(file).toMillis();
            long claimed = Files.size(file);
            if (claimed > MAX_BYTES) {
                return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.tooLarge", claimed, MAX_BYTES));
            }
            bytes = MapInput.readAtMost(in, claimed, MAX_BYTES);
        } catch (NoSuchFileException e) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.missing"));
        } catch (AccessDeniedException e) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.denied", file));
        } catch (IOException e) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.unreadable", String.valueOf(e.getMessage())));
        }
        if (bytes.length > MAX_BYTES) {
            return LoadResult.failed(Problem.error(JsonPath.ROOT, "file.tooLong", MAX_BYTES));
        }
        if (!stamped) {
            return MapReader.read(bytes, beforeValidation);
        }
        byte[] read = bytes; // the stamp's digest is made on another core while the bytes are parsed
        CompletableFuture<FileStamp> stamp = CompletableFuture.supplyAsync(() -> FileStamp.of(modified, read));
        return MapReader.read(bytes, beforeValidation).readFrom(stamp.join());
    }
}
