package org.chainmap.io;

import java.nio.file.FileSystemException;

/**
 * A file that could not be replaced because another program held it, still after {@link AtomicWrite} tried
 * again for about two seconds: on Windows, antivirus software scanning the file, or a sync client (OneDrive and
 * the like) uploading it, keeps it open, and a rename over it is refused until they let go.
 */
public final class FileHeldException extends FileSystemException {

    private static final long serialVersionUID = 1L;

    /** The file {@code file} held, as {@code cause} refused it the last time. */
    public FileHeldException(String file, FileSystemException cause) {
        super(file, null, cause.getReason() != null ? cause.getReason() : "held by another program");
        initCause(cause);
    }
}
