package org.chainmap.cli;

/** A wrong command line: the message says what is wrong, and the command exits with code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
