package org.chainmap.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a map's sources and citations, for {@link MapValidator}. A source needs a title, and its date
 * and each citation's {@code checked} date must be dates: errors otherwise. A citation of a source the map
 * does not list, a source whose address is not a web address, and (in a map that lists sources) a
 * {@code verified} fact that cites none are warnings: the map still opens, and the planner sees what to
 * mend.
 */
final class SourceCheck {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private final RegionMap map;
    private final List<Problem> problems;

    private SourceCheck(RegionMap map, List<Problem> problems) {
        this.map = map;
        this.problems = problems;
    }

    /** Adds the problems of {@code map}'s sources and citations to {@code problems}. */
    static void check(RegionMap map, List<Problem> problems) {
        SourceCheck check = new SourceCheck(map, problems);
        check.sources();
        check.citations();
    }

    private void sources() {
        for (int s = 0; s < map.sources().size(); s++) {
            Source source = map.sources().get(s);
            String path = "$.sources[" + s + "]";
            if (source.title().isBlank()) {
                problems.add(Problem.error(path + ".title", "field.empty", "title"));
            }
            date(source.date(), path + ".date");
            if (source.url() != null && !Source.isWebAddress(source.url())) {
                problems.add(Problem.warning(path + ".url", "source.url", source.url()));
            }
        }
    }

    private void citations() {
        for (int c = 0; c < map.chains().size(); c++) {
            Chain chain = map.chains().get(c);
            String chainPath = "$.chains[" + c + "]";
            cites(chain.provenance(), chainPath);
            for (int s = 0; s < chain.segments().size(); s++) {
                cites(chain.segments().get(s).provenance(), chainPath + ".segments[" + s + "]");
            }
            for (ListKind kind : ListKind.values()) {
                List<ListItem> items = chain.lists().of(kind);
                for (int i = 0; i < items.size(); i++) {
                    cites(items.get(i).provenance(), MapValidator.listPath(c, kind, i));
                }
            }
        }
        for (int e = 0; e < map.enterprises().size(); e++) {
            Provenance provenance = map.enterprises().get(e).provenance();
            if (worthALook(provenance)) {
                cites(provenance, "$.enterprises[" + e + "]");
            }
        }
        for (int l = 0; l < map.links().size(); l++) {
            Provenance provenance = map.links().get(l).provenance();
            if (worthALook(provenance)) {
                cites(provenance, "$.links[" + l + "]");
            }
        }
        for (int t = 0; t < map.targets().size(); t++) {
            cites(map.targets().get(t).provenance(), "$.targets[" + t + "]");
        }
    }

    /**
     * Whether {@link #cites} could find anything in {@code provenance}: most of a large map's firms and links cite
     * nothing and are not marked verified, and their paths (hundreds of thousands) need not be made.
     */
    private boolean worthALook(Provenance provenance) {
        return !provenance.cites().isEmpty() || provenance.certainty() == Certainty.VERIFIED;
    }

    private void cites(Provenance provenance, String path) {
        List<Citation> cites = provenance.cites();
        for (int i = 0; i < cites.size(); i++) {
            Citation cite = cites.get(i);
            String at = path + ".cites[" + i + "]";
            if (map.source(cite.source()).isEmpty()) {
                problems.add(Problem.warning(at + ".source", "cite.unknown", cite.source()));
            }
            date(cite.checked(), at + ".checked");
        }
        if (provenance.certainty() == Certainty.VERIFIED
                && cites.isEmpty()
                && !map.sources().isEmpty()) {
            problems.add(Problem.warning(path + ".certainty", "verified.uncited"));
        }
    }

    private void date(String date, String path) {
        if (date != null && !DATE.matcher(date).matches()) {
            problems.add(Problem.error(path, "date.malformed", date));
        }
    }
}
