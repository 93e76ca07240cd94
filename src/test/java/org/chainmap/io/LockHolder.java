package org.chainmap.io;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that takes a map's {@link MapLock} and keeps it until it is killed, for the tests of writers in
 * other processes: it prints {@code locked} once it holds the lock.
 */
public final class LockHolder {

    private LockHolder() {}

    /** Locks the map named by the first argument and waits. */
    public static void main(String[] args) throws Exception {
        MapLock lock = MapLock.acquire(Path.of(args[0]), Duration.ofSeconds(10));
        System.out.println("locked " + lock.lockFile());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
