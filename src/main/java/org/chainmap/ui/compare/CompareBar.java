package org.chainmap.ui.compare;

import java.text.NumberFormat;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chainmap.compare.ChainComparison;
import org.chainmap.model.Chain;
import org.chainmap.ui.Comparing;
import org.chainmap.ui.I18n;
import org.chainmap.ui.Styles;

/**
 * The bar above the views in compare mode: what is compared with what (the older version's name and date, the map
 * open) and below it the chain's key figures old → new (coverage, local supporting rate, firms and gaps), each
 * wrapping on a narrow window, and the button that leaves compare mode (as Esc does).
 */
final class CompareBar extends HBox {

    /** The bar's id, for tests. */
    static final String ID = "compareBar";

    /** The close button's id, for tests. */
    static final String CLOSE_ID = "compareClose";

    private final Label what = new Label();
    private final Label figures = new Label();
    private final Button close = new Button();

    CompareBar(Runnable leave) {
        setId(ID);
        getStyleClass().add(Styles.COMPARE_BAR);
        close.setId(CLOSE_ID);
        close.setOnAction(event -> leave.run());
        what.setStyle("-fx-font-weight: bold;");
        // On a narrow window (1366 px, large type) the words wrap onto a second line rather than being cut.
        what.setWrapText(true);
        figures.setWrapText(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox words = new javafx.scene.layout.VBox(2, what, figures);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(words, close);
    }

    /** Shows {@code shown} with the figures of {@code chain} (or the whole map's counts), in {@code text}'s words. */
    void show(Comparing.Shown shown, Chain chain, I18n text) {
        close.setText(text.text("compare.bar.close"));
        if (shown == null) {
            return;
        }
        String old = shown.oldDate().isEmpty()
                ? shown.oldName()
                : text.text("compare.bar.dated", shown.oldName(), shown.oldDate());
        what.setText(text.text("compare.bar.what", old, shown.newName()));
        ChainComparison change = chain == null
                ? null
                : shown.compared().comparison().chain(chain.id()).orElse(null);
        if (change == null) {
            figures.setText("");
            return;
        }
        figures.setText(text.text(
                "compare.bar.figures",
                percent(change.coverageBefore(), text),
                percent(change.coverageAfter(), text),
                percent(change.localRateBefore(), text),
                percent(change.localRateAfter(), text),
                change.added().size(),
                change.removed().size(),
                change.changed().size(),
                change.closedSaid().size(),
                change.openedSaid().size()));
    }

    private static String percent(Double share, I18n text) {
        return share == null
                ? "—"
                : NumberFormat.getPercentInstance(text.locale()).format(share);
    }
}
