package org.chainmap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.chainmap.model.Pins;

/** Reads a chain's field {@code pins}: the positions the user pinned in its drawing. */
final class PinsReader {

    private PinsReader() {}

    /** The pins in {@code fields}; {@link Pins#NONE} when there are none. */
    static Pins read(FieldReader fields, ObjectMapper mapper) {
        if (fields == null) {
            return Pins.NONE;
        }
        Map<String, Pins.SegmentPin> segments = fields.entries("segments", pin -> {
            Double y = pin.requiredNumber("y");
            return y == null ? null : new Pins.SegmentPin(y, pin.extras(mapper));
        });
        Map<String, Pins.CardPin> cards = fields.entries("cards", pin -> {
            Integer slot = pin.requiredInteger("slot");
            return slot == null ? null : new Pins.CardPin(slot, pin.extras(mapper));
        });
        return new Pins(segments, cards, fields.extras(mapper));
    }
}
