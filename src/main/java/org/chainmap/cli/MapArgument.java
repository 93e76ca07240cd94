package org.chainmap.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.Problem;
import org.chainmap.model.RegionMap;

/** The map file a command works on: read, or its errors reported on standard error. */
final class MapArgument {

    private MapArgument() {}

    /**
     * Reads {@code file}, for a command that only reads it: without the file's stamp
     * ({@link MapReader#readWithoutStamp(Path)}). When it has errors, prints each (with the file's name and the
     * problem's place) and a summary on standard error, and gives nothing.
     */
    static Optional<LoadResult> read(String file, Console console) {
        return read(file, console, map -> {});
    }

    /**
     * Reads {@code file} as {@link #read(String, Console)} does, giving {@code beforeValidation} the map before it
     * is validated (see {@link MapReader#read(Path, Consumer)}).
     */
    static Optional<LoadResult> read(String file, Console console, Consumer<RegionMap> beforeValidation) {
        return checked(file, MapReader.readWithoutStamp(Path.of(file), beforeValidation), console);
    }

    /**
     * Reads {@code file} as {@link #read(String, Console)} does, with the stamp of the bytes read, for a command
     * that writes the map back: its save refuses to write over a file someone else changed since.
     */
    static Optional<LoadResult> readToSave(String file, Console console) {
        return checked(file, MapReader.read(Path.of(file)), console);
    }

    /**
     * {@code result} when it has a map; otherwise prints its errors as {@code validate} prints them
     * ({@link ValidateCommand#line}), under the name {@code file}, then {@code validate}'s summary, and gives
     * nothing.
     */
    static Optional<LoadResult> checked(String file, LoadResult result, Console console) {
        if (result.ok()) {
            return Optional.of(result);
        }
        for (Problem problem : result.errors()) {
            console.err().println(ValidateCommand.line(file, problem, console));
        }
        console.err()
                .println(console.text("validate.invalid", file, result.errors().size()));
        return Optional.empty();
    }
}
