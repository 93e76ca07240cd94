package org.chainmap.io;

import java.util.List;
import java.util.Optional;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * What reading a map file gave: the map, unless an error stopped it, and every problem found, placed at
 * its line and column where the file allows.
 *
 * @param map the map; absent when any problem is an error
 * @param problems errors, warnings and notes, in file order
 */
public record LoadResult(Optional<RegionMap> map, List<Problem> problems) {

    /** Copies the problems. */
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** Whether the map could be read. */
    public boolean ok() {
        return map.isPresent();
    }

    /** The problems that stopped the map from being read. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    static LoadResult of(RegionMap map, List<Problem> problems) {
        return new LoadResult(MapValidator.hasErrors(problems) ? Optional.empty() : Optional.of(map), problems);
    }

    static LoadResult failed(Problem problem) {
        return new LoadResult(Optional.empty(), List.of(problem));
    }
}
