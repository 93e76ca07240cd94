package org.chainmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.chainmap.io.sheet.ImportFiles;
import org.chainmap.io.sheet.ImportOptions;
import org.chainmap.io.sheet.Importer;
import org.chainmap.io.sheet.SheetException;

/**
 * The spreadsheets of an {@code import} read on a thread of their own while the map is read on the command's
 * thread: the two reads need nothing of each other, and a machine with two cores does both in the time of the
 * longer (on the 10,000-row workbook about a fifth of the command). What the command prints and when stays as it
 * was: a map that cannot be read is reported first, and the sheets' result (or the reason they could not be read)
 * is taken only after it.
 */
final class SheetsBeside {

    private SheetsBeside() {}

    /** Starts reading {@code files}; a daemon thread, so that a command that stops early does not wait for it. */
    static FutureTask<ImportFiles> read(List<Path> files, ImportOptions options) {
        FutureTask<ImportFiles> task = new FutureTask<>(() -> Importer.read(files, options));
        Thread thread = new Thread(task, "import-sheets");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * The files read, once they are.
     *
     * @throws SheetException if they could not be read, as {@link Importer#read} says
     */
    static ImportFiles result(FutureTask<ImportFiles> task) throws SheetException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SheetException sheet) {
                throw sheet;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
