package org.chainmap.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.model.Problem;

/**
 * How a map file's bytes come in: never more than the limit, whatever the file claims, and the faults of their
 * JSON told in the user's words at their line and column, not in the parser's (no {@code StreamReadConstraints},
 * no "enable {@code JsonReadFeature}").
 */
final class MapInput {

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern LIMIT =
            Pattern.compile("^(String value|Document nesting depth|Number value|Name) length \\((\\d+)\\)"
                    + " exceeds the maximum allowed \\((\\d+)");
    private static final Pattern DEPTH =
            Pattern.compile("^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");

    private MapInput() {}

    /**
     * The bytes of {@code in}, but no more than {@code limit + 1}: one more than the limit says that there
     * was more. {@code expected}, the size the file claims, sizes the buffer so that a file read whole is
     * copied once.
     */
    static byte[] readAtMost(InputStream in, long expected, long limit) throws IOException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        byte[] buffer = new byte[expected > 0 ? (int) Math.min(expected, cap) : 1 << 13];
        int filled = 0;
        while (true) {
            if (filled == buffer.length) {
                if (filled >= cap) {
                    return buffer;
                }
                int probe = in.read();
                if (probe < 0) {
                    return buffer;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(cap, 2L * filled + 1));
                buffer[filled++] = (byte) probe;
                continue;
            }
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                return Arrays.copyOf(buffer, filled);
            }
            filled += read;
        }
    }

    /** The problem a JSON fault of {@code bytes} is, placed at its line and column. */
    static Problem problem(JsonProcessingException e, byte[] bytes) {
        Problem problem = describe(e);
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return problem;
        }
        int[] position = new TextPositions(bytes).of(location);
        return problem.at(position[0], position[1]);
    }

    private static Problem describe(JsonProcessingException e) {
        String detail = String.valueOf(e.getOriginalMessage());
        String root = JsonPath.ROOT;
        Matcher duplicate = DUPLICATE_FIELD.matcher(detail);
        if (duplicate.find()) {
            return Problem.error(root, "json.duplicateKey", duplicate.group(1));
        }
        if (e instanceof StreamConstraintsException) {
            Matcher depth = DEPTH.matcher(detail);
            if (depth.find()) {
                return Problem.error(root, "json.limit.depth", Long.parseLong(depth.group(2)));
            }
            Matcher limit = LIMIT.matcher(detail);
            if (limit.find()) {
                String what =
                        switch (limit.group(1)) {
                            case "String value" -> "json.limit.string";
                            case "Number value" -> "json.limit.number";
                            default -> "json.limit.name";
                        };
                return Problem.error(root, what, Long.parseLong(limit.group(2)), Long.parseLong(limit.group(3)));
            }
            return Problem.error(root, "json.limit", firstLine(detail.replaceAll(" \\(from `[^`]*`\\)", "")));
        }
        if (detail.startsWith("Trailing token")) {
            return Problem.error(root, "json.trailing");
        }
        Matcher nonStandard = NON_STANDARD.matcher(detail);
        if (nonStandard.find()) {
            return Problem.error(root, "json.nonStandard", nonStandard.group(1));
        }
        if (detail.contains("maybe a (non-standard) comment")) {
            return Problem.error(root, "json.comment");
        }
        if (detail.contains("numbers to have plus signs")) {
            return Problem.error(root, "json.plusSign");
        }
        if (detail.contains("Leading zeroes not allowed")) {
            return Problem.error(root, "json.leadingZero");
        }
        Matcher control = CONTROL.matcher(detail);
        if (control.find()) {
            return Problem.error(root, "json.control", Integer.parseInt(control.group(1)));
        }
        Matcher escape = ESCAPE.matcher(detail);
        if (escape.find()) {
            return Problem.error(root, "json.escape", escape.group(1));
        }
        return Problem.error(root, "json.syntax", firstLine(detail.replaceAll(": enable `[^`]*` to allow", "")));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
