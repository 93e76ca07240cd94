package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Monocle that draws headless (the tests, and {@code export} in the jar) is of the JavaFX line it runs with,
 * runs on the Java ChainMap targets, and implements everything that JavaFX asks of a platform. Monocle 21.0.2's
 * own jar is compiled for Java 21 (class files of version 65) and, like 17.0.10's, lacks
 * {@code Application._showDocument}, abstract since JavaFX 21.0.x; the build compiles its sources for Java 17
 * and adds that method (decision 0020).
 */
class MonocleVersionTest {

    /** Java 17's class file version, the one {@code maven.compiler.release} makes. */
    private static final int JAVA_17 = 61;

    private static final String MONOCLE = "com.sun.glass.ui.monocle.";

    @Test
    void monocleRunsOnTheJavaWeTarget() throws IOException {
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream("com/sun/glass/ui/monocle/MonoclePlatformFactory.class")) {
            assertThat(in).isNotNull();
            byte[] head = in.readNBytes(8);
            int major = (head[6] & 0xff) << 8 | (head[7] & 0xff);
            assertThat(major).isLessThanOrEqualTo(JAVA_17);
        }
    }

    @Test
    void monocleIsOfTheJavaFxLineItRunsWith() throws IOException {
        Properties monocle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/chainmap/build.properties")) {
            assertThat(in).as("build.properties, written by the build").isNotNull();
            monocle.load(in);
        }
        String javaFx = System.getProperty("javafx.runtime.version", javaFxVersion());
        assertThat(major(monocle.getProperty("monocle"))).isEqualTo(major(javaFx));
    }

    @Test
    void monocleImplementsEveryAbstractMethodOfJavaFxsGlass() throws ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        for (String name : List.of(
                "MonocleApplication",
                "MonocleWindow",
                "MonocleView",
                "MonocleCursor",
                "MonocleRobot",
                "MonocleTimer",
                "MonoclePixels",
                "MonoclePlatformFactory")) {
            Class<?> type = Class.forName(MONOCLE + name, false, getClass().getClassLoader());
            assertThat(Modifier.isAbstract(type.getModifiers())).isFalse();
            missing.addAll(unimplemented(type));
        }
        assertThat(missing).isEmpty();
    }

    /** The abstract methods of {@code type}'s superclasses that no class from {@code type} up implements. */
    private static List<String> unimplemented(Class<?> type) {
        List<String> missing = new ArrayList<>();
        for (Class<?> up = type.getSuperclass(); up != null; up = up.getSuperclass()) {
            for (Method method : up.getDeclaredMethods()) {
                if (Modifier.isAbstract(method.getModifiers()) && !implemented(type, method)) {
                    missing.add(type.getSimpleName() + " lacks " + up.getSimpleName() + "." + method.getName()
                            + Arrays.toString(method.getParameterTypes()));
                }
            }
        }
        return missing;
    }

    private static boolean implemented(Class<?> type, Method method) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Method found = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!Modifier.isAbstract(found.getModifiers())) {
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // not declared here: look further up
            }
        }
        return false;
    }

    /** JavaFX's version from its own class (no toolkit needed). */
    private static String javaFxVersion() {
        try {
            Class<?> info = Class.forName("com.sun.javafx.runtime.VersionInfo");
            return (String) info.getMethod("getRuntimeVersion").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("JavaFX's VersionInfo", e);
        }
    }

    private static String major(String version) {
        return version.split("[.+-]")[0];
    }
}
