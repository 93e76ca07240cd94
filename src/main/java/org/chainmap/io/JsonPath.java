package org.chainmap.io;

import java.util.regex.Pattern;

/**
 * JSON paths as problems name places in a file: {@code $}, {@code $.chains[0].segments[2].stage}, and
 * {@code $['odd name']} for a field whose name is not a plain identifier.
 */
final class JsonPath {

    /** The root. */
    static final String ROOT = "$";

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {}

    /** The path of field {@code name} of the object at {@code parent}. */
    static String field(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of element {@code index} of the array at {@code parent}. */
    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path one level up, or {@code null} for the root. */
    static String parent(String path) {
        if (path.equals(ROOT)) {
            return null;
        }
        int end = path.length();
        if (path.endsWith("]")) {
            int open = path.endsWith("']") ? path.lastIndexOf("['") : path.lastIndexOf('[');
            return path.substring(0, open);
        }
        return path.substring(0, path.lastIndexOf('.', end));
    }
}
