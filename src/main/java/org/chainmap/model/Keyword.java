package org.chainmap.model;

import java.util.Optional;

/**
 * An enum whose constants are written in files as fixed lower-case words ({@code upstream},
 * {@code leader}, {@code verified}).
 */
public interface Keyword {

    /** The word used in files. */
    String id();

    /** The constant of {@code type} written as {@code id}, if there is one. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The words of all constants of {@code type}, in declaration order, joined with ", ". */
    static <E extends Enum<E> & Keyword> String choices(Class<E> type) {
        StringBuilder out = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(constant.id());
        }
        return out.toString();
    }
}
