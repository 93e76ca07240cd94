package org.chainmap.edit;

import java.util.regex.Pattern;
import org.chainmap.model.Chain;
import org.chainmap.model.CreditCode;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;

/** Finds what a command names in a map, and checks the values it brings, refusing with the reason. */
final class Lookup {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:-]{1,100}");

    private Lookup() {}

    static Chain chain(RegionMap map, String id) throws EditRefusedException {
        return map.chain(id).orElseThrow(() -> new EditRefusedException("refused.chain.missing", id));
    }

    static Segment segment(RegionMap map, String id) throws EditRefusedException {
        return map.segment(id).orElseThrow(() -> new EditRefusedException("refused.segment.missing", id));
    }

    static Chain chainOfSegment(RegionMap map, String segmentId) throws EditRefusedException {
        return map.chainOfSegment(segmentId)
                .orElseThrow(() -> new EditRefusedException("refused.segment.missing", segmentId));
    }

    static Enterprise enterprise(RegionMap map, String id) throws EditRefusedException {
        return map.enterprise(id).orElseThrow(() -> new EditRefusedException("refused.enterprise.missing", id));
    }

    /** {@code name} without surrounding blanks; refused when nothing is left. */
    static String name(String name) throws EditRefusedException {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new EditRefusedException("refused.name.empty");
        }
        return trimmed;
    }

    /** An optional text: {@code null} when blank, else stripped. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String color(String color) throws EditRefusedException {
        String given = optional(color);
        if (given != null && !COLOR.matcher(given).matches()) {
            throw new EditRefusedException("refused.color.malformed", given);
        }
        return given;
    }

    /** Checks that {@code id} is well formed and used by nothing in {@code map}. */
    static void freshId(RegionMap map, String id) throws EditRefusedException {
        if (id == null || !ID.matcher(id).matches()) {
            throw new EditRefusedException("refused.id.malformed", String.valueOf(id));
        }
        if (map.chain(id).isPresent()
                || map.segment(id).isPresent()
                || map.enterprise(id).isPresent()) {
            throw new EditRefusedException("refused.id.taken", id);
        }
    }

    static String creditCode(String code) throws EditRefusedException {
        String given = optional(code);
        if (given != null && !CreditCode.isValid(given)) {
            throw new EditRefusedException("refused.creditCode.malformed", given);
        }
        return given;
    }

    static Description.Name nameOf(Chain chain) {
        return new Description.Name(chain.name(), chain.nameEn());
    }

    static Description.Name nameOf(Segment segment) {
        return new Description.Name(segment.name(), segment.nameEn());
    }
}
