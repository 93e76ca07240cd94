package org.chainmap.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * The character set the command line writes in: the one {@code --encoding NAME} names; else, when standard
 * output is a console, the console's own ({@code System.console().charset()}: code page 936, GBK, in a Chinese
 * Windows console, UTF-8 in a Linux terminal); else UTF-8, for files and pipes, which scripts read.
 */
final class ConsoleEncoding {

    /** The global option that names the character set. */
    static final String OPTION = "--encoding";

    private ConsoleEncoding() {}

    /**
     * The character set to write in.
     *
     * @param named the name given with {@value #OPTION}, if any
     * @param console the console's character set when the command line runs in one
     * @throws IllegalArgumentException when {@code named} is no character set this Java knows
     */
    static Charset choose(Optional<String> named, Optional<Charset> console) {
        if (named.isPresent()) {
            return forName(named.get());
        }
        return console.orElse(StandardCharsets.UTF_8);
    }

    /** The character set of a name, as Java knows it (GBK, GB18030, UTF-8, windows-1252, cp936 …). */
    static Charset forName(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** The character set of this process's console, when it has one. */
    static Optional<Charset> ofSystemConsole() {
        java.io.Console console = System.console();
        return console == null ? Optional.empty() : Optional.of(console.charset());
    }

    /** The value of the global {@value #OPTION} among the options before the command, if given. */
    static Optional<String> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(OPTION) && i + 1 < args.length) {
                return Optional.of(args[i + 1]);
            }
            if (arg.startsWith(OPTION + "=")) {
                return Optional.of(arg.substring(OPTION.length() + 1));
            }
            boolean global = arg.equals("--lang") || arg.equals(OPTION);
            if (global) {
                i++;
            } else if (!arg.startsWith("--lang=")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
