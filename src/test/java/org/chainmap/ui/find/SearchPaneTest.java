package org.chainmap.ui.find;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.chainmap.layout.Rect;
import org.chainmap.model.Chain;
import org.chainmap.render.Viewport;
import org.chainmap.search.Hit;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.chainmap.ui.Selection;
import org.chainmap.ui.ShippedMap;
import org.chainmap.ui.StatusBar;
import org.chainmap.ui.Styles;
import org.chainmap.ui.chains.ChainList;
import org.chainmap.ui.map.ChainCanvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Find on the Hengyang map, as a user does it: Ctrl+F, type pinyin or Chinese, arrows, Enter; the hit's chain
 * and the hit are selected and the map shows them; Esc closes and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SearchPaneTest {

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(ShippedMap.WORKING_COPY);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Ctrl+F, {@code typed}, and the hits once the index (built in the background) has them. */
    private SearchPane find(FxRobot robot, String typed) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        SearchPane pane = robot.lookup("#" + SearchPane.ID).queryAs(SearchPane.class);
        assertThat(pane.isOpen()).as("Ctrl+F opens the search").isTrue();
        TextField field = robot.lookup("#" + SearchPane.FIELD_ID).queryAs(TextField.class);
        assertThat(field.isFocused()).as("the keyboard is in the search field").isTrue();
        robot.write(typed);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pane.hits().isEmpty());
        return pane;
    }

    private String shownTab(FxRobot robot) {
        TabPane views = robot.lookup(".tab-pane").queryAs(TabPane.class);
        return views.getSelectionModel().getSelectedItem().getId();
    }

    private ChainCanvas settledCanvas(FxRobot robot) throws TimeoutException {
        ChainCanvas canvas = robot.lookup("#" + ChainCanvas.ID).queryAs(ChainCanvas.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.moving());
        WaitForAsyncUtils.waitForFxEvents();
        return canvas;
    }

    @Test
    void findsAFirmByPinyinInitialsAndEnterShowsItOnTheMap(FxRobot robot) throws TimeoutException {
        robot.interact(() -> model.selectChain(model.chains().get(3)));
        assertThat(shownTab(robot)).isEqualTo(MainWindow.COLUMNS_TAB_ID);
        SearchPane pane = find(robot, "tbdg");
        Hit first = pane.hits().get(0);
        assertThat(first.name()).isEqualTo("特变电工衡阳变压器有限公司");
        assertThat(robot.lookup("." + Styles.SEARCH_NAME).queryLabeled().getText())
                .isEqualTo("特变电工衡阳变压器有限公司");
        assertThat(robot.lookup("#" + SearchPane.LIST_ID + " ." + Styles.SUBTLE)
                        .queryLabeled()
                        .getText())
                .as("the firm's segment and chain")
                .isEqualTo("电力变压器（含特高压） · 新型能源及电力装备产业链");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.isOpen()).as("Enter closes the search").isFalse();
        assertThat(model.selectedChain()).map(Chain::id).hasValue("power");
        Selection selected = model.selection().orElseThrow();
        assertThat(selected).isInstanceOf(Selection.OfEnterprise.class);
        assertThat(((Selection.OfEnterprise) selected).enterprise().id()).isEqualTo("tbea-hy");
        assertThat(selected.segment().id()).isEqualTo("power.transformer");
        assertThat(shownTab(robot)).isEqualTo(MainWindow.MAP_TAB_ID);

        ChainCanvas canvas = settledCanvas(robot);
        assertThat(canvas.isFocused()).as("the keyboard goes to the map").isTrue();
        Rect card = canvas.geometry().cards().get("tbea-hy");
        Viewport view = canvas.viewport();
        Viewport fitted = Viewport.fit(
                canvas.geometry().width(), canvas.geometry().height(), canvas.getWidth(), canvas.getHeight());
        assertThat(view.scale()).as("zoomed in on the firm").isGreaterThan(fitted.scale() * 1.5);
        // Issue 17: Find zoomed so far that one card filled the view.
        assertThat(view.scale()).as("not so far that the card fills the view").isLessThanOrEqualTo(1.5);
        // Find shows the firm in its context (its box, suppliers and customers; decision 0024), the card whole.
        assertThat(card.x()).isGreaterThanOrEqualTo(view.x());
        assertThat(card.y()).isGreaterThanOrEqualTo(view.y());
        assertThat(card.x() + card.width()).isLessThanOrEqualTo(view.x() + view.width() / view.scale());
        assertThat(card.y() + card.height()).isLessThanOrEqualTo(view.y() + view.height() / view.scale());
    }

    @Test
    void arrowsChooseAmongTheHitsAndASegmentIsSelectedInItsChain(FxRobot robot) throws TimeoutException {
        SearchPane pane = find(robot, "bianyaqi");
        assertThat(pane.hits()).extracting(Hit::id).startsWith("power.converter", "power.transformer", "tbea-hy");
        robot.type(KeyCode.DOWN, 2).type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection())
                .hasValue(new Selection.OfSegment(
                        model.segment("power.transformer").orElseThrow()));
        assertThat(shownTab(robot)).isEqualTo(MainWindow.MAP_TAB_ID);
        ChainCanvas canvas = settledCanvas(robot);
        Rect box = canvas.geometry().segments().get("power.transformer");
        Viewport view = canvas.viewport();
        assertThat(view.sees(box.x(), box.y(), box.width(), box.height())).isTrue();
    }

    @Test
    void aChainFoundByItsChineseNameIsShownWhole(FxRobot robot) throws TimeoutException {
        SearchPane pane = find(robot, "有色金属");
        assertThat(pane.hits().get(0).kind()).isEqualTo(Hit.Kind.CHAIN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedChain()).map(Chain::id).hasValue("nonferrous");
        assertThat(model.selection()).isEmpty();
        assertThat(shownTab(robot)).isEqualTo(MainWindow.MAP_TAB_ID);
        ChainCanvas canvas = settledCanvas(robot);
        Viewport fitted = Viewport.fit(
                canvas.geometry().width(), canvas.geometry().height(), canvas.getWidth(), canvas.getHeight());
        assertThat(canvas.viewport().scale()).isCloseTo(fitted.scale(), within(1e-9));
    }

    @Test
    void aFirmInNoSegmentIsNamedInTheStatusBar(FxRobot robot) throws TimeoutException {
        find(robot, "yutu");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).isEmpty();
        assertThat(robot.lookup("#" + StatusBar.COUNTS_ID).queryLabeled().getText())
                .endsWith("玉兔钛业 未归入任何环节，不在产业链图谱上。");
    }

    @Test
    void escapeClosesAndGivesTheKeyboardBack(FxRobot robot) throws TimeoutException {
        robot.interact(() -> robot.lookup("#" + ChainList.LIST_ID).query().requestFocus());
        Chain before = model.selectedChain().orElseThrow();
        SearchPane pane = find(robot, "tebian");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.isOpen()).isFalse();
        assertThat(robot.lookup("#" + ChainList.LIST_ID).query().isFocused()).isTrue();
        assertThat(model.selectedChain()).hasValue(before);
        assertThat(model.selection()).isEmpty();
        assertThat(shownTab(robot)).isEqualTo(MainWindow.COLUMNS_TAB_ID);
    }
}
