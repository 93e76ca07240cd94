package org.chainmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One run of the command line in this JVM: its exit code and what it printed.
 *
 * @param code the exit code
 * @param bytes what went to standard output, as bytes
 * @param err what went to standard error
 */
record CliRun(int code, byte[] bytes, String err) {

    /** What went to standard output, as text. */
    String out() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs {@code args} in {@code locale}. */
    static CliRun of(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                locale);
        return new CliRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code args} in English. */
    static CliRun of(String... args) {
        return of(Locale.ENGLISH, args);
    }
}
