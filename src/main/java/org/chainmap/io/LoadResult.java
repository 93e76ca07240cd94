package org.chainmap.io;

import java.util.List;
import java.util.Optional;
import org.chainmap.model.MapValidator;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/**
 * What reading a map file gave: the map, unless an error stopped it, and every problem found, placed at
 * its line and column where the file allows; and, for a file, the stamp of the bytes read, which a save
 * expects to find still there ({@link MapFile#save(RegionMap, java.nio.file.Path, FileStamp)}).
 *
 * @param map the map; absent when any problem is an error
 * @param problems errors, warnings and notes, in file order
 * @param stamp the stamp of the bytes read, when they came from a file
 */
public record LoadResult(Optional<RegionMap> map, List<Problem> problems, Optional<FileStamp> stamp) {

    /** Copies the problems. */
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** A result that did not come from a file. */
    public LoadResult(Optional<RegionMap> map, List<Problem> problems) {
        this(map, problems, Optional.empty());
    }

    /** This result, read from a file that held {@code read}. */
    LoadResult readFrom(FileStamp read) {
        return new LoadResult(map, problems, Optional.of(read));
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
