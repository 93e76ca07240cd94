package org.chainmap.model;

import java.util.List;

/**
 * The rules of a map's presentation, for {@link MapValidator}. A step must name what its kind needs (a
 * chain's steps their chain, a missing or weak step its segment, a broken or chokepoint step both ends of
 * its feed): an error otherwise. A step that names something the map does not hold (a chain deleted since, a
 * segment of another chain) is only a warning: the presentation skips it, and a stale step must not stop a
 * map from opening.
 */
final class PresentationCheck {

    private final RegionMap map;
    private final List<Problem> problems;

    private PresentationCheck(RegionMap map, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
    }

    /** Adds the problems of {@code map}'s presentation to {@code problems}. */
    static void check(RegionMap map, List<Problem> problems) {
        PresentationCheck check = new PresentationCheck(map, problems);
        List<Presentation.Step> steps = map.presentation().steps();
        for (int i = 0; i < steps.size(); i++) {
            check.step(steps.get(i), "$.presentation.steps[" + i + "]");
        }
    }

    private void step(Presentation.Step step, String path) {
        StepKind kind = step.step();
        if (!kind.ofChain()) {
            return;
        }
        boolean complete = require(step.chain(), path, "chain", kind);
        if (kind.onSegment()) {
            complete &= require(step.segment(), path, "segment", kind);
        } else if (kind.onFeed()) {
            complete &= require(step.from(), path, "from", kind);
            complete &= require(step.to(), path, "to", kind);
        }
        if (!complete) {
            return;
        }
        if (map.chain(step.chain()).isEmpty()) {
            problems.add(Problem.warning(path + ".chain", "presentation.chain.unknown", step.chain()));
            return;
        }
        for (String field : new String[] {"segment", "from", "to"}) {
            String segment = field.equals("segment") ? step.segment() : field.equals("from") ? step.from() : step.to();
            if (segment == null) {
                continue;
            }
            boolean inChain = map.chainOfSegment(segment)
                    .map(chain -> chain.id().equals(step.chain()))
                    .orElse(false);
            // The supplying end of a feed may lie in another chain: it need only be a segment.
            boolean known = field.equals("from") ? map.segment(segment).isPresent() : inChain;
            if (!known) {
                problems.add(
                        Problem.warning(path + "." + field, "presentation.segment.elsewhere", segment, step.chain()));
            }
        }
    }

    private boolean require(String value, String path, String field, StepKind kind) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.error(path + "." + field, "presentation.step.incomplete", kind.id(), field));
            return false;
        }
        return true;
    }
}
