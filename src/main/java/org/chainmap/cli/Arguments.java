package org.chainmap.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of one command: positional arguments, options with a value
 * ({@code --format json} or {@code --format=json}) and flags ({@code --help}); {@code --} ends the options.
 */
final class Arguments {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, List<String>> repeated = new HashMap<>();
    private final Messages messages;

    private Arguments(Messages messages) {
        this.messages = messages;
    }

    /**
     * Parses {@code args}, knowing which options take a value and which are flags.
     *
     * @throws UsageException on an unknown option, a missing value, or an option given twice
     */
    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions, Messages messages)
            throws UsageException {
        return parse(args, valueOptions, Set.of(), flagOptions, messages);
    }

    /**
     * Parses {@code args} as {@link #parse(List, Set, Set, Messages)} does, where each of {@code
     * repeatableOptions} takes a value and may be given any number of times ({@link #all}).
     */
    static Arguments parse(
            List<String> args,
            Set<String> valueOptions,
            Set<String> repeatableOptions,
            Set<String> flagOptions,
            Messages messages)
            throws UsageException {
        Arguments parsed = new Arguments(messages);
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                parsed.positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (name.equals("-h")) {
                name = "--help";
            }
            if (flagOptions.contains(name) && equals < 0) {
                parsed.flags.add(name);
            } else if (repeatableOptions.contains(name)) {
                if (equals < 0 && i + 1 >= args.size()) {
                    throw new UsageException(messages.text("usage.missingValue", name));
                }
                String value = equals >= 0 ? arg.substring(equals + 1) : args.get(++i);
                parsed.repeated.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } else if (valueOptions.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size()) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(messages.text("usage.missingValue", name));
                }
                if (parsed.values.putIfAbsent(name, value) != null) {
                    throw new UsageException(messages.text("usage.repeated", name));
                }
            } else {
                Set<String> known = new java.util.TreeSet<>(valueOptions);
                known.addAll(repeatableOptions);
                known.addAll(flagOptions);
                String unknown = arg;
                throw new UsageException(Suggestion.nearest(name, known)
                        .map(meant -> messages.text("usage.unknownOption.didYouMean", unknown, meant))
                        .orElseGet(() -> messages.text("usage.unknownOption", unknown)));
            }
        }
        return parsed;
    }

    /** Every value of a repeatable option, in the order given, each split at commas; empty when not given. */
    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (String value : repeated.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    /** Every value of a repeatable option, in the order given, as given; empty when not given. */
    List<String> every(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    /** Whether the flag was given. */
    boolean flag(String name) {
        return flags.contains(name);
    }

    /** The option's value, one of {@code allowed}; {@code fallback} when the option was not given. */
    String choice(String name, String fallback, String... allowed) throws UsageException {
        String value = values.getOrDefault(name, fallback);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new UsageException(messages.text("usage.badChoice", name, value, String.join(", ", allowed)));
    }

    /** The option's value, or {@code fallback} when it was not given. */
    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The value of an option that must be given. */
    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(messages.text("usage.missingOption", name));
        }
        return value;
    }

    /** The option's value as a whole number in {@code [min, max]}; {@code fallback} when not given. */
    long number(String name, long fallback, long min, long max) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw new UsageException(messages.text("usage.badNumber", name, value, min, max));
    }

    /** The option's value as a number in {@code [min, max]}; {@code fallback} when not given. */
    double decimal(String name, double fallback, double min, double max) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            double number = Double.parseDouble(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw new UsageException(messages.text("usage.badNumber", name, value, min, max));
    }

    /** The positional arguments, checked to be at least {@code min}; {@code what} names them in messages. */
    List<String> positionals(int min, String what) throws UsageException {
        if (positionals.size() < min) {
            throw new UsageException(messages.text("usage.missingArgument", what));
        }
        return List.copyOf(positionals);
    }

    /** Checks that there are no positional arguments. */
    void none() throws UsageException {
        if (!positionals.isEmpty()) {
            throw new UsageException(messages.text("usage.extraArgument", positionals.get(0)));
        }
    }

    /** The only positional argument. */
    String single(String what) throws UsageException {
        List<String> given = positionals(1, what);
        if (given.size() > 1) {
            throw new UsageException(messages.text("usage.extraArgument", given.get(1)));
        }
        return given.get(0);
    }
}
