package org.chainmap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StartProfileTest {

    /** A line of /proc/PID/stat whose command name holds a space and a parenthesis, as a thread's may. */
    private static final String STAT = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 51234 0 12 0 "
            + "734 121 0 0 20 0 31 0 1500 7354851328 61234 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0";

    @Test
    void cpuSecondsAddUserAndSystemTicks() {
        assertEquals(8.55, StartProfile.cpuSeconds(STAT), 1e-9);
    }

    @Test
    void wallSecondsCountFromTheProcessStart() {
        // Started 1500 ticks (15.00 s) after boot; the system has been up 17.25 s.
        assertEquals(2.25, StartProfile.wallSeconds(STAT, "17.25 30.00\n"), 1e-9);
    }

    @Test
    void withoutProcNothingIsMade() {
        assertEquals(Double.NaN, StartProfile.cpuSeconds(""));
        assertEquals(Double.NaN, StartProfile.wallSeconds("", ""));
    }
}
