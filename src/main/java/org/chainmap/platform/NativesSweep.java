package org.chainmap.platform;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the cache of JavaFX's natives from growing with every build ({@link JavaFxNatives} copies them into a folder
 * per build): the folder a start uses is touched, and the folders of other builds untouched for {@link #UNUSED}
 * are removed. Whether another ChainMap still runs from an old folder cannot be told on every system, so age
 * decides: a running ChainMap touched its folder when it started, and one running for a month on an old build is
 * rare; on Linux and macOS its loaded libraries stay valid when their files go, and Windows refuses to remove a
 * loaded library, which leaves that folder for a later start.
 */
final class NativesSweep {

    /** How long a folder of another build stays untouched before it is removed. */
    static final Duration UNUSED = Duration.ofDays(30);

    /** How a folder of natives is named: the desktop's classifier, the jar's size and its time, in hexadecimal. */
    private static final Pattern BUILD_FOLDER = Pattern.compile("[a-z0-9_]+(-[a-z0-9_]+)*-[0-9a-f]+-[0-9a-f]+");

    private NativesSweep() {}

    /**
     * Marks {@code folder} as used now, and removes its siblings named as folders of natives that nothing has
     * touched for {@link #UNUSED} before {@code now}. Never throws: a folder that cannot be removed stays.
     */
    static void useAndSweep(Path folder, Instant now) {
        try {
            Files.setLastModifiedTime(folder, FileTime.from(now));
        } catch (IOException e) {
            // a read-only cache: nothing to keep fresh, nothing to sweep
            return;
        }
        Instant before = now.minus(UNUSED);
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(folder.getParent())) {
            for (Path sibling : siblings) {
                if (!sibling.equals(folder)
                        && BUILD_FOLDER
                                .matcher(sibling.getFileName().toString())
                                .matches()
                        && Files.isDirectory(sibling)
                        && Files.getLastModifiedTime(sibling).toInstant().isBefore(before)) {
                    remove(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable cache is left as it is
        }
    }

    private static void remove(Path sibling) {
        try (Stream<Path> walk = Files.walk(sibling)) {
            List<Path> inside = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : inside) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // in use (Windows) or not ours to remove: the next start tries again
        }
    }
}
