package org.chainmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DesktopTest {

    @Test
    void javasNamesOfEachDesktop() {
        assertThat(Desktop.of("Windows 11", "amd64")).contains(Desktop.WINDOWS_X64);
        assertThat(Desktop.of("Linux", "amd64")).contains(Desktop.LINUX_X64);
        assertThat(Desktop.of("Linux", "aarch64")).contains(Desktop.LINUX_AARCH64);
        assertThat(Desktop.of("Mac OS X", "x86_64")).contains(Desktop.MAC_X64);
        assertThat(Desktop.of("Mac OS X", "aarch64")).contains(Desktop.MAC_AARCH64);
    }

    @Test
    void desktopsWithoutJavaFxAreNone() {
        assertThat(Desktop.of("Windows 10", "x86")).isEmpty();
        assertThat(Desktop.of("Linux", "loongarch64")).isEmpty();
        assertThat(Desktop.of("FreeBSD", "amd64")).isEmpty();
    }
}
