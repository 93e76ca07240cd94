package org.chainmap.progress;

/** The JSON of {@link ProgressMaps}' maps, for the tests of other packages. */
public final class ProgressFixtures {

    private ProgressFixtures() {}

    /** The map today, with its three snapshots. */
    public static String now() {
        return ProgressMaps.map(true, true);
    }

    /** The older version. */
    public static String old() {
        return ProgressMaps.map(false, false);
    }
}
