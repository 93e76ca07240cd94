package org.chainmap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a file held when ChainMap last read or wrote it: its time of last change, its size and the SHA-256
 * digest of its bytes. Held against the file on disk, it tells whether someone else changed the file
 * since: the same time and size mean the same file; a different size means a change; the same size at
 * another time (a file copied back, touched, synchronised) is a change only when the bytes differ.
 *
 * @param modifiedMillis the file's time of last change, in milliseconds since the epoch
 * @param size the file's size in bytes
 * @param digest the SHA-256 digest of its bytes, in lower-case hexadecimal
 */
public record FileStamp(long modifiedMillis, long size, String digest) {

    /** How many digests this program has made: tests hold the read-only commands to making none. */
    private static final AtomicLong DIGESTS = new AtomicLong();

    /** Checks the digest. */
    public FileStamp {
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * The stamp of {@code file} as it is now; empty when there is no such file.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static Optional<FileStamp> of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(
                    new FileStamp(attributes.lastModifiedTime().toMillis(), attributes.size(), digest(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code file} on disk still holds what this stamp describes. A file that is gone or cannot be
     * read does not.
     */
    public boolean matches(Path file) {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (now.size() != size) {
                return false;
            }
            return now.lastModifiedTime().toMillis() == modifiedMillis
                    || digest(file).equals(digest);
        } catch (IOException e) {
            return false;
        }
    }

    /** The stamp of a file that held {@code bytes} at {@code modifiedMillis}: what was read, or written. */
    public static FileStamp of(long modifiedMillis, byte[] bytes) {
        MessageDigest sha = sha256();
        sha.update(bytes);
        return new FileStamp(modifiedMillis, bytes.length, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Whether {@code file} holds the same bytes as this stamp says, by their digest whatever its time: the
     * check before a file is written over. A file that is gone or cannot be read does not.
     */
    public boolean sameBytes(Path file) {
        try {
            return Files.size(file) == size && digest(file).equals(digest);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * How many SHA-256 digests of files or of their bytes this program has made so far: what a read that keeps
     * a stamp costs, and a read-only one does not ({@link MapReader#readWithoutStamp(Path)}).
     */
    public static long digestsMade() {
        return DIGESTS.get();
    }

    private static MessageDigest sha256() {
        DIGESTS.incrementAndGet();
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String digest(Path file) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
