package org.chainmap.cli;

import java.io.PrintStream;

/**
 * Where a command writes: standard output for results, standard error for problems, both in the console's
 * character set ({@link ConsoleEncoding}), and the
 * texts in the user's language.
 *
 * @param out results
 * @param err problems and diagnostics
 * @param messages texts in the user's language
 */
record Console(PrintStream out, PrintStream err, Messages messages) {

    /** The text of {@code key} in the user's language. */
    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
