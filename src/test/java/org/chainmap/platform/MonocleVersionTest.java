package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The Monocle that draws headless (the tests, and {@code export} in the jar) must run on the Java ChainMap
 * targets: Monocle 21.0.2, the only release of the 21 line, is compiled for Java 21 (class files of version
 * 65) and fails on Java 17 with {@code UnsupportedClassVersionError}; decision 0020 says why 17.0.10 stays.
 */
class MonocleVersionTest {

    /** Java 17's class file version, the one {@code maven.compiler.release} makes. */
    private static final int JAVA_17 = 61;

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
}
