package org.chainmap.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.chainmap.model.RegionMap;
import org.chainmap.platform.UserFolders;

/**
 * The folder of recovery copies: unsaved work written aside now and then, so that a crash loses little.
 *
 * <p>A store is one running session's view of the folder. The session writes its copy as {@code ID.json}
 * (an ordinary map file) and then a sidecar {@code ID.properties} naming the file it is a copy of, when it
 * was written and which process wrote it; both are written whole or not at all ({@link AtomicWrite}). It
 * deletes them when the work is saved or discarded and when the application closes. A copy whose process
 * no longer runs was left by a crash: {@link #orphans()} finds it for the next start to offer.
 *
 * <p>The folder is {@value #DIR_PROPERTY} when that system property is set (tests, portable installs), else
 * the system's place for an application's state, {@link UserFolders#recovery()}.
 */
public final class RecoveryStore {

    /** The system property naming the folder of recovery copies. */
    public static final String DIR_PROPERTY = "chainmap.recovery.dir";

    private static final String COPY = ".json";
    private static final String SIDECAR = ".properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final String id;

    /** This session's store in {@code dir}; nothing is written until {@link #write} is called. */
    public RecoveryStore(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.id = "session-" + ProcessHandle.current().pid() + "-" + Integer.toHexString(RANDOM.nextInt());
    }

    /** The folder of recovery copies of this user: see the class comment. */
    public static Path defaultDir() {
        String chosen = System.getProperty(DIR_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return UserFolders.current().recovery();
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** Where this session writes its copy. */
    public Path copy() {
        return dir.resolve(id + COPY);
    }

    private Path sidecar() {
        return dir.resolve(id + SIDECAR);
    }

    /**
     * Writes {@code map} as this session's copy, replacing the one before.
     *
     * @param original the file the map was opened from or last saved to; {@code null} for none
     * @param name the name the window shows for it
     * @throws IOException if the copy cannot be written; the one before stays
     */
    public void write(RegionMap map, Path original, String name) throws IOException {
        byte[] bytes = MapWriter.toBytes(map);
        AtomicWrite.write(copy(), out -> out.write(bytes));
        writeSidecar(original, name);
    }

    private void writeSidecar(Path original, String name) throws IOException {
        Properties about = new Properties();
        if (original != null) {
            about.setProperty("file", original.toAbsolutePath().toString());
        }
        about.setProperty("name", name);
        about.setProperty("written", Instant.now().toString());
        about.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        ProcessHandle.current()
                .info()
                .startInstant()
                .ifPresent(start -> about.setProperty("started", start.toString()));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(text, StandardCharsets.UTF_8)) {
            about.store(writer, "ChainMap recovery copy: " + copy().getFileName());
        }
        AtomicWrite.write(sidecar(), out -> text.writeTo(out));
    }

    /** Deletes this session's copy, if it wrote one: the work was saved, discarded, or the application closed. */
    public void delete() throws IOException {
        Files.deleteIfExists(sidecar());
        Files.deleteIfExists(copy());
    }

    /**
     * The copies left by sessions that no longer run, newest first: work a crash kept from being saved.
     * Copies of running sessions (another window of ChainMap) and copies without their sidecar are left out.
     */
    public List<Recovery> orphans() {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> sidecars = Files.newDirectoryStream(dir, "session-*" + SIDECAR)) {
            for (Path sidecar : sidecars) {
                if (!sidecar.equals(sidecar())) {
                    read(sidecar).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            return found; // an unreadable folder has nothing to offer
        }
        found.sort(Comparator.comparing(Recovery::written).reversed());
        return found;
    }

    /** Deletes {@code orphan}: the user does not want it. */
    public void discard(Recovery orphan) throws IOException {
        Files.deleteIfExists(orphan.sidecar());
        Files.deleteIfExists(orphan.copy());
    }

    /**
     * Makes {@code orphan} this session's copy, once its map is shown again: it stays on disk until the work
     * is saved or discarded, as this session's own copy would.
     */
    public void adopt(Recovery orphan) throws IOException {
        Files.createDirectories(dir);
        AtomicWrite.moveIntoPlace(orphan.copy(), copy());
        writeSidecar(orphan.original(), orphan.name());
        Files.deleteIfExists(orphan.sidecar());
    }

    private Optional<Recovery> read(Path sidecar) {
        String base = sidecar.getFileName().toString();
        Path copy = sidecar.resolveSibling(base.substring(0, base.length() - SIDECAR.length()) + COPY);
        Properties about = new Properties();
        try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            about.load(reader);
            if (!Files.isRegularFile(copy) || running(about)) {
                return Optional.empty();
            }
            String file = about.getProperty("file");
            return Optional.of(new Recovery(
                    copy,
                    sidecar,
                    file == null ? null : Path.of(file),
                    about.getProperty("name", copy.getFileName().toString()),
                    Instant.parse(about.getProperty("written", Instant.EPOCH.toString()))));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty(); // not a sidecar ChainMap wrote
        }
    }

    /** Whether the process that wrote a sidecar still runs: the same process id, started at the same time. */
    private static boolean running(Properties about) {
        long pid = Long.parseLong(about.getProperty("pid", "-1"));
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        String started = about.getProperty("started");
        Optional<Instant> start = process.get().info().startInstant();
        return started == null || start.isEmpty() || start.get().equals(Instant.parse(started));
    }
}
