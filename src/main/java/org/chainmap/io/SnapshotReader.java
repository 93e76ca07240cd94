package org.chainmap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.chainmap.model.ChainFigures;
import org.chainmap.model.ElementKind;
import org.chainmap.model.Keyword;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.Problem;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;

/**
 * Reads what issue 19 added to a map file: the root field {@code snapshots} (the dated key figures of each
 * chain) and the {@code planned} status of a segment, firm or link. What the values must be beyond their types
 * (dates, one snapshot a day, counts not negative) is a rule of the map, checked by the validator.
 */
final class SnapshotReader {

    private final ObjectMapper mapper;
    private final List<Problem> problems;

    SnapshotReader(ObjectMapper mapper, List<Problem> problems) {
        this.mapper = mapper;
        this.problems = problems;
    }

    /**
     * The field {@code planned} of the {@code kind} with id {@code id} (which may be {@code null} when the
     * element has none); {@code null} when absent. An unknown status is an error naming the element.
     */
    PlanStatus planned(FieldReader fields, ElementKind kind, String id) {
        return planned(fields, kind, () -> id);
    }

    /**
     * The field {@code planned} as {@link #planned(FieldReader, ElementKind, String)} reads it, the element's id
     * (or what names it) made only for a problem.
     */
    PlanStatus planned(FieldReader fields, ElementKind kind, Supplier<String> name) {
        String word = fields.text("planned");
        if (word == null) {
            return null;
        }
        return PlanStatus.fromId(word).orElseGet(() -> {
            problems.add(Problem.error(
                    fields.pathOf("planned"),
                    "planned.unknown",
                    kind,
                    Objects.requireNonNullElse(name.get(), ""),
                    word,
                    Keyword.choices(PlanStatus.class)));
            return null;
        });
    }

    /** The snapshots in {@code fields}; {@link Snapshots#NONE} when there are none. */
    Snapshots read(FieldReader fields) {
        if (fields == null) {
            return Snapshots.NONE;
        }
        boolean onSave = fields.bool("onSave", false);
        List<Snapshot> taken = fields.objects("taken", this::readSnapshot);
        return new Snapshots(onSave, taken, fields.extras(mapper));
    }

    private Snapshot readSnapshot(FieldReader fields) {
        String date = fields.requiredText("date");
        String label = fields.text("label");
        List<ChainFigures> chains = fields.objects("chains", this::readFigures);
        if (date == null) {
            return null;
        }
        return new Snapshot(date, label, chains, fields.extras(mapper));
    }

    private ChainFigures readFigures(FieldReader fields) {
        String chain = fields.requiredText("chain");
        Integer segments = fields.integer("segments");
        Integer covered = fields.integer("covered");
        Double localRate = fields.number("localRate");
        Integer localFirms = fields.integer("localFirms");
        Integer scaleFirms = fields.integer("scaleFirms");
        Long output = fields.whole("output");
        Map<String, Integer> gaps = fields.integers("gaps");
        if (chain == null) {
            return null;
        }
        return new ChainFigures(
                chain,
                orZero(segments),
                orZero(covered),
                localRate,
                orZero(localFirms),
                orZero(scaleFirms),
                output,
                gaps,
                fields.extras(mapper));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
