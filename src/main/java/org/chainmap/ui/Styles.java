package org.chainmap.ui;

import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chainmap.analysis.GapKind;
import org.chainmap.render.Fonts;
import org.chainmap.search.Hit;

/**
 * The CSS themes: where the style sheets are, how a window and its dialogs take them, and the names of
 * their style classes, so that code never spells a class name twice. The rules live in
 * {@code org/chainmap/ui/base.css}; the colours of each {@link AppTheme} in its own small sheet
 * ({@code light.css}, {@code dark.css}, {@code contrast.css}), which sets the looked-up colours the rules use.
 */
public final class Styles {

    /**
     * The style sheet of every theme: all the rules, in looked-up colours ({@code -cm-text}, {@code -cm-missing}…)
     * that each theme's own sheet ({@link AppTheme#stylesheet()}) sets.
     */
    public static final String BASE = "base.css";

    /** Font families that render Chinese, best first; the first one installed is used. */
    public static final List<String> FONT_FAMILIES =
            List.of("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC");

    /** The controls' family once chosen ({@link #fontStyle}); JavaFX thread only. */
    private static String controlsFamily;

    /** The looked-up colour that carries the selected chain's colour into the CSS. */
    public static final String CHAIN_COLOR_VARIABLE = "-chain-color";

    /** The window's root. */
    public static final String APP = "chainmap";
    /** The list of chains on the left. */
    public static final String CHAIN_LIST = "chain-list";

    /** The link under a segment box's first firms that lists the rest. */
    public static final String MORE_FIRMS = "more-firms";

    /** Why an edit typed in a dialog was refused, under its fields. */
    public static final String REFUSAL = "refusal";

    /** The tab of the five lists and the targets. */
    public static final String LISTS = "lists";

    /** The row of list toggles and buttons above the lists' table. */
    public static final String LISTS_BAR = "lists-bar";
    /** The small coloured square of a chain. */
    public static final String CHAIN_SWATCH = "chain-swatch";
    /** A chain's name in the list. */
    public static final String CHAIN_NAME = "chain-name";
    /** The bar that shows a chain's coverage: the share of its segments with a local firm. */
    public static final String COVERAGE_BAR = "coverage-bar";
    /** The coverage as a percentage beside its bar. */
    public static final String COVERAGE_VALUE = "coverage-value";
    /** A chain's gap counts in the list: 缺 n · 弱 n · 断 n. */
    public static final String GAP_COUNTS = "gap-counts";
    /** One gap count in the list; with the kind's class ({@link #gapKind}) for its colour. */
    public static final String GAP_COUNT = "gap-count";
    /** A count of zero, shown faint. */
    public static final String NONE = "none";
    /** The selected chain's coverage or local supporting rate under its name. */
    public static final String CHAIN_FIGURE = "chain-figure";
    /** The selected chain's gap counts per kind under its name. */
    public static final String CHAIN_GAPS = "chain-gaps";
    /** A gap count beside its badge in the chain's heading. */
    public static final String GAP_TOTAL = "gap-total";
    /** A pane's heading above the list or the details. */
    public static final String PANE_TITLE = "pane-title";
    /** The heading of the selected chain above the stage columns. */
    public static final String CHAIN_HEADER = "chain-header";
    /** The selected chain's name in its heading. */
    public static final String CHAIN_TITLE = "chain-title";
    /** Secondary lines: office, park, summary, English names. */
    public static final String SUBTLE = "subtle";
    /** The scroll pane around the stage columns. */
    public static final String STAGE_SCROLLER = "stage-scroller";
    /** The three stage columns together. */
    public static final String STAGE_COLUMNS = "stage-columns";
    /** One stage column. */
    public static final String STAGE_COLUMN = "stage-column";
    /** The heading of a stage column. */
    public static final String STAGE_TITLE = "stage-title";
    /** A segment's box in a stage column. */
    public static final String SEGMENT_BOX = "segment-box";
    /** A segment's name at the top of its box. */
    public static final String SEGMENT_TITLE = "segment-title";
    /** A segment without a local firm. */
    public static final String SEGMENT_MISSING = "segment-missing";
    /** A weak segment: too few local firms, or none above designated size. */
    public static final String SEGMENT_WEAK = "segment-weak";
    /** A core segment of its chain. */
    public static final String SEGMENT_CORE = "segment-core";
    /** The row of gap badges in a segment box. */
    public static final String GAP_BADGES = "gap-badges";
    /** A small word in a frame: 缺, 核心, 链主. */
    public static final String BADGE = "badge";
    /** The badge that marks a segment without a local firm: 缺. */
    public static final String BADGE_MISSING = "badge-missing";
    /** The badge of a weak segment: 弱. */
    public static final String BADGE_WEAK = "badge-weak";
    /** The badge of a segment whose local buyers source a feed all from outside: 断. */
    public static final String BADGE_BROKEN = "badge-broken";
    /** The badge of a chokepoint, on the buying segment and on the single supplier: 卡. */
    public static final String BADGE_CHOKEPOINT = "badge-chokepoint";
    /** The badge of a missing segment local output flows into: 延. */
    public static final String BADGE_EXTEND = "badge-extend";
    /** The badge of a key local firm, without which local supply falls apart: 关键. */
    public static final String BADGE_CUTPOINT = "badge-cutpoint";
    /** The badge of a core segment. */
    public static final String BADGE_CORE = "badge-core";
    /** The badge of a chain leader. */
    public static final String BADGE_LEADER = "badge-leader";
    /** An enterprise in a segment box. */
    public static final String ENTERPRISE = "enterprise";
    /** An enterprise outside the region. */
    public static final String ENTERPRISE_EXTERNAL = "enterprise-external";
    /** The pane of the selection's details. */
    public static final String DETAILS = "details";
    /** The scrolling content of the details pane. */
    public static final String DETAILS_BODY = "details-body";
    /** The title in the details pane. */
    public static final String DETAILS_TITLE = "details-title";
    /** A heading inside the details pane: gaps, candidates. */
    public static final String DETAILS_SECTION = "details-section";
    /** A gap in words in the details pane; with the kind's class ({@link #gapKind}) for its colour. */
    public static final String GAP_LINE = "gap-line";
    /** A candidate's name in the details pane. */
    public static final String CANDIDATE_NAME = "candidate-name";
    /** Why a candidate is worth inviting. */
    public static final String CANDIDATE_REASON = "candidate-reason";
    /** The legend of the gap badges under the stage columns. */
    public static final String LEGEND = "legend";
    /** An attribute's name in the details pane. */
    public static final String DETAILS_KEY = "details-key";
    /** An attribute's value in the details pane. */
    public static final String DETAILS_VALUE = "details-value";
    /** A value that is not known. */
    public static final String UNKNOWN = "unknown";
    /** What a pane says when it has nothing to show. */
    public static final String PLACEHOLDER = "placeholder";
    /** The status bar at the bottom. */
    public static final String STATUS_BAR = "status-bar";
    /** The status bar's turning ring while work is under way in the background. */
    public static final String BUSY_MARK = "busy-mark";
    /** The list of problems in a dialog. */
    public static final String PROBLEM_LIST = "problem-list";
    /** The search (Find, Ctrl+F) floating over the window: its field and its hits. */
    public static final String SEARCH = "search";
    /** The search's field. */
    public static final String SEARCH_FIELD = "search-field";
    /** The search's list of hits. */
    public static final String SEARCH_HITS = "search-hits";
    /** What a hit is (chain, segment, firm), in a frame; with the kind's class ({@link #searchKind}). */
    public static final String SEARCH_KIND = "search-kind";
    /** A hit's name. */
    public static final String SEARCH_NAME = "search-name";

