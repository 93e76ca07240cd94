package org.chainmap.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.chainmap.io.FileHeldException;

/**
 * Why a file could not be written, in the user's language: the system's own words ("No space left on
 * device") are English whatever the user reads, so the common causes are told in ours, and any other in the
 * system's. The file itself is named by the message that quotes this reason.
 */
final class WriteFailure {

    private WriteFailure() {}

    /** The reason {@code failure} gives, in the words of {@code console}'s language. */
    static String reason(Exception failure, Console console) {
        if (failure instanceof FileHeldException) {
            return console.text("write.held");
        }
        String said = said(failure);
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return console.text("write.diskFull");
        }
        if (failure instanceof AccessDeniedException || lower.contains("permission denied")) {
            return console.text("write.denied");
        }
        if (lower.contains("read-only file system")) {
            return console.text("write.readOnly");
        }
        if (failure instanceof NoSuchFileException) {
            return console.text("write.noFolder");
        }
        return said;
    }

    /** The system's reason, without the path it names (the message around it names the file). */
    private static String said(Exception failure) {
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName();
    }
}
