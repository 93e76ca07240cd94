package org.chainmap.io.sheet;

import java.util.Locale;
import java.util.Objects;

/**
 * A file that is not imported at all: too large, not a spreadsheet, a zip bomb, a CSV that breaks off. Nothing
 * was read from it; {@link #reason()} says why in the user's words.
 */
public final class SheetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    /** A refusal for {@code reason}. */
    public SheetException(Message reason) {
        super(reason.key());
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A refusal for {@code reason}, caused by {@code cause}. */
    public SheetException(Message reason, Throwable cause) {
        super(reason.key(), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the file was refused. */
    public Message reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.text(Locale.ENGLISH);
    }
}
