package org.chainmap.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import org.chainmap.model.Chain;
import org.chainmap.model.RegionMap;
import org.chainmap.progress.Chart;
import org.chainmap.progress.Dashboard;
import org.chainmap.progress.DashboardCharts;
import org.chainmap.progress.ProgressWords;
import org.chainmap.progress.Trend;
import org.chainmap.ui.BackgroundWork;
import org.chainmap.ui.I18n;
import org.chainmap.ui.LazyTab;
import org.chainmap.ui.MainViewModel;

/**
 * The Dashboard tab: above, the selected chain's four charts over its snapshots and now (coverage and local rate,
 * gaps by kind, local and 规上 firms, output); below, the chains ranked, a click on a row selecting that chain in
 * every view; a bar with the exports (each chart, the whole dashboard) and the progress report. It works out its
 * {@link Dashboard} only while shown, once per revision of the map and language (on a large map in the background),
 * and follows the selected chain and the theme.
 */
public final class DashboardView extends BorderPane {

    /** The id of the tab, for tests and the View menu. */
    public static final String TAB_ID = "view-dashboard";

    /** The id of the grid of charts, for tests. */
    static final String CHARTS_ID = "dashboardCharts";

    private final MainViewModel model;
    private final GridPane charts = new GridPane();
    private final RankingTable ranking;
    private final Label heading = new Label();
    private final MenuButton exportChart = new MenuButton();
    private final Button exportAll = new Button();
    private final Button report = new Button();
    private final DashboardExports exports;
    private Dashboard dashboard;
    private long revision = -1;
    private java.util.Locale locale;
    private boolean shown;
    /** The revision and language of the dashboard being worked out in the background; -1: none. */
    private long pending = -1;

    private java.util.Locale pendingLocale;

    /** The key of the dashboard's work in the background. */
    private static final String WORK = "dashboard";

