package org.chainmap.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's native libraries for this desktop, out of a jar that carries every desktop's.
 *
 * <p>{@code chainmap.jar} holds the natives of each {@link Desktop} under {@code org/chainmap/natives/CLASSIFIER/}
 * and none at its root: Linux x86-64's and aarch64's have the same names (as have macOS's), so JavaFX's own
 * loader, which looks for {@code /libglass.so} at the root of the class path, could not hold both. {@link
 * #prepare} copies this desktop's folder, once per build, into the user's cache ({@link UserFolders#cache}) and puts
 * that folder first on {@code java.library.path}, which JavaFX's loader searches next when the root has
 * none. Why: {@code docs/decisions/0020-one-jar-every-desktop.md}.
 */
public final class JavaFxNatives {

    /** The folder of the natives inside the jar, one sub-folder per {@link Desktop#classifier}. */
    public static final String FOLDER = "org/chainmap/natives/";

    private static final String LIBRARY_PATH = "java.library.path";

    /** The file written into a folder once every native is in it. */
    private static final String COMPLETE = "complete";

    private JavaFxNatives() {}

    /**
     * Makes this desktop's natives findable by JavaFX when this code runs from a jar that carries them;
     * otherwise (classes from a folder, as in a developer's build, where JavaFX's own jar is on the class path)
     * does nothing. Never throws: without natives, JavaFX says so itself when a window is asked for.
     *
     * @return the folder put on the library path, if one was
     */
    public static Optional<Path> prepare() {
        try {
            Optional<Path> jar = runningJar();
            Optional<Desktop> desktop = Desktop.current();
            if (jar.isEmpty() || desktop.isEmpty()) {
                return Optional.empty();
            }
            Optional<Path> folder =
                    extract(jar.get(), desktop.get(), UserFolders.current().cache());
            folder.ifPresent(JavaFxNatives::putFirstOnLibraryPath);
            return folder;
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Copies the natives of {@code desktop} out of {@code jar} into a folder of {@code cache} named by the jar's
     * size and time, so that two builds never share a folder; a folder already complete is taken as it is,
     * without opening the jar, so that a second start costs a few file look-ups. The folder is touched, and
     * folders of other builds unused for a month are removed ({@link NativesSweep}).
     *
     * @return the folder, or empty when the jar carries no natives for the desktop
     */
    public static Optional<Path> extract(Path jar, Desktop desktop, Path cache) throws IOException {
        String build = Long.toHexString(Files.size(jar)) + "-"
                + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
        Path folder = cache.resolve("javafx").resolve(desktop.classifier() + "-" + build);
        Path complete = folder.resolve(COMPLETE);
        if (Files.isRegularFile(complete)) {
            NativesSweep.useAndSweep(folder, Instant.now());
            return Optional.of(folder);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<ZipEntry> natives = entries(zip, desktop);
            if (natives.isEmpty()) {
                return Optional.empty();
            }
            Files.createDirectories(folder);
            for (ZipEntry entry : natives) {
                Path target = folder.resolve(fileName(entry));
                if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                    continue;
                }
                Path part = Files.createTempFile(folder, fileName(entry), ".part");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    moveIntoPlace(part, target);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            Files.writeString(complete, natives.size() + " natives of " + jar.getFileName() + "\n");
            NativesSweep.useAndSweep(folder, Instant.now());
            return Optional.of(folder);
        }
    }

    /** The names of the natives {@code jar} carries for {@code desktop}, in the jar's order. */
    public static List<String> list(Path jar, Desktop desktop) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry : entries(zip, desktop)) {
                names.add(fileName(entry));
            }
            return names;
        }
    }

    private static List<ZipEntry> entries(ZipFile zip, Desktop desktop) {
        String prefix = FOLDER + desktop.classifier() + "/";
        List<ZipEntry> natives = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory()
                    && name.startsWith(prefix)
                    && name.indexOf('/', prefix.length()) < 0
                    && entry.getSize() >= 0) {
                natives.add(entry);
            }
        }
        return natives;
    }

    private static String fileName(ZipEntry entry) {
        String name = entry.getName();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Another ChainMap starting at the same moment put the same file there first (on Windows a loaded
            // library cannot be replaced): theirs is as good as ours.
            if (!Files.isRegularFile(target)) {
                throw e;
            }
        }
    }

    private static void putFirstOnLibraryPath(Path folder) {
        String current = System.getProperty(LIBRARY_PATH, "");
        String first = folder.toAbsolutePath().toString();
        System.setProperty(LIBRARY_PATH, current.isEmpty() ? first : first + File.pathSeparator + current);
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    private static Optional<Path> runningJar() {
        try {
            var source = JavaFxNatives.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
