package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.io.LoadResult;
import org.junit.jupiter.api.Test;

/**
 * The bundled Hengyang map read ahead on a thread of its own while JavaFX starts (docs/performance.md,
 * "Start-up"): the window's first read takes that result, later reads read again. The working copy
 * {@code maps/hengyang.json} is for developers' runs in the project's folder, never the installed program's.
 */
class ShippedMapTest {

    @Test
    void theMapReadAheadIsTheMapAndIsTakenOnce() {
        LoadResult fresh = ShippedMap.readBundled();
        assertThat(ShippedMap.readingAhead()).isFalse();

        ShippedMap.readAhead(true);
        assertThat(ShippedMap.readingAhead()).isTrue();
        LoadResult ahead = ShippedMap.readBundled();
        assertThat(ShippedMap.readingAhead()).as("taken by the first read").isFalse();

        assertThat(ahead.map()).isPresent();
        assertThat(ahead.map()).isEqualTo(fresh.map());
        assertThat(ahead.problems()).isEqualTo(fresh.problems());
        assertThat(ShippedMap.readBundled().map()).isEqualTo(fresh.map());
    }

    @Test
    void withAnotherFileOnlyTheReaderIsSetUp() {
        ShippedMap.readAhead(false);
        assertThat(ShippedMap.readingAhead()).isFalse();
    }

    @Test
    void theWorkingCopyIsOpenedOnlyOutsideTheInstalledProgram() {
        // The tests run in the project's folder, which has maps/hengyang.json.
        assertThat(ShippedMap.workingCopy(null)).contains(ShippedMap.WORKING_COPY);
        assertThat(ShippedMap.workingCopy("/opt/chainmap/bin/ChainMap"))
                .as("started by the installed launcher or command")
                .isEmpty();
    }
}
