package org.chainmap.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.model.Problem;

/**
 * Finds the line and column of JSON paths in a file's bytes, so that a problem found in the parsed
 * document can name its place in the text.
 *
 * <p>Runs only when there are problems to place: one streaming pass over the file, keeping where the value
 * of each wanted path starts, and of its ancestors (a missing field is placed at the object that lacks it).
 */
final class SourceLocator {

    private final Map<String, int[]> found = new HashMap<>();
    private final TextPositions positions;

    private SourceLocator(byte[] bytes) {
        this.positions = new TextPositions(bytes);
    }

    /** Places each problem at its line and column, and sorts them in file order. */
    static List<Problem> place(JsonFactory factory, byte[] bytes, List<Problem> problems) {
        if (problems.isEmpty()) {
            return problems;
        }
        Set<String> paths = new LinkedHashSet<>();
        problems.forEach(problem -> paths.add(problem.path()));
        Map<String, int[]> locations = locate(factory, bytes, paths);
        List<Problem> placed = new ArrayList<>();
        for (Problem problem : problems) {
            int[] location = null;
            for (String at = problem.path(); location == null && at != null; at = JsonPath.parent(at)) {
                location = locations.get(at);
            }
            placed.add(location == null ? problem : problem.at(location[0], location[1]));
        }
        placed.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return placed;
    }

    /**
     * The line and column (1-based) of every path in {@code wanted} and of every ancestor of one; a path
     * not in the file is absent from the result.
     */
    static Map<String, int[]> locate(JsonFactory factory, byte[] bytes, Set<String> wanted) {
        Set<String> all = new java.util.HashSet<>();
        for (String path : wanted) {
            for (String at = path; at != null; at = JsonPath.parent(at)) {
                all.add(at);
            }
        }
        SourceLocator locator = new SourceLocator(bytes);
        try (JsonParser parser = factory.createParser(bytes)) {
            locator.walk(parser, all);
        } catch (IOException e) {
            // The file parsed once already; whatever was placed before a failure is still right.
        }
        return locator.found;
    }

    private void walk(JsonParser parser, Set<String> wanted) throws IOException {
        /* Each open container: its path and, for an array, the index of its next element (-1 for an object). */
        Deque<String> paths = new ArrayDeque<>();
        Deque<int[]> indices = new ArrayDeque<>();
        String fieldName = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                fieldName = parser.currentName();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                paths.pop();
                indices.pop();
                continue;
            }
            String path = valuePath(paths, indices, fieldName);
            if (wanted.contains(path)) {
                record(path, parser.currentTokenLocation());
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                paths.push(path);
                indices.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
                if (!wanted.contains(path)) {
                    parser.skipChildren();
                    paths.pop();
                    indices.pop();
                }
            }
        }
    }

    private static String valuePath(Deque<String> paths, Deque<int[]> indices, String fieldName) {
        if (paths.isEmpty()) {
            return JsonPath.ROOT;
        }
        int[] index = indices.peek();
        if (index[0] >= 0) {
            return JsonPath.element(paths.peek(), index[0]++);
        }
        return JsonPath.field(paths.peek(), fieldName);
    }

    private void record(String path, JsonLocation location) {
        found.put(path, positions.of(location));
    }
}
