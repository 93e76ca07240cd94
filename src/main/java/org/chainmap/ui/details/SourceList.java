package org.chainmap.ui.details;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.chainmap.model.Citation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Source;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Styles;
import org.chainmap.ui.WebLinks;

/**
 * The sources a fact cites, for the details pane: one entry per citation, its title (a link that opens the
 * page in the browser, when the source has a web address), then who published it, when, how far to trust it
 * and when the fact was last checked against it. A citation of a source the map does not list says so.
 */
final class SourceList {

    /** The style class of the list, and the id prefix of its links ({@code source-S12}), for tests. */
    static final String ID_PREFIX = "source-";

    private SourceList() {}

    /** The entries for {@code cites} of {@code map}; empty when there are none. */
    static List<Node> of(I18n text, RegionMap map, List<Citation> cites) {
        return cites.stream()
                .map(cite -> entry(text, map.source(cite.source()), cite))
                .toList();
    }

    private static Node entry(I18n text, Optional<Source> found, Citation cite) {
        VBox entry = new VBox(2);
        entry.getStyleClass().add(Styles.DETAILS_VALUE);
        if (found.isEmpty()) {
            Label missing = new Label(text.text("details.source.missing", cite.source()));
            missing.setWrapText(true);
            missing.getStyleClass().add(Styles.UNKNOWN);
            entry.getChildren().add(missing);
            return entry;
        }
        Source source = found.get();
        String title = "[" + source.id() + "] " + source.title();
        if (WebLinks.opens(source.url())) {
            Hyperlink link = new Hyperlink(title);
            link.setId(ID_PREFIX + source.id());
            link.setWrapText(true);
            link.setOnAction(event -> WebLinks.open(source.url()));
            link.setTooltip(new javafx.scene.control.Tooltip(source.url()));
            entry.getChildren().add(link);
        } else {
            Label plain = new Label(title);
            plain.setId(ID_PREFIX + source.id());
            plain.setWrapText(true);
            entry.getChildren().add(plain);
        }
        Label about = new Label(about(text, source, cite));
        about.setWrapText(true);
        about.getStyleClass().add(Styles.SUBTLE);
        entry.getChildren().add(about);
        return entry;
    }

    /** "湖南日报 · 2022-08-10 · 报纸 · 核实于 2026-12-06". */
    static String about(I18n text, Source source, Citation cite) {
        List<String> parts = new java.util.ArrayList<>();
        if (source.publisher() != null && !source.publisher().isBlank()) {
            parts.add(source.publisher());
        }
        if (source.date() != null) {
            parts.add(source.date());
        }
        if (source.reliability() != null) {
            parts.add(text.text("details.reliability." + source.reliability().id()));
        }
        if (cite.checked() != null) {
            parts.add(text.text("details.source.checked", cite.checked()));
        }
        return String.join(" · ", parts);
    }
}
