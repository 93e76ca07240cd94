package org.chainmap.io.sheet;

import java.util.Map;
import java.util.Objects;

/**
 * How to read a file for an import.
 *
 * @param encoding the encoding of a CSV file; {@link CsvEncoding#AUTO} to find it out
 * @param mapping the meaning of headers ChainMap does not know: header as in the file → column key
 *     ({@code revenue}, {@code creditCode} …, see {@link Column#key()}) or {@link Headers#IGNORE}
 */
public record ImportOptions(CsvEncoding encoding, Map<String, String> mapping) {

    /** Found-out encoding, no mapping. */
    public static final ImportOptions DEFAULTS = new ImportOptions(CsvEncoding.AUTO, Map.of());

    /** Checks the fields and copies the mapping. */
    public ImportOptions {
        Objects.requireNonNull(encoding, "encoding");
        mapping = Map.copyOf(mapping);
    }

    /** These options with another encoding. */
    public ImportOptions withEncoding(CsvEncoding newEncoding) {
        return new ImportOptions(newEncoding, mapping);
    }

    /** These options with another mapping. */
    public ImportOptions withMapping(Map<String, String> newMapping) {
        return new ImportOptions(encoding, newMapping);
    }
}
