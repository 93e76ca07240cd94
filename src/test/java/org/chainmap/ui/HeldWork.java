package org.chainmap.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;

/** A background thread of the window held by a test: what it queues next waits till the latch is counted down. */
public final class HeldWork {

    private HeldWork() {}

    /** Holds {@code work}'s thread till the latch given back is counted down. */
    public static CountDownLatch hold(FxRobot robot, BackgroundWork work) {
        return hold(robot, work, "held");
    }

    /** As above, under the key {@code key}: several holds queue one behind the other. */
    public static CountDownLatch hold(FxRobot robot, BackgroundWork work, String key) {
        CountDownLatch latch = new CountDownLatch(1);
        robot.interact(() -> work.run(
                key,
                () -> {
                    try {
                        return latch.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                },
                done -> {}));
        return latch;
    }
}
