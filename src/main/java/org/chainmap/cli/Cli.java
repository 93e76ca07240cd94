package org.chainmap.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.model.UserLanguage;

/**
 * The headless command line of {@code chainmap.jar}: {@code java -jar chainmap.jar [--lang zh|en] [--encoding NAME]
 * COMMAND [ARGS]}. Exit codes: 0 done, 1 bad input or failed work, 2 wrong command line.
 */
public final class Cli {

    /** The exit code of a command line that cannot be understood. */
    public static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        for (Command command : List.of(
                new ValidateCommand(),
                new InfoCommand(),
                new GapsCommand(),
                new SnapshotCommand(),
                new ReportCommand(),
                new CompareCommand(),
                new ProgressCommand(),
                new ExportCommand(),
                new SlidesCommand(),
                new ImportCommand(),
                new TemplateCommand(),
                new GenerateCommand(),
                new BenchCommand())) {
            COMMANDS.put(command.name(), command);
        }
    }

    private Cli() {}

    /**
     * Runs the command line {@code args} on standard output and error, in the console's character set or the one
     * {@code --encoding} names (UTF-8 when redirected; see {@link ConsoleEncoding}); returns the exit code.
     */
    public static int run(String[] args) {
        return run(
                args,
                new FileOutputStream(FileDescriptor.out),
                new FileOutputStream(FileDescriptor.err),
                UserLanguage.detect(),
                ConsoleEncoding.ofSystemConsole());
    }

    /**
     * Runs the command line {@code args} in {@code locale}, writing to {@code out} and {@code err} in the character
     * set {@code --encoding} names, else {@code console}'s, else UTF-8.
     */
    static int run(String[] args, OutputStream out, OutputStream err, Locale locale, Optional<Charset> console) {
        Charset charset;
        try {
            charset = ConsoleEncoding.choose(ConsoleEncoding.named(args), console);
        } catch (IllegalArgumentException e) {
            PrintStream utf8 = new PrintStream(err, true, StandardCharsets.UTF_8);
            utf8.println(new Messages(chosenLocale(args, locale)).text("usage.badEncoding", e.getMessage()));
            return USAGE;
        }
        return run(args, new PrintStream(out, true, charset), new PrintStream(err, true, charset), locale);
    }

    /** Runs the command line {@code args}, writing to {@code out} and {@code err} in {@code locale}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Locale locale) {
        List<String> rest = Arrays.asList(args);
        Locale chosen = locale;
        // The global options, before the command: --lang and --encoding (the latter read by run above).
        while (!rest.isEmpty()) {
            String option = rest.get(0);
            if (rest.size() >= 2 && option.equals("--lang")) {
                chosen = Locale.forLanguageTag(rest.get(1));
                rest = rest.subList(2, rest.size());
            } else if (option.startsWith("--lang=")) {
                chosen = Locale.forLanguageTag(option.substring("--lang=".length()));
                rest = rest.subList(1, rest.size());
            } else if (rest.size() >= 2 && option.equals(ConsoleEncoding.OPTION)) {
                rest = rest.subList(2, rest.size());
            } else if (option.startsWith(ConsoleEncoding.OPTION + "=")) {
                rest = rest.subList(1, rest.size());
            } else {
                break;
            }
        }
        Console console = new Console(out, err, new Messages(chosen));
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h")) {
            out.print(overview(console));
            return 0;
        }
        String name = rest.get(0);
        List<String> commandArgs = rest.subList(1, rest.size());
        if (name.equals("help")) {
            return help(commandArgs, console);
        }
        Command command = COMMANDS.get(name);
        if (command == null) {
            err.println(unknownCommand(name, console));
            err.println(console.text("usage.seeHelp"));
            return USAGE;
        }
        if (commandArgs.contains("--help") || commandArgs.contains("-h")) {
            out.print(usage(command, console));
            return 0;
        }
        try {
            return command.run(commandArgs, console);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(console.text(command.messageKey() + ".usage"));
            return USAGE;
        } catch (OutOfMemoryError e) {
            err.println(console.text("error.memory", name));
            return 1;
        } catch (RuntimeException e) {
            // A bug, not bad input (bad input is reported as problems): one line, and the trace on request.
            err.println(console.text("error.unexpected", name, String.valueOf(e)));
            if (System.getenv("CHAINMAP_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** The language {@code --lang} names among the global options, else {@code locale}. */
    private static Locale chosenLocale(String[] args, Locale locale) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Locale.forLanguageTag(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Locale.forLanguageTag(args[i].substring("--lang=".length()));
            }
        }
        return locale;
    }

    /**
     * Whether a lone argument names a map to open in the application rather than a command: it is not a
     * command or an option, and looks like a file name.
     */
    public static boolean isMapFileArgument(String arg) {
        return !COMMANDS.containsKey(arg)
                && !arg.equals("help")
                && !arg.startsWith("-")
                && (arg.toLowerCase(Locale.ROOT).endsWith(".json") || new java.io.File(arg).isFile());
    }

    /** The names of the commands, in the order help lists them. */
    static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    private static int help(List<String> args, Console console) {
        if (args.isEmpty()) {
            console.out().print(overview(console));
            return 0;
        }
        Command command = COMMANDS.get(args.get(0));
        if (command == null) {
            console.err().println(unknownCommand(args.get(0), console));
            return USAGE;
        }
        console.out().print(usage(command, console));
        return 0;
    }

    /** "unknown command “expor”; did you mean export?" — or without the question when nothing is close. */
    private static String unknownCommand(String name, Console console) {
        Set<String> known = new java.util.LinkedHashSet<>(COMMANDS.keySet());
        known.add("help");
        return Suggestion.nearest(name, known)
                .map(meant -> console.text("usage.unknownCommand.didYouMean", name, meant))
                .orElseGet(() -> console.text("usage.unknownCommand", name));
    }

    private static String overview(Console console) {
        StringBuilder text = new StringBuilder(console.text("help.overview"));
        TextTable table = new TextTable(false, false);
        COMMANDS.values()
                .forEach(command -> table.row("  " + command.name(), console.text(command.messageKey() + ".summary")));
        text.append(table.render()).append(console.text("help.footer"));
        return text.toString();
    }

    private static String usage(Command command, Console console) {
        return console.text(command.messageKey() + ".summary") + "\n\n" + console.text(command.messageKey() + ".usage");
    }
}
