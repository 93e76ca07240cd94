package org.chainmap.ui.details;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.chainmap.analysis.Candidate;
import org.chainmap.analysis.Gap;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Segment;
import org.chainmap.ui.GapText;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapGaps;
import org.chainmap.ui.Styles;

/**
 * The gap part of the details pane: for a segment, its gaps in words and, when it is missing or weak, the
 * ranked candidates with their reasons (the first {@value #CANDIDATES_SHOWN}); for an enterprise, the gaps
 * it takes part in and the segments it is a candidate for.
 */
final class GapDetails {

    /** How many candidates the pane lists per segment, as the text report does. */
    static final int CANDIDATES_SHOWN = 5;

    private final MainViewModel model;
    private final I18n text;
    private final GapText words;

    GapDetails(MainViewModel model) {
        this.model = model;
        this.text = model.texts();
        this.words = new GapText(model);
    }

    /** The nodes that describe the gaps of {@code segment} and its candidates. */
    List<Node> of(Segment segment) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(section(text.text("details.gaps")));
        List<Gap> gaps = model.gaps().ofSegment(segment.id());
        if (gaps.isEmpty()) {
            nodes.add(quiet(text.text("details.noGaps")));
        }
        for (Gap gap : gaps) {
            nodes.add(line(gap, words.sentence(gap, false)));
        }
        for (Gap gap : gaps) {
            if (gap instanceof Gap.Missing || gap instanceof Gap.Weak) {
                nodes.addAll(candidates(MapGaps.candidates(gap)));
            }
        }
        return nodes;
    }

    /** The nodes that describe the gaps {@code firm} takes part in. */
    List<Node> of(Enterprise firm) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(section(text.text("details.gaps")));
        List<Gap> gaps = model.gaps().ofFirm(firm.id());
        List<MapGaps.Candidacy> candidacies = model.gaps().candidacies(firm.id());
        if (gaps.isEmpty() && candidacies.isEmpty()) {
            nodes.add(quiet(text.text("details.noGaps")));
        }
        for (Gap gap : gaps) {
            nodes.add(line(gap, words.sentence(gap, true)));
        }
        for (MapGaps.Candidacy candidacy : candidacies) {
            nodes.add(line(candidacy.gap(), words.candidacy(candidacy)));
        }
        return nodes;
    }

    private List<Node> candidates(List<Candidate> candidates) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(section(text.text("details.candidates", candidates.size())));
        if (candidates.isEmpty()) {
            nodes.add(quiet(text.text("details.noCandidates")));
        }
        for (int i = 0; i < Math.min(CANDIDATES_SHOWN, candidates.size()); i++) {
            Candidate candidate = candidates.get(i);
            Label name = wrapped((i + 1) + ". " + candidate.name(), Styles.CANDIDATE_NAME);
            name.setUserData(candidate);
            nodes.add(name);
            nodes.add(wrapped(words.reason(candidate), Styles.CANDIDATE_REASON));
        }
        if (candidates.size() > CANDIDATES_SHOWN) {
            nodes.add(quiet(text.text("details.moreCandidates", candidates.size() - CANDIDATES_SHOWN)));
        }
        return nodes;
    }

    private static Label line(Gap gap, String sentence) {
        Label line = wrapped(sentence, Styles.GAP_LINE);
        line.getStyleClass().add(Styles.gapKind(gap.kind()));
        line.setUserData(gap);
        return line;
    }

    private static Label section(String title) {
        return wrapped(title, Styles.DETAILS_SECTION);
    }

    private static Label quiet(String words) {
        return wrapped(words, Styles.SUBTLE);
    }

    private static Label wrapped(String words, String style) {
        Label label = new Label(words);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
