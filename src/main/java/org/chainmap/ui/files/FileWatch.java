package org.chainmap.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.chainmap.io.FileStamp;

/**
 * Notices when the open map's file is changed on disk by someone else: it keeps the file's
 * {@link FileStamp} from when the map was read or last saved, and holds it against the disk before a save
 * and when the window comes back to the front. Each change on disk is announced once.
 */
final class FileWatch {

    private Path file;
    private FileStamp stamp;
    /** The change last announced, so that coming back to the window does not ask again about it. */
    private FileStamp announced;

    /** Watches {@code watched} as it is now: just read. {@code null} watches nothing. */
    void watch(Path watched) {
        FileStamp now = null;
        if (watched != null) {
            try {
                now = FileStamp.of(watched).orElse(null);
            } catch (IOException e) {
                now = null; // unreadable now: a later check finds it changed only if it can be read then
            }
        }
        watch(watched, now);
    }

    /** Watches {@code watched}, which held {@code held} when it was read or written. */
    void watch(Path watched, FileStamp held) {
        file = watched == null ? null : watched.toAbsolutePath();
        stamp = held;
        announced = null;
    }

    /** The file watched, if any. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * What a save to {@code target} expects to find there: the watched file's stamp as read or last saved, or
     * {@code null} (whatever is there) for another file, which the user chose to write.
     */
    FileStamp expected(Path target) {
        return file != null && file.equals(target.toAbsolutePath()) ? stamp : null;
    }

    /** {@code target}, a save found, holds what it did not hold when read or saved: the change counts as announced. */
    void changed(Path target) {
        try {
            announced = FileStamp.of(target).orElse(null);
        } catch (IOException e) {
            announced = null;
        }
    }

    /** The change on disk last announced, which the user may choose to write over; {@code null} if none. */
    FileStamp announced() {
        return announced;
    }

    /**
     * Whether {@code target}, the file about to be written, is the one watched and no longer holds what it
     * held: someone else changed it. A file that is gone has nothing to lose and counts as unchanged. The
     * change counts as announced: the caller asks about it.
     */
    boolean changedOnDisk(Path target) {
        if (file == null || stamp == null || !file.equals(target.toAbsolutePath())) {
            return false;
        }
        if (!Files.exists(file) || stamp.matches(file)) {
            return false;
        }
        try {
            announced = FileStamp.of(file).orElse(null);
        } catch (IOException e) {
            announced = null;
        }
        return true;
    }

    /**
     * The change on disk not announced yet, if there is one; it counts as announced from now on. A file
     * that is gone is not announced: there is nothing to reload, and saving writes it again.
     */
    Optional<FileStamp> unannouncedChange() {
        if (file == null || stamp == null || stamp.matches(file)) {
            return Optional.empty();
        }
        Optional<FileStamp> now;
        try {
            now = FileStamp.of(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (now.isEmpty() || Objects.equals(now.get(), announced)) {
            return Optional.empty();
        }
        announced = now.get();
        return now;
    }
}
