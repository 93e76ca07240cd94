package org.chainmap.platform;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log of a user's sessions of the application: {@code chainmap-0.log} in {@link UserFolders#logs} (or the
 * folder that the system property {@value #FOLDER_PROPERTY} names), the newest first; at {@value #LIMIT} bytes
 * it is renamed {@code chainmap-1.log} and a new one begun, and only {@value #COUNT} are kept.
 *
 * <p>It is java.util.logging's {@link FileHandler} on the root logger, so that what ChainMap logs through
 * {@code System.Logger} (a recovery copy not written, an export that failed) lands there, as does an
 * unexpected error with its stack trace ({@link #logError}), which only the file receives.
 */
public final class LogFile implements AutoCloseable {

    /** The system property that names another folder for the log (the tests' own, for one). */
    public static final String FOLDER_PROPERTY = "chainmap.log.dir";

    /** The size at which the log is rotated, in bytes. */
    public static final int LIMIT = 1 << 20;

    /** How many log files are kept, the current one included. */
    public static final int COUNT = 5;

    /** The logger of unexpected errors: written to the file only, never to standard error. */
    private static final Logger ERRORS = Logger.getLogger("org.chainmap.unexpected");

    private static LogFile installed;

    private final Path current;
    private final FileHandler handler;

    private LogFile(Path current, FileHandler handler) {
        this.current = current;
        this.handler = handler;
    }

    /** The folder of the log for this user, or as {@value #FOLDER_PROPERTY} says. */
    public static Path folder() {
        String property = System.getProperty(FOLDER_PROPERTY);
        return property != null && !property.isBlank()
                ? Path.of(property)
                : UserFolders.current().logs();
    }

    /**
     * Starts the log in {@link #folder()}, once per process; later calls return the same log. Empty when the
     * folder cannot be made or written (a read-only home): the application runs on without a log.
     */
    public static synchronized Optional<LogFile> start() {
        if (installed == null) {
            installed = open(folder(), LIMIT, COUNT).orElse(null);
        }
        return Optional.ofNullable(installed);
    }

    /** The log started by {@link #start}, if one was. */
    public static synchronized Optional<LogFile> started() {
        return Optional.ofNullable(installed);
    }

    /**
     * A log in {@code folder}, rotated at {@code limit} bytes, {@code count} files kept, receiving the root
     * logger's records until {@link #close}.
     */
    public static Optional<LogFile> open(Path folder, int limit, int count) {
        try {
            Files.createDirectories(folder);
            // In a FileHandler's pattern "%" is special: the folder's own are doubled, "%g" numbers the files.
            String folderPattern = folder.toAbsolutePath().toString().replace("%", "%%");
            String pattern = folderPattern + java.io.File.separator + "chainmap-%g.log";
            FileHandler handler = new FileHandler(pattern, limit, count, true);
            handler.setEncoding(StandardCharsets.UTF_8.name());
            handler.setFormatter(new Line());
            handler.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(handler);
            ERRORS.addHandler(handler);
            ERRORS.setUseParentHandlers(false);
            return Optional.of(new LogFile(folder.toAbsolutePath().resolve("chainmap-0.log"), handler));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The file being written now. */
    public Path current() {
        return current;
    }

    /** Writes an unexpected error with its stack trace to the log files open (not to standard error). */
    public static void logError(String what, Throwable error) {
        ERRORS.log(Level.SEVERE, what, error);
    }

    /** Stops writing this log. */
    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
        ERRORS.removeHandler(handler);
        handler.close();
        synchronized (LogFile.class) {
            if (installed == this) {
                installed = null;
            }
        }
    }

    /** The stack trace of {@code error} as text, as the log and the error dialog's details show it. */
    public static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        try (PrintWriter writer = new PrintWriter(text)) {
            error.printStackTrace(writer);
        }
        return text.toString();
    }

    /** One record per line: local time, level, logger, message; a stack trace below it. */
    private static final class Line extends Formatter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder();
            line.append(TIME.format(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault())))
                    .append(' ')
                    .append(record.getLevel().getName())
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                line.append(stackTrace(record.getThrown()));
            }
            return line.toString();
        }
    }
}
