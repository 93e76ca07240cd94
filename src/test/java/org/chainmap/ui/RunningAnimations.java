package org.chainmap.ui;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;

/**
 * What JavaFX's animation timer drives now, read by reflection from its primary timer: each running animation or
 * animation timer makes the toolkit pulse every window at each frame, sixty times a second, for as long as it runs,
 * whoever made it. Tests that count pulses name them when they fail, and wait till they are gone.
 */
public final class RunningAnimations {

    private RunningAnimations() {}

    /**
     * One line per animation or timer the toolkit's timer drives: its class, and for an animation its status, cycle
     * duration and count and the classes of its handlers (whose names say who made it: a lambda's class is named
     * after the class it is written in). Read on the JavaFX thread.
     */
    public static List<String> now() {
        List<String> all = new ArrayList<>();
        try {
            Object timer = com.sun.javafx.tk.Toolkit.getToolkit().getPrimaryTimer();
            for (String name : new String[] {"receivers", "animationTimers"}) {
                Field field = timer.getClass().getSuperclass().getDeclaredField(name);
                field.setAccessible(true);
                for (Object receiver : (Object[]) field.get(timer)) {
                    if (receiver != null) {
                        all.add(describe(receiver));
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            all.add("(cannot read JavaFX's timer: " + e + ")");
        }
        return all;
    }

    private static String describe(Object receiver) throws IllegalAccessException {
        Object owner = outer(receiver);
        if (owner instanceof Animation animation) {
            StringBuilder out = new StringBuilder(animation.getClass().getName())
                    .append(' ')
                    .append(animation.getStatus())
                    .append(' ')
                    .append(animation.getCycleDuration())
                    .append(" ×")
                    .append(animation.getCycleCount() == Animation.INDEFINITE ? "∞" : animation.getCycleCount());
            handler(out, animation.getOnFinished());
            if (animation instanceof Timeline timeline) {
                for (KeyFrame frame : timeline.getKeyFrames()) {
                    handler(out, frame.getOnFinished());
                }
            }
            return out.toString();
        }
        return owner != null ? owner.getClass().getName() : receiver.getClass().getName();
    }

    private static void handler(StringBuilder out, EventHandler<?> handler) {
        if (handler != null) {
            out.append(" handler ").append(handler.getClass().getName());
        }
    }

    /** The instance {@code receiver} is an inner class of (an animation's or a timer's receiver), if any. */
    private static Object outer(Object receiver) throws IllegalAccessException {
        for (Class<?> type = receiver.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().startsWith("this$")) {
                    field.setAccessible(true);
                    return field.get(receiver);
                }
            }
        }
        return null;
    }
}