    /** Marks the segment or enterprise whose details are shown. */
    public static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** Marks a field whose value the map refused; the reason stands beside it ({@link #FIELD_MESSAGE}). */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** Why a field's value was refused. */
    public static final String FIELD_MESSAGE = "field-message";

    /** The text field over the map for renaming a firm or a segment in place. */
    public static final String INLINE_EDITOR = "inline-editor";

    /** Colours given to chains that have none of their own, in turn. */
    private static final List<Color> AUTOMATIC_COLORS = List.of(
            Color.web("#1565C0"),
            Color.web("#2E7D32"),
            Color.web("#C62828"),
            Color.web("#6A1B9A"),
            Color.web("#EF6C00"),
            Color.web("#00838F"),
            Color.web("#5D4037"),
            Color.web("#AD1457"));

    private Styles() {}

    /** The class of a gap kind's colour, for badges, counts and lines: {@code gap-missing} and so on. */
    public static String gapKind(GapKind kind) {
        return "gap-" + kind.id();
    }

    /** The class of a hit's kind: {@code search-kind-chain}, {@code search-kind-segment} and so on. */
    public static String searchKind(Hit.Kind kind) {
        return SEARCH_KIND + "-" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The class of a gap kind's badge: {@link #BADGE_MISSING} and so on. */
    public static String badge(GapKind kind) {
        return switch (kind) {
            case MISSING -> BADGE_MISSING;
            case WEAK -> BADGE_WEAK;
            case BROKEN -> BADGE_BROKEN;
            case CHOKEPOINT -> BADGE_CHOKEPOINT;
            case EXTEND -> BADGE_EXTEND;
            case CUTPOINT -> BADGE_CUTPOINT;
        };
    }

    /**
     * Styles {@code scene} as the application's window: the base sheet and the sheet of {@code theme}'s
     * theme, switched the moment {@code theme} changes, and a Chinese-capable font on its root.
     */
    public static void apply(Scene scene, ObservableValue<AppTheme> theme) {
        useTheme(scene.getStylesheets(), theme.getValue());
        theme.addListener((property, old, now) -> useTheme(scene.getStylesheets(), now));
        scene.getRoot().getStyleClass().add(APP);
        scene.getRoot().setStyle(fontStyle());
    }

    /**
     * Styles a dialog like the application's window, and keeps it so while the theme changes: its sheets
     * follow those of its owner's scene, or when it has no owner, of a showing window styled by
     * {@link #apply(Scene, ObservableValue)}; the light theme when there is none. Call it after
     * {@code initOwner}.
     */
    public static void apply(DialogPane pane) {
        Optional<Scene> app = ownerScene(pane).or(Styles::applicationScene);
        if (app.isPresent()) {
            Bindings.bindContent(pane.getStylesheets(), app.get().getStylesheets());
        } else {
            useTheme(pane.getStylesheets(), AppTheme.LIGHT);
        }
        pane.getStyleClass().add(APP);
        pane.setStyle(fontStyle());
    }

    /** The sheets of {@code theme}: {@link #BASE}, then the theme's own; light for {@code null}. */
    public static List<String> stylesheets(AppTheme theme) {
        AppTheme shown = theme == null ? AppTheme.LIGHT : theme;
        return List.of(resource(BASE), resource(shown.stylesheet()));
    }

    private static void useTheme(List<String> sheets, AppTheme theme) {
        List<String> wanted = stylesheets(theme);
        if (!sheets.equals(wanted)) {
            sheets.clear();
            sheets.addAll(wanted);
        }
    }

    private static String resource(String name) {
        URL sheet = Objects.requireNonNull(Styles.class.getResource(name), name);
        return sheet.toExternalForm();
    }

    private static Optional<Scene> ownerScene(DialogPane pane) {
        return Optional.ofNullable(pane.getScene())
                .map(Scene::getWindow)
                .filter(Stage.class::isInstance)
                .map(window -> ((Stage) window).getOwner())
                .map(Window::getScene)
                .filter(Styles::styled);
    }

    private static Optional<Scene> applicationScene() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .map(Window::getScene)
                .filter(Styles::styled)
                .findFirst();
    }

    private static boolean styled(Scene scene) {
        return scene != null
                && scene.getRoot() != null
                && scene.getRoot().getStyleClass().contains(APP);
    }

    /**
     * The first of {@link #FONT_FAMILIES} installed here. JavaFX CSS reads only one family name, so the
     * choice among the alternatives is made here.
     */
    static Optional<String> fontFamily() {
        return fontFamily(Font.getFamilies());
    }

    /** The first of {@link #FONT_FAMILIES} among {@code installed}. */
    static Optional<String> fontFamily(Collection<String> installed) {
        Set<String> families = Set.copyOf(installed);
        return FONT_FAMILIES.stream().filter(families::contains).findFirst();
    }

    /**
     * The family of the controls: the first of {@link #FONT_FAMILIES} among {@code installed}, else {@code shipped}'s,
     * the map's font shipped in the jar, which it loads; asked only when no installed font will do, so that a
     * machine with a Chinese font never reads the shipped 7 MB at start.
     */
    static String controlsFamily(Collection<String> installed, Supplier<String> shipped) {
        return fontFamily(installed).orElseGet(shipped);
    }

    /** The controls' family as an inline style, chosen once per run: the installed fonts do not change under it. */
    private static String fontStyle() {
        String family = controlsFamily;
        if (family == null) {
            family = controlsFamily(Font.getFamilies(), Fonts::family);
            controlsFamily = family;
        }
        return "-fx-font-family: \"" + family + "\";";
    }

    /**
     * The colour of a chain: its own {@code #RRGGBB}, or one of a fixed set chosen by its position in the
     * map when it has none or an unreadable one.
     */
    public static Color chainColor(String color, int position) {
        if (color != null) {
            try {
                return Color.web(color);
            } catch (IllegalArgumentException e) {
                // Falls through to an automatic colour; the validator reports the malformed value.
            }
        }
        return AUTOMATIC_COLORS.get(Math.floorMod(position, AUTOMATIC_COLORS.size()));
    }

    /** A colour as CSS {@code #rrggbb}. */
    public static String css(Color color) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(color.getRed() * 255),
                Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }

    /** Compare mode: something added since the older version (green). */
    public static final String COMPARE_ADDED = "compare-added";

    /** Compare mode: something only the older version had, a ghost (red, struck out). */
    public static final String COMPARE_REMOVED = "compare-removed";

    /** Compare mode: something changed since the older version (outlined blue). */
    public static final String COMPARE_CHANGED = "compare-changed";

    /** Compare mode: a gap's change on a segment box (✓ closed, ! opened, ~ changed). */
    public static final String COMPARE_GAP = "compare-gap";

    /** A gap mark that says a missing segment closed and weak now (or opened, weak before): the weak colour. */
    public static final String COMPARE_GAP_WEAK = "compare-gap-weak";

    /** Compare mode: the bar above the views (what is compared with what, key figures, close). */
    public static final String COMPARE_BAR = "compare-bar";

    /** Compare mode: the list of the changes beside the views. */
    public static final String COMPARE_LIST = "compare-list";
}
