package org.chainmap.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of the files {@code export --all} writes into a folder, one per chain and {@code panorama}, distinct on
 * every file system. A chain whose id is a safe file name keeps it ({@code power.png}): ASCII letters, digits,
 * {@code .}, {@code _} and {@code -}, not starting with {@code .} or {@code -}, not a device name of Windows
 * ({@code CON}, {@code NUL}, {@code COM1}… also before an extension), and different, ignoring case, from
 * {@code panorama} and from the chains before it. Any other id gets its unsafe characters as {@code _} and
 * {@code ~} with the first 8 hex digits of the SHA-256 of the id ({@code a:b} → {@code a_b~1f0c3e5a}), which no safe
 * name has, so the name depends on the id alone and two ids differing only in case or in unsafe characters get
 * two files.
 */
final class OutputNames {

    /** The stem of the panorama's file. */
    static final String PANORAMA = "panorama";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private static final Pattern DEVICE =
            Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\\$|conout\\$)", Pattern.CASE_INSENSITIVE);

    private OutputNames() {}

    /** The file name without extension of each chain in {@code ids}, in their order. */
    static Map<String, String> stems(List<String> ids) {
        Set<String> taken = new HashSet<>();
        taken.add(PANORAMA);
        Map<String, String> stems = new LinkedHashMap<>();
        for (String id : ids) {
            String stem = id;
            if (!safe(id) || !taken.add(key(id))) {
                stem = id.replaceAll("[^A-Za-z0-9._-]", "_") + "~" + digest(id);
                for (int n = 2; !taken.add(key(stem)); n++) {
                    stem = id.replaceAll("[^A-Za-z0-9._-]", "_") + "~" + digest(id) + "~" + n;
                }
            }
            stems.put(id, stem);
        }
        return stems;
    }

    /** Whether {@code id} is a file name on every system as it is. */
    static boolean safe(String id) {
        if (!SAFE.matcher(id).matches()) {
            return false;
        }
        int dot = id.indexOf('.');
        return !DEVICE.matcher(dot < 0 ? id : id.substring(0, dot)).matches();
    }

    /**
     * What names one file wherever file systems ignore case or compose accents (Windows, macOS): the absolute
     * path, normalised, composed and in lower case.
     */
    static String key(Path path) {
        return key(path.toAbsolutePath().normalize().toString());
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
