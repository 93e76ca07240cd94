package org.chainmap.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * What the start cost up to the window's first frame, written on request for {@code
 * packaging/first-frame-profile.sh}: with {@code -Dchainmap.startProfile=FILE} the application appends one line
 * to FILE when its first frame has been drawn. The line gives the wall time since the process began, the CPU
 * time of the whole process and of the JavaFX thread, and the number of classes loaded; the last three do not
 * depend on how busy the machine is; and the nodes of the window's scene, of which how many are hidden (a hidden
 * node is still styled by the first frame's CSS pass, and a control given its skin). Then a line of the hidden
 * nodes by class, the most first, and a line of the CPU seconds of its threads by kind. Without the property
 * nothing is measured and no class is loaded for it.
 */
final class StartProfile {

    /** The system property naming the file the line is appended to. */
    static final String PROPERTY = "chainmap.startProfile";

    private static final Path PROC_STAT = Path.of("/proc/self/stat");
    private static final Path PROC_UPTIME = Path.of("/proc/uptime");
    /** Linux's clock ticks per second, in which /proc gives a process's times (USER_HZ, 100 everywhere). */
    private static final double TICKS_PER_SECOND = 100.0;

    private StartProfile() {}

    /** Called on the JavaFX thread once the first frame of {@code scene} is drawn: appends the lines when asked for. */
    static void firstFrame(Scene scene) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        // Read before anything below loads classes of its own (the management beans load several hundred).
        String stat = read(PROC_STAT);
        String uptime = read(PROC_UPTIME);
        long fxCpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        Nodes nodes = new Nodes();
        if (scene != null && scene.getRoot() != null) {
            nodes.count(scene.getRoot(), true);
        }
        String line = String.format(
                Locale.ROOT,
                "first-frame wall_s=%.2f cpu_s=%.2f fx_cpu_s=%.3f classes=%d nodes=%d hidden=%d%n",
                wallSeconds(stat, uptime),
                cpuSeconds(stat),
                fxCpuNanos / 1e9,
                classes,
                nodes.all,
                nodes.hidden);
        try {
            Files.writeString(
                    Path.of(file),
                    line + nodes.hiddenByClass() + threads(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("chainmap: start profile not written to " + file + ": " + e.getMessage());
        }
    }

    /**
     * A second line: the CPU seconds of the process's threads that still run, summed by kind (the name without
     * its number: all C2 compiler threads together), the busiest first.
     */
    private static String threads() {
        Map<String, Double> byKind = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String stat = read(task.resolve("stat"));
                if (!stat.isEmpty()) {
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    byKind.merge(name.replaceAll("[#\\d]+$", "").trim(), cpuSeconds(stat), Double::sum);
                }
            }
        } catch (IOException e) {
            return "threads -" + System.lineSeparator();
        }
        StringBuilder line = new StringBuilder("threads");
        byKind.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> line.append(
                        String.format(Locale.ROOT, " %s=%.2f", e.getKey().replace(' ', '_'), e.getValue())));
        return line.append(System.lineSeparator()).toString();
    }

    /** The nodes of a scene, and those of them hidden (not visible, or under a parent that is not), by class. */
    static final class Nodes {
        int all;
        int hidden;
        private final Map<String, Integer> hiddenByClass = new TreeMap<>();

        /** Counts {@code node} and everything under it; {@code shown} when all its parents are visible. */
        void count(Node node, boolean shown) {
            boolean visible = shown && node.isVisible();
            all++;
            if (!visible) {
                hidden++;
                hiddenByClass.merge(
                        node.getClass()
                                .getName()
                                .substring(node.getClass().getName().lastIndexOf('.') + 1),
                        1,
                        Integer::sum);
            }
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    count(child, visible);
                }
            }
        }

        /** A line of the hidden nodes' classes with their counts, the most first (at most 20). */
        String hiddenByClass() {
            StringBuilder line = new StringBuilder("hidden");
            hiddenByClass.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(20)
                    .forEach(
                            e -> line.append(' ').append(e.getKey()).append('=').append(e.getValue()));
            return line.append(System.lineSeparator()).toString();
        }
    }

    /** The seconds since the process began (its start in /proc/self/stat against the system's uptime). */
    static double wallSeconds(String stat, String uptime) {
        if (stat.isEmpty() || uptime.isEmpty()) {
            return Double.NaN;
        }
        double now = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
        return now - field(stat, 22) / TICKS_PER_SECOND;
    }

    /** The CPU seconds of the whole process, user and system, from /proc/self/stat. */
    static double cpuSeconds(String stat) {
        if (stat.isEmpty()) {
            return Double.NaN;
        }
        return (field(stat, 14) + field(stat, 15)) / TICKS_PER_SECOND;
    }

    /** Field {@code n} (from 1, as proc(5) counts) of a /proc stat line, whose second field may hold spaces. */
    private static long field(String stat, int n) {
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(rest[n - 3]);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "";
        }
    }
}