    private DashboardView(MainViewModel model) {
        this.model = model;
        this.ranking = new RankingTable(this::choose);
        this.exports = new DashboardExports(model, this::current);
        getStyleClass().add("dashboard");
        charts.setId(CHARTS_ID);
        charts.setHgap(8);
        charts.setVgap(8);
        charts.setPadding(new Insets(8));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            charts.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(row);
        }
        heading.getStyleClass().add("dashboard-heading");
        // The heading wraps and the buttons keep their words where the window is narrow (1366 px, large type).
        heading.setWrapText(true);
        List.of(exportChart, exportAll, report).forEach(button -> button.setMinWidth(Region.USE_PREF_SIZE));
        exportChart.setId("dashboardExportChart");
        exportAll.setId("dashboardExportAll");
        report.setId("dashboardReport");
        exportAll.setOnAction(event -> exports.exportDashboard(getScene().getWindow()));
        report.setOnAction(event -> exports.progressReport(getScene().getWindow()));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, space, exportChart, exportAll, report);
        bar.getStyleClass().add("dashboard-bar");
        SplitPane split = new SplitPane(charts, ranking);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        setTop(bar);
        setCenter(split);
        model.revisionProperty().addListener((o, was, now) -> refresh());
        model.selectedChainProperty().addListener((o, was, now) -> refresh());
        model.themeProperty().addListener((o, was, now) -> refresh());
        model.textsProperty().addListener((o, was, now) -> refresh());
    }

    /** The Dashboard tab of {@code model}, added at the end of {@code views}; it works only while chosen. */
    public static Tab addTo(TabPane views, MainViewModel model) {
        // Built at the tab's first selection, so that its controls cost the window's first frame nothing.
        Tab tab = new Tab();
        LazyTab.fill(tab, () -> {
            DashboardView view = new DashboardView(model);
            view.shown = true;
            view.refresh();
            tab.selectedProperty().addListener((o, was, now) -> {
                view.shown = now;
                view.refresh();
            });
            return view;
        });
        tab.setId(TAB_ID);
        Runnable name = () -> tab.setText(model.texts().text("view.dashboard"));
        name.run();
        model.textsProperty().addListener((o, was, now) -> name.run());
        views.getTabs().add(tab);
        return tab;
    }

    /** The dashboard shown and the chain whose charts are shown; empty before a map is open. */
    Optional<Shown> current() {
        if (dashboard == null) {
            return Optional.empty();
        }
        return Optional.of(new Shown(dashboard, trend().orElse(null), new ProgressWords(locale)));
    }

    /** What the view shows: the dashboard, the chain's trend ({@code null} without chains), the words. */
    record Shown(Dashboard dashboard, Trend trend, ProgressWords words) {}

    private Optional<Trend> trend() {
        String id = model.selectedChain().map(Chain::id).orElse(null);
        return dashboard.trend(id).or(() -> dashboard.trends().stream().findFirst());
    }

    private void choose(String chainId) {
        model.map().flatMap(map -> map.chain(chainId)).ifPresent(model::selectChain);
    }

    /**
     * Works out the dashboard of {@code map} at revision {@code now} in {@code wanted}'s words: at once on a small
     * map; on a large one in the background (its key figures took 0.8 s of CPU at 100,000 firms), showing the
     * dashboard before it meanwhile, and again when it is there. Whether there is a dashboard to show now.
     */
    private boolean workOut(RegionMap map, long now, java.util.Locale wanted) {
        String today = LocalDate.now().toString();
        if (map.enterprises().size() < BackgroundWork.LARGE_MAP) {
            locale = wanted;
            revision = now;
            dashboard = Dashboard.of(map, today, null, locale);
            return true;
        }
        if (pending != now || !wanted.equals(pendingLocale)) {
            pending = now;
            pendingLocale = wanted;
            model.afterEdits().work().run(WORK, () -> Dashboard.of(map, today, null, wanted), result -> {
                dashboard = result;
                revision = now;
                locale = wanted;
                refresh();
            });
        }
        return dashboard != null;
    }

    private void refresh() {
        I18n text = model.texts();
        exportChart.setText(text.text("dashboard.exportChart"));
        exportAll.setText(text.text("dashboard.exportAll"));
        report.setText(text.text("dashboard.report"));
        if (!shown) {
            return;
        }
        Optional<RegionMap> map = model.map();
        if (map.isEmpty()) {
            dashboard = null;
            charts.getChildren().clear();
            ranking.getItems().clear();
            return;
        }
        long now = model.revisionProperty().get();
        if (dashboard == null || now != revision || !text.locale().equals(locale)) {
            if (!workOut(map.get(), now, text.locale())) {
                return; // nothing to show before the first one is worked out
            }
        }
        ProgressWords words = new ProgressWords(locale);
        Optional<Trend> trend = trend();
        charts.getChildren().clear();
        exportChart.getItems().clear();
        if (trend.isPresent()) {
            heading.setText(text.text("dashboard.heading", trend.get().name(), dashboard.today()));
            List<Chart> shownCharts = new DashboardCharts(words).of(trend.get());
            for (int i = 0; i < shownCharts.size(); i++) {
                Chart chart = shownCharts.get(i);
                Node shownChart = FxCharts.of(chart, model.theme().drawing(), locale);
                if (chart.blank()) {
                    // An empty axis says nothing: the chart says why it is empty, as the exported one does.
                    Label why = new Label(chart.empty());
                    why.getStyleClass().add("dashboard-empty");
                    why.setWrapText(true);
                    shownChart = new StackPane(shownChart, why);
                }
                charts.add(shownChart, i % 2, i / 2);
                MenuItem item = new MenuItem(chart.title());
                item.setOnAction(event -> exports.exportChart(chart, getScene().getWindow()));
                exportChart.getItems().add(item);
            }
        } else {
            heading.setText("");
        }
        ranking.show(dashboard.ranking(), words, trend.map(Trend::chain).orElse(null));
    }
}
