package org.chainmap.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.chainmap.text.Bundle;

/**
 * One thing wrong with a map, or worth noting about it: where it is and what it is.
 *
 * <p>The text is not stored but looked up by {@code key} in the resource bundle
 * {@code org/chainmap/model/problems}, so that each user reads it in their language.
 *
 * @param severity error, warning or note
 * @param key the message key in the bundle
 * @param args the message arguments; {@link Localizable} ones are translated too
 * @param path JSON path of the place in the file, such as {@code $.chains[0].segments[2].stage}
 * @param line 1-based line in the file, or 0 when not known
 * @param column 1-based column in the file, or 0 when not known
 */
public record Problem(Severity severity, String key, List<Object> args, String path, int line, int column) {

    static final String BUNDLE = "org.chainmap.model.problems";

    /** Checks the required fields and copies the arguments. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(path, "path");
        args = List.copyOf(args);
    }

    /** An error at {@code path}, its place in the file not yet known. */
    public static Problem error(String path, String key, Object... args) {
        return new Problem(Severity.ERROR, key, List.of(args), path, 0, 0);
    }

    /** A warning at {@code path}. */
    public static Problem warning(String path, String key, Object... args) {
        return new Problem(Severity.WARNING, key, List.of(args), path, 0, 0);
    }

    /** A note at {@code path}. */
    public static Problem note(String path, String key, Object... args) {
        return new Problem(Severity.NOTE, key, List.of(args), path, 0, 0);
    }

    /** This problem placed at a line and column of the file. */
    public Problem at(int newLine, int newColumn) {
        return new Problem(severity, key, args, path, newLine, newColumn);
    }

    /** Whether the map cannot be used until this is fixed. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in {@code locale}, without the place. */
    public String message(Locale locale) {
        Bundle bundle = bundle(locale);
        Object[] shown = args.stream().map(arg -> translate(bundle, arg)).toArray();
        return bundle.textOrKey(key, shown);
    }

    /** The place: "line 12, column 7, $.chains[0].name", or only the path when the line is not known. */
    public String place(Locale locale) {
        if (line <= 0) {
            return path;
        }
        return bundle(locale).textOrKey("place", line, column, path);
    }

    /** Severity, place and message on one line, as {@code validate} prints it. */
    public String describe(Locale locale) {
        String level = bundle(locale).textOrKey("severity." + severity.name().toLowerCase(Locale.ROOT));
        return level + " " + place(locale) + ": " + message(locale);
    }

    private static Bundle bundle(Locale locale) {
        return Bundle.of(BUNDLE, locale, Problem.class);
    }

    private static Object translate(Bundle bundle, Object arg) {
        return arg instanceof Localizable word ? bundle.textOrKey(word.messageKey()) : arg;
    }
}
