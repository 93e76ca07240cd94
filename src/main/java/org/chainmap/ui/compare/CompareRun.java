package org.chainmap.ui.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.chainmap.analysis.ChainReport;
import org.chainmap.analysis.MapGraph;
import org.chainmap.compare.AnalysedMap;
import org.chainmap.compare.ComparedMap;
import org.chainmap.compare.MapComparer;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapVersion;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.MapGaps;

/**
 * One comparison of the window: the older version read and analysed once ({@link MapVersion}, as {@code compare}
 * reads it), then compared with the map open, again after each edit: only the map open is analysed again, and not
 * even that when the window's own analysis of it is at hand. Everything here runs off the JavaFX thread.
 *
 * @param spec the version as {@link MapVersion} names it
 * @param old the older version's map, with its graph view and gap analysis
 * @param name the older version's name for the bar
 * @param date the older version's date, or an empty string
 */
record CompareRun(String spec, AnalysedMap old, String name, String date) {

    /**
     * Reads {@code spec}, git run in {@code folder}: the run, or why there is none ({@link MapVersion.Read} with
     * nothing read, or a file with errors).
     */
    static Result read(String spec, Path folder) {
        MapVersion.Read read = MapVersion.read(spec, folder);
        if (read.missing() != null) {
            return new Result(null, read);
        }
        LoadResult result = read.result();
        Optional<RegionMap> map = result.map();
        if (map.isEmpty() || !result.errors().isEmpty()) {
            return new Result(null, read);
        }
        return new Result(
                new CompareRun(spec, AnalysedMap.of(map.get()), nameOf(read.name()), dateOf(spec, read.name())), read);
    }

    /**
     * What reading gave.
     *
     * @param run the run; {@code null} when the version could not be read
     * @param read what reading gave, for the error's words
     */
    record Result(CompareRun run, MapVersion.Read read) {}

    /**
     * This version compared with {@code now}, the map open, for the views (any thread). {@code reports}, when not
     * {@code null}, is the gap analysis of {@code now} made already (the window's, {@link #reportsOf}): it is taken
     * as is; otherwise {@code now} is analysed here. The older version's analysis is the one made on reading.
     */
    Comparing.Shown compare(RegionMap now, List<ChainReport> reports, String newName) {
        AnalysedMap analysed = reports == null ? AnalysedMap.of(now) : new AnalysedMap(now, MapGraph.of(now), reports);
        return new Comparing.Shown(ComparedMap.of(MapComparer.compare(old, analysed)), name, date, newName);
    }

    /**
     * The window's analysis {@code gaps} as the gap analysis of {@code now} for {@link #compare}: its reports when
     * it is of {@code now} as it is (not of its current or target state alone), else {@code null}.
     */
    static List<ChainReport> reportsOf(MapGaps gaps, RegionMap now) {
        return gaps.map() == now && gaps.shown().orElse(null) == now ? gaps.reports() : null;
    }

    private static String nameOf(String shown) {
        if (shown.startsWith(MapVersion.GIT)) {
            return shown.substring(MapVersion.GIT.length());
        }
        Path file = Path.of(shown).getFileName();
        return file == null ? shown : file.toString();
    }

    private static String dateOf(String spec, String shown) {
        if (spec.startsWith(MapVersion.GIT)) {
            return "";
        }
        try {
            return Files.getLastModifiedTime(Path.of(shown))
                    .toInstant()
                    .atZone(ZoneId.systemDefault())
                    .toLocalDate()
                    .toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
