package org.chainmap.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a user's files that are not documents go, as each desktop expects: the log, the recovery copies and
 * the cache.
 *
 * <ul>
 *   <li>Windows: {@code %LOCALAPPDATA%\ChainMap\logs}, {@code ...\recovery} and {@code ...\cache} (without
 *       {@code LOCALAPPDATA}, {@code AppData\Local} in the home folder);
 *   <li>macOS: {@code ~/Library/Logs/ChainMap}, {@code ~/Library/Application Support/ChainMap/recovery} and
 *       {@code ~/Library/Caches/ChainMap};
 *   <li>Linux and others: {@code $XDG_STATE_HOME/chainmap/logs} and {@code .../recovery} (default {@code
 *       ~/.local/state}) and {@code $XDG_CACHE_HOME/chainmap} (default {@code ~/.cache}), as the XDG base
 *       directory rules say.
 * </ul>
 *
 * <p>The environment and the home folder are passed in, so that each desktop's answer can be checked on any.
 *
 * @param osName Java's {@code os.name}
 * @param home the user's home folder
 * @param environment the environment variables
 */
public record UserFolders(String osName, Path home, Map<String, String> environment) {

    /** The folders of the user running this Java. */
    public static UserFolders current() {
        return new UserFolders(
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")), System.getenv());
    }

    /** The folder of ChainMap's log files. */
    public Path logs() {
        if (windows()) {
            return localAppData().resolve("ChainMap").resolve("logs");
        }
        if (mac()) {
            return home.resolve("Library").resolve("Logs").resolve("ChainMap");
        }
        return xdg("XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                .resolve("chainmap")
                .resolve("logs");
    }

    /** The folder of the copies of unsaved work that a crash leaves for the next start to offer. */
    public Path recovery() {
        if (windows()) {
            return localAppData().resolve("ChainMap").resolve("recovery");
        }
        if (mac()) {
            return home.resolve("Library")
                    .resolve("Application Support")
                    .resolve("ChainMap")
                    .resolve("recovery");
        }
        return xdg("XDG_STATE_HOME", home.resolve(".local").resolve("state"))
                .resolve("chainmap")
                .resolve("recovery");
    }

    /** The folder of ChainMap's cache: what it can make again, such as JavaFX's natives taken out of the jar. */
    public Path cache() {
        if (windows()) {
            return localAppData().resolve("ChainMap").resolve("cache");
        }
        if (mac()) {
            return home.resolve("Library").resolve("Caches").resolve("ChainMap");
        }
        return xdg("XDG_CACHE_HOME", home.resolve(".cache")).resolve("chainmap");
    }

    private boolean windows() {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private boolean mac() {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.startsWith("mac") || os.startsWith("darwin");
    }

    private Path localAppData() {
        String value = environment.get("LOCALAPPDATA");
        return value != null && !value.isBlank()
                ? Path.of(value)
                : home.resolve("AppData").resolve("Local");
    }

    /** An XDG folder: the variable's value when it is an absolute path (the rules ignore a relative one). */
    private Path xdg(String variable, Path fallback) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            Path path = Path.of(value);
            if (path.isAbsolute()) {
                return path;
            }
        }
        return fallback;
    }
}
