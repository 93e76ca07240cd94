package org.chainmap.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The desktops ChainMap carries JavaFX for, each named as JavaFX's Maven classifier names its jar.
 *
 * <p>{@link #of(String, String)} tells one from Java's {@code os.name} and {@code os.arch}.
 */
public enum Desktop {
    /** Windows on x86-64. */
    WINDOWS_X64("win"),
    /** Linux on x86-64 (Debian, 统信 UOS, 麒麟 Kylin on Intel, AMD, Hygon, Zhaoxin). */
    LINUX_X64("linux"),
    /** Linux on 64-bit ARM (统信 UOS, 麒麟 Kylin on Kunpeng, Phytium). */
    LINUX_AARCH64("linux-aarch64"),
    /** macOS on Intel. */
    MAC_X64("mac"),
    /** macOS on Apple silicon. */
    MAC_AARCH64("mac-aarch64");

    private final String classifier;

    Desktop(String classifier) {
        this.classifier = classifier;
    }

    /** The name of the desktop's folder of natives in the jar, and of JavaFX's jar for it. */
    public String classifier() {
        return classifier;
    }

    /** The desktop this Java runs on, if ChainMap carries JavaFX for it. */
    public static Optional<Desktop> current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /** The desktop of an operating system and processor as Java names them, if ChainMap carries JavaFX for it. */
    public static Optional<Desktop> of(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("windows")) {
            return x64 ? Optional.of(WINDOWS_X64) : Optional.empty();
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return x64 ? Optional.of(MAC_X64) : arm64 ? Optional.of(MAC_AARCH64) : Optional.empty();
        }
        if (os.startsWith("linux")) {
            return x64 ? Optional.of(LINUX_X64) : arm64 ? Optional.of(LINUX_AARCH64) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether this is a Windows desktop. */
    public boolean isWindows() {
        return this == WINDOWS_X64;
    }

    /** Whether this is a macOS desktop. */
    public boolean isMac() {
        return this == MAC_X64 || this == MAC_AARCH64;
    }
}
