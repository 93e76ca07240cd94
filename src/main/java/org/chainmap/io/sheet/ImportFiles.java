package org.chainmap.io.sheet;

import java.util.Map;

/**
 * The files of one import, read but not yet weighed against a map ({@link Importer#read}): the reading needs no
 * map, so a front end may do it while the map is read ({@link Importer#preview(org.chainmap.model.RegionMap,
 * ImportFiles)} then weighs it).
 *
 * @param source the files' names as the preview names them ({@code a.csv, b.csv})
 * @param loaded their sheets, together
 * @param mapping the meaning the user gave headers
 */
public record ImportFiles(String source, SheetFile.Loaded loaded, Map<String, String> mapping) {

    /** Copies the mapping. */
    public ImportFiles {
        mapping = Map.copyOf(mapping);
    }
}
