package org.chainmap.io;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The right to write one map file, held by one writer at a time across processes: the lock file
 * {@code .NAME.json.lock} beside the map, locked by the operating system ({@link FileChannel#tryLock()}) and
 * holding its holder's process id, host and time for the messages. The system lock goes with the process that
 * held it, so a lock file left by a process that was killed is recognised as free and taken over; where the
 * file system has no locks, a lock file naming a process that no longer runs on this host is taken over.
 *
 * <p>Within one process the lock is held per thread and may be taken again by the thread that holds it (an
 * import holds it from reading the map to saving it, and {@link MapFile#save} takes it again); another thread
 * waits as another process would. Closing the lock releases it; the last release removes the lock file.
 */
public final class MapLock implements AutoCloseable {

    /** How long a writer waits for a lock held by someone else before giving up, unless told otherwise. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);

    private static final long POLL_MILLIS = 50;

    /** The locks this process holds, by lock file. */
    private static final Map<Path, MapLock> HELD = new HashMap<>();

    private final Path lockFile;
    private final Thread owner;
    private final FileChannel channel;
    private final FileLock systemLock;
    private final Holder holder;
    private int holds = 1;

    private MapLock(Path lockFile, FileChannel channel, FileLock systemLock, Holder holder) {
        this.lockFile = lockFile;
        this.owner = Thread.currentThread();
        this.channel = channel;
        this.systemLock = systemLock;
        this.holder = holder;
    }

    /** Who holds a lock: a process on a host, since a time. */
    public record Holder(long pid, String host, Instant since) {

        /** Checks the host. */
        public Holder {
            Objects.requireNonNull(host, "host");
        }

        static Holder parse(String text) {
            long pid = -1;
            String host = "?";
            Instant since = Instant.EPOCH;
            for (String line : text.split("\n")) {
                int equals = line.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String value = line.substring(equals + 1).strip();
                try {
                    switch (line.substring(0, equals).strip()) {
                        case "pid" -> pid = Long.parseLong(value);
                        case "host" -> host = value;
                        case "since" -> since = Instant.parse(value);
                        default -> {
                            // a field of a later version
                        }
                    }
                } catch (RuntimeException e) {
                    // a torn or foreign lock file: what can be read of it is shown
                }
            }
            return new Holder(pid, host, since);
        }

        String text() {
            return "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\n";
        }

        boolean alive() {
            if (!host.equals(thisHost())) {
                return true; // cannot be checked from here: assume it still writes
            }
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** The lock file of the map {@code file}: {@code .NAME.json.lock} in the same folder. */
    public static Path lockFileOf(Path file) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of the map {@code file} (give the path that is written: a link's target), waiting up to
     * {@code wait} for a holder to let go.
     *
     * @throws MapLockedException if someone else still holds it after {@code wait}
     * @throws IOException if the lock file cannot be made (such as a folder that cannot be written)
     */
    public static MapLock acquire(Path file, Duration wait) throws IOException {
        Path lockFile = lockFileOf(file);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<MapLock> taken = tryAcquire(lockFile);
            if (taken.isPresent()) {
                return taken.get();
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new MapLockedException(file, holderOf(lockFile));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MapLockedException(file, holderOf(lockFile));
            }
        }
    }

    /** Who holds this lock, as its lock file says: this process. */
    public Holder holder() {
        return holder;
    }

    /** The lock file this lock holds. */
    public Path lockFile() {
        return lockFile;
    }

    /** Releases the lock; the last release of this process removes the lock file. */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            if (holds == 0 || --holds > 0) {
                return;
            }
            HELD.remove(lockFile);
            try {
                // Removed while still locked: a writer that opened the old file sees that it is gone and retries.
                Files.deleteIfExists(lockFile);
            } finally {
                if (systemLock != null) {
                    systemLock.release();
                }
                channel.close();
            }
        }
    }

    private static Optional<MapLock> tryAcquire(Path lockFile) throws IOException {
        synchronized (HELD) {
            MapLock held = HELD.get(lockFile);
            if (held != null) {
                if (held.owner != Thread.currentThread()) {
                    return Optional.empty();
                }
                held.holds++;
                return Optional.of(held);
            }
            // The lock file is never opened and closed again by this process while it holds the lock: closing any
            // descriptor of a file drops all of a process's locks on it. Which file the path names is told by its
            // key (device and inode), read without opening it, before opening it and after locking it.
            Object before = keyOf(lockFile);
            if (before == null) {
                create(lockFile);
                before = keyOf(lockFile);
                if (before == null) {
                    return Optional.empty(); // taken and let go meanwhile: try again
                }
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                return Optional.empty(); // removed by its holder just now
            }
            boolean keep = false;
            try {
                FileLock systemLock;
                try {
                    systemLock = channel.tryLock();
                    if (systemLock == null) {
                        return Optional.empty(); // another process holds it
                    }
                } catch (OverlappingFileLockException e) {
                    return Optional.empty();
                } catch (IOException e) {
                    systemLock = null; // a file system without locks: the holder's process id decides
                    if (!staleByContent(channel)) {
                        return Optional.empty();
                    }
                }
                if (systemLock == null && !before.equals(keyOf(lockFile))) {
                    return Optional.empty();
                }
                if (systemLock != null && !before.equals(keyOf(lockFile))) {
                    // The holder removed the file as it was opened here, and another writer may have made a new
                    // one: this lock is on a file that is gone. Try again on the one that is there.
                    systemLock.release();
                    return Optional.empty();
                }
                Holder me = new Holder(ProcessHandle.current().pid(), thisHost(), Instant.now());
                write(channel, me);
                MapLock lock = new MapLock(lockFile, channel, systemLock, me);
                HELD.put(lockFile, lock);
                keep = true;
                return Optional.of(lock);
            } finally {
                if (!keep) {
                    channel.close();
                }
            }
        }
    }

    /** The key (device and inode) of the file at {@code path}, without opening it; {@code null} if none is there. */
    private static Object keyOf(Path path) throws IOException {
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Object key = attributes.fileKey();
            return key != null ? key : attributes.creationTime(); // a system without keys: the best there is
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void create(Path lockFile) throws IOException {
        try {
            Files.createFile(lockFile);
        } catch (FileAlreadyExistsException e) {
            // made by another writer meanwhile: as good
        } catch (AccessDeniedException e) {
            String map = lockFile.getFileName().toString();
            IOException named = new IOException("permission denied: the folder " + lockFile.getParent()
                    + " does not allow writing in it, so "
                    + lockFile.resolveSibling(map.substring(1, map.length() - ".lock".length()))
                    + " cannot be saved there");
            named.initCause(e);
            throw named;
        }
    }

    /** Whether a lock file without a system lock names a process that is gone (or nobody). */
    private static boolean staleByContent(FileChannel channel) throws IOException {
        String text = read(channel);
        return text.isBlank() || !Holder.parse(text).alive();
    }

    private static void write(FileChannel channel, Holder holder) throws IOException {
        channel.truncate(0);
        ByteBuffer bytes = ByteBuffer.wrap(holder.text().getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (bytes.hasRemaining()) {
            at += channel.write(bytes, at);
        }
        channel.force(false);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(512);
        long at = 0;
        while (bytes.hasRemaining()) {
            int read = channel.read(bytes, at);
            if (read < 0) {
                break;
            }
            at += read;
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    /** Who holds the lock file, as far as it says. */
    private static Holder holderOf(Path lockFile) {
        synchronized (HELD) {
            MapLock held = HELD.get(lockFile);
            if (held != null) {
                return held.holder; // another thread of this process: its file is not opened here
            }
            try {
                byte[] bytes = Files.readAllBytes(lockFile);
                return Holder.parse(new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Holder(-1, "?", Instant.EPOCH);
            }
        }
    }

    private static String thisHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
