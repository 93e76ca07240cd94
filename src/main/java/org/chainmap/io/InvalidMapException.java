package org.chainmap.io;

import java.util.List;
import java.util.Locale;
import org.chainmap.model.Problem;

/** Thrown when a map that breaks the format's rules is about to be written; nothing was written. */
public final class InvalidMapException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** An exception for a map with {@code problems}, at least one an error. */
    public InvalidMapException(List<Problem> problems) {
        super(problems.stream()
                .filter(Problem::isError)
                .findFirst()
                .map(problem -> problem.describe(Locale.ROOT))
                .orElse("invalid map"));
        this.problems = List.copyOf(problems);
    }

    /** The problems of the map. */
    public List<Problem> problems() {
        return problems;
    }
}
