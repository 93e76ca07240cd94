package org.chainmap.ui;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Counts a scene's pulses and says what made each one work: before the layout pass, the deepest parents that ask for
 * a layout (where a {@code requestLayout} started); after it, the nodes on the scene's dirty list (read by
 * reflection: the list makes the pulse walk the whole scene's bounds and synchronise the changed nodes). For the
 * latency benchmarks. Naming the causes walks the scene and builds strings in every pulse, on the JavaFX thread whose
 * time the benchmarks measure: only with {@code -Dchainmap.bench.causes=true}; otherwise it only counts.
 */
final class PulseProbe {

    private static final Field DIRTY_SIZE = field("dirtyNodesSize");
    private static final Field DIRTY = field("dirtyNodes");

    /** Pulses, pulses with a layout to do, pulses with changed nodes. */
    int pulses;

    int laidOut;
    int dirty;
    final Map<String, Integer> layoutOrigins = new TreeMap<>();
    final Map<String, Integer> dirtyNodes = new TreeMap<>();
    private final Scene scene;
    /** Whether the causes are named ({@link #causes}), at a cost to the times measured. */
    private final boolean naming = Boolean.getBoolean("chainmap.bench.causes");

    PulseProbe(Scene scene) {
        this.scene = scene;
        scene.addPreLayoutPulseListener(this::beforeLayout);
        scene.addPostLayoutPulseListener(this::afterLayout);
    }

    /** Zeroes the counts. */
    void reset() {
        pulses = 0;
        laidOut = 0;
        dirty = 0;
    }

    /** The counts as one line. */
    String counts() {
        return "pulses " + pulses + ", with a layout " + laidOut + ", with changed nodes " + dirty;
    }

    /** The most frequent origins and dirty nodes. */
    String causes() {
        if (!naming) {
            return "(causes named with -Dchainmap.bench.causes=true)";
        }
        return "layout asked by " + top(layoutOrigins) + "\n  changed nodes " + top(dirtyNodes);
    }

    /** What the animation timer drives now (each keeps the pulses coming, one a frame). */
    static String animations() {
        StringBuilder out = new StringBuilder();
        try {
            Object timer = com.sun.javafx.tk.Toolkit.getToolkit().getPrimaryTimer();
            for (String name : new String[] {"receivers", "animationTimers"}) {
                Field f = timer.getClass().getSuperclass().getDeclaredField(name);
                f.setAccessible(true);
                Object[] all = (Object[]) f.get(timer);
                out.append(name).append(':');
                for (Object o : all) {
                    if (o != null) {
                        out.append(' ').append(o.getClass().getName());
                        for (Field outer : o.getClass().getDeclaredFields()) {
                            if (outer.getName().startsWith("this$")) {
                                outer.setAccessible(true);
                                Object owner = outer.get(o);
                                out.append('(').append(owner == null ? "?" : owner.getClass().getName());
                                if (owner instanceof javafx.animation.Animation a) {
                                    out.append(' ').append(a.getStatus()).append(' ').append(a.getCycleDuration());
                                }
                                out.append(')');
                            }
                        }
                    }
                }
                out.append("; ");
            }
        } catch (ReflectiveOperationException e) {
            out.append(e);
        }
        return out.toString();
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(12)
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList()
                .toString();
    }

    private void beforeLayout() {
        pulses++;
        Parent root = scene.getRoot();
        if (root != null && root.isNeedsLayout()) {
            laidOut++;
            if (naming) {
                origins(root);
            }
        }
    }

    /** Records the deepest parents needing layout below {@code parent} (which needs it); whether any was found. */
    private boolean origins(Parent parent) {
        boolean deeper = false;
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p && p.isNeedsLayout()) {
                deeper |= origins(p);
                deeper = true;
            }
        }
        if (!deeper) {
            layoutOrigins.merge(describe(parent), 1, Integer::sum);
        }
        return true;
    }

    private void afterLayout() {
        try {
            int size = DIRTY_SIZE.getInt(scene);
            Node[] nodes = (Node[]) DIRTY.get(scene);
            if (size > 0 && nodes != null) {
                dirty++;
                for (int i = 0; naming && i < size; i++) {
                    dirtyNodes.merge(describe(nodes[i]), 1, Integer::sum);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Node node) {
        StringBuilder where = new StringBuilder(name(node));
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        return where.toString();
    }

    private static String name(Node node) {
        String style = node.getStyleClass().isEmpty() ? "" : "." + node.getStyleClass().get(0);
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + style;
    }

    private static Field field(String name) {
        try {
            Field f = Scene.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
