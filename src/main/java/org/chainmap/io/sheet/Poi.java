package org.chainmap.io.sheet;

/**
 * Apache POI set up for ChainMap: it logs through Log4j's API, which without a logging provider (ChainMap ships
 * none) would print an error about the missing provider on standard error at the first workbook. The status
 * logger is silenced unless the user set its level.
 */
public final class Poi {

    private static final String STATUS_LEVEL = "log4j2.statusLoggerLevel";

    private Poi() {}

    /** Call before the first use of POI. */
    public static void quiet() {
        if (System.getProperty(STATUS_LEVEL) == null) {
            System.setProperty(STATUS_LEVEL, "OFF");
        }
    }
}
