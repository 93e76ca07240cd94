package org.chainmap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.chainmap.model.Presentation;
import org.chainmap.model.StepKind;

/**
 * Reads the root field {@code presentation} of a map file: the steps the planner arranged, each with what
 * it shows and its note. What a step must name for its kind is a rule of the map, checked by the validator.
 */
final class PresentationReader {

    private final ObjectMapper mapper;

    PresentationReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The presentation in {@code fields}; {@link Presentation#NONE} when there is none. */
    Presentation read(FieldReader fields) {
        if (fields == null) {
            return Presentation.NONE;
        }
        List<Presentation.Step> steps = fields.objects("steps", this::readStep);
        return new Presentation(steps, fields.extras(mapper));
    }

    private Presentation.Step readStep(FieldReader fields) {
        StepKind kind = fields.requiredKeyword("step", StepKind.class);
        String chain = fields.text("chain");
        String segment = fields.text("segment");
        String from = fields.text("from");
        String to = fields.text("to");
        String note = fields.text("note");
        if (kind == null) {
            return null;
        }
        return new Presentation.Step(kind, chain, segment, from, to, note, fields.extras(mapper));
    }
}
