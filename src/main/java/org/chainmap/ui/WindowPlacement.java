package org.chainmap.ui;

import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Where the main window stands, how large it is, whether it is maximised, and how wide its side panes are:
 * chosen for the screen at the first start, kept in the preferences node {@value #NODE} when the window
 * closes, and brought back at the next start on a screen that exists then.
 *
 * <p>At the first start the window takes {@value #SHARE} of the screen's visual bounds, centred, or the
 * whole screen (maximised) when the screen is small (a 1366×768 laptop); the chain list and the details get
 * fixed widths, capped to shares of the window, and the chain in the middle takes the rest. The side panes
 * keep their widths in pixels while the window is resized; a width the user drags is the one kept.
 */
final class WindowPlacement {

    /** The preferences node, under the application's, holding the window's place. */
    static final String NODE = "window";

    /** The smallest window: small enough for a 1366×768 laptop with a task bar. */
    static final double MIN_WIDTH = 900;

    static final double MIN_HEIGHT = 600;

    /** The share of the screen's visual bounds the first window takes on a large screen. */
    static final double SHARE = 0.9;

    /** A screen narrower or lower than this (visual bounds) gets a maximised first window. */
    static final double SMALL_WIDTH = 1440;

    static final double SMALL_HEIGHT = 860;

    /** The chain list's width at first, and its largest share of the window's width then. */
    static final double CHAIN_LIST_WIDTH = 270;

    static final double CHAIN_LIST_SHARE = 0.2;

    /** The details pane's width at first, and its largest share of the window's width then. */
    static final double DETAILS_WIDTH = 340;

    static final double DETAILS_SHARE = 0.25;

    /** The side panes together never take more of the window than this, so the chain stays the widest. */
    static final double SIDES_SHARE = 0.55;

    /** How long after showing a window its size is held against the platform's shrinking it. */
    static final Duration SETTLE = Duration.seconds(8);

    static final String X = "x";
    static final String Y = "y";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String MAXIMIZED = "maximized";
    static final String CHAIN_LIST = "chainList";
    static final String DETAILS = "details";

    private final Preferences node;
    private final Stage stage;
    private final SplitPane panes;
    private final Region left;
    private final Region right;
    /** The window's bounds when last neither maximised nor minimised. */
    private Rectangle2D normal;

    private double leftWidth;
    private double rightWidth;
    private boolean maximized;
    /** The panes' width at the last layout pass, whose sides were set for it. */
    private double laidOutWidth = -1;
    /** Whether the window was shown just now, and its size is still the platform's doing. */
    private boolean settling = true;

    /**
     * The place of {@code stage}, whose root holds {@code panes}: {@code left} (the chain list), the chain, and
     * {@code right} (the details); kept in {@code preferences}' node {@value #NODE}.
     */
    WindowPlacement(Preferences preferences, Stage stage, SplitPane panes, Region left, Region right) {
        this.node = preferences.node(NODE);
        this.stage = stage;
        this.panes = panes;
        this.left = left;
        this.right = right;
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
    }

    /** The first window on a screen with {@code visual} bounds: {@value #SHARE} of it, centred. */
    static Rectangle2D firstBounds(Rectangle2D visual) {
        double width = Math.max(Math.min(MIN_WIDTH, visual.getWidth()), visual.getWidth() * SHARE);
        double height = Math.max(Math.min(MIN_HEIGHT, visual.getHeight()), visual.getHeight() * SHARE);
        return new Rectangle2D(
                visual.getMinX() + (visual.getWidth() - width) / 2,
                visual.getMinY() + (visual.getHeight() - height) / 2,
                width,
                height);
    }

    /** Whether the first window on a screen with {@code visual} bounds is maximised: a small screen. */
    static boolean startsMaximized(Rectangle2D visual) {
        return visual.getWidth() < SMALL_WIDTH || visual.getHeight() < SMALL_HEIGHT;
    }

    /**
     * {@code wanted}, a window's bounds kept from an earlier run, moved and shrunk onto the screen that holds
     * most of it now, among {@code screens} (visual bounds); onto {@code primary} when none holds any of it.
     */
    static Rectangle2D onScreen(Rectangle2D wanted, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = primary;
        double most = 0;
        for (Rectangle2D each : screens) {
            double overlap = overlap(wanted, each);
            if (overlap > most) {
                most = overlap;
                screen = each;
            }
        }
        double width = Math.min(Math.max(wanted.getWidth(), Math.min(MIN_WIDTH, screen.getWidth())), screen.getWidth());
        double height =
                Math.min(Math.max(wanted.getHeight(), Math.min(MIN_HEIGHT, screen.getHeight())), screen.getHeight());
        double x = Math.min(Math.max(wanted.getMinX(), screen.getMinX()), screen.getMaxX() - width);
        double y = Math.min(Math.max(wanted.getMinY(), screen.getMinY()), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    /**
     * The side panes' widths in a window {@code width} wide, for wanted widths {@code chainList} and
     * {@code details}: each at least its pane's minimum, both together at most {@value #SIDES_SHARE} of the
     * window, shrunk in proportion when more.
     */
    static double[] sideWidths(double width, double chainList, double details, double minLeft, double minRight) {
        double leftShown = Math.max(chainList, minLeft);
        double rightShown = Math.max(details, minRight);
        double most = width * SIDES_SHARE;
        if (leftShown + rightShown > most) {
            double scale = most / (leftShown + rightShown);
            leftShown = Math.max(minLeft, leftShown * scale);
            rightShown = Math.max(minRight, rightShown * scale);
        }
        return new double[] {leftShown, rightShown};
    }

    /**
     * A scene of {@code root} at the size the window is about to take (the screen's when maximised): JavaFX lays a
     * new window out once inside {@code show()}, at its scene's size, or, when that has none, at the root's
     * preferred size, a throw-away layout of the whole window before it gets its real one (docs/performance.md,
     * "Start-up"). The window's frame, not known before showing, still takes its few pixels after.
     */
    Scene scene(Parent root) {
        place();
        Rectangle2D size = maximized ? Screen.getPrimary().getVisualBounds() : normal;
        return new Scene(root, size.getWidth(), size.getHeight());
    }

    /** Places the stage before it is shown: as it was last time, clamped to a screen, or as at a first start. */
    void beforeShowing() {
        if (normal == null) {
            place();
        }
        stage.setX(normal.getMinX());
        stage.setY(normal.getMinY());
        stage.setWidth(normal.getWidth());
        stage.setHeight(normal.getHeight());
        stage.setMaximized(maximized);
        follow();
    }

    /** Chooses the window's bounds, whether it is maximised, and the side panes' widths, from the preferences. */
    private void place() {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds;
        if (node.getDouble(WIDTH, 0) > 0 && node.getDouble(HEIGHT, 0) > 0) {
            Rectangle2D kept = new Rectangle2D(
                    node.getDouble(X, 0), node.getDouble(Y, 0), node.getDouble(WIDTH, 0), node.getDouble(HEIGHT, 0));
            List<Rectangle2D> screens =
                    Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
            bounds = onScreen(kept, screens, primary);
            maximized = node.getBoolean(MAXIMIZED, false);
        } else {
            bounds = firstBounds(primary);
            maximized = startsMaximized(primary);
        }
        double shownWidth = maximized ? primary.getWidth() : bounds.getWidth();
        leftWidth = node.getDouble(CHAIN_LIST, Math.min(CHAIN_LIST_WIDTH, shownWidth * CHAIN_LIST_SHARE));
        rightWidth = node.getDouble(DETAILS, Math.min(DETAILS_WIDTH, shownWidth * DETAILS_SHARE));
        normal = bounds;
    }

    /**
     * After the stage is shown: its minimum size (set after showing, since some window managers open a window
     * at its minimum size when given one before), maximised again if the window manager ignored it, and the
     * side panes at their widths.
     */
    void afterShowing() {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (maximized && !stage.isMaximized()) {
            stage.setMaximized(true);
        }
        Rectangle2D wanted = normal;
        hold(stage, () -> stage.isMaximized() ? null : wanted);
        settling = true;
        FxDelay.after(SETTLE, () -> {
            settling = false;
            noteNormal();
        });
        applyWidths();
    }

    /**
     * Keeps {@code window} at least at the size {@code wanted} gives (nothing when it gives {@code null}) for
     * {@link #SETTLE} after it is shown. JavaFX on Linux, under some window managers (Openbox), shrinks a window
     * just after showing it to 200×200 pixels or to its minimum size, whatever size it was given; put back
     * once, the size stays.
     */
    static void hold(Window window, Supplier<Rectangle2D> wanted) {
        ChangeListener<Number> check = (o, was, now) -> Platform.runLater(() -> {
            Rectangle2D size = wanted.get();
            if (size != null
                    && window.isShowing()
                    && (window.getWidth() < size.getWidth() - 1 || window.getHeight() < size.getHeight() - 1)) {
                window.setWidth(size.getWidth());
                window.setHeight(size.getHeight());
            }
        });
        window.widthProperty().addListener(check);
        window.heightProperty().addListener(check);
        check.changed(null, null, null);
        FxDelay.after(SETTLE, () -> {
            window.widthProperty().removeListener(check);
            window.heightProperty().removeListener(check);
        });
    }

    /** Keeps the normal bounds as they change, the panes' widths, and writes them all when the window closes. */
    private void follow() {
        stage.xProperty().addListener((o, was, now) -> noteNormal());
        stage.yProperty().addListener((o, was, now) -> noteNormal());
        stage.widthProperty().addListener((o, was, now) -> noteNormal());
        stage.heightProperty().addListener((o, was, now) -> noteNormal());
        // The window's width reaches the panes late and in steps (the window manager's say): each time, the
        // side panes are set to their widths in pixels again, the chain taking what is left. Not when the width
        // changes but after the layout at the new width: that layout's SplitPane skin keeps the side panes at
        // their widths of the last layout (not resizable with the parent), which undoes dividers set before it.
        // The first layout (inside show()) is at the scene's size, the window's but for its frame (see scene()).
        panes.getScene().addPostLayoutPulseListener(this::afterLayout);
        // Only the user's drag of a divider changes the widths wanted.
        panes.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (onDivider(event.getTarget()) && left.getWidth() > 0 && right.getWidth() > 0) {
                leftWidth = left.getWidth();
                rightWidth = right.getWidth();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> remember());
    }

    private static boolean onDivider(Object target) {
        for (Node each = target instanceof Node hit ? hit : null; each != null; each = each.getParent()) {
            if (each.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    private void noteNormal() {
        if (!stage.isShowing() || stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        // While the window settles, the platform's shrinking it is not the user's choice.
        if (settling && (stage.getWidth() < normal.getWidth() - 1 || stage.getHeight() < normal.getHeight() - 1)) {
            return;
        }
        normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** After a layout pass: at a new width, the side panes set to their widths again and laid out in this pulse. */
    private void afterLayout() {
        double width = panes.getWidth();
        if (width > 0 && width != laidOutWidth) {
            laidOutWidth = width;
            applyWidths();
            panes.layout();
        }
    }

    /** Sets the dividers so that the side panes have their widths in pixels. */
    void applyWidths() {
        double width = panes.getWidth();
        if (width <= 0) {
            return;
        }
        double[] sides = sideWidths(width, leftWidth, rightWidth, left.minWidth(-1), right.minWidth(-1));
        panes.setDividerPositions(sides[0] / width, 1 - sides[1] / width);
    }

    /** Writes the window's place and the panes' widths to the preferences. */
    void remember() {
        node.putDouble(X, normal.getMinX());
        node.putDouble(Y, normal.getMinY());
        node.putDouble(WIDTH, normal.getWidth());
        node.putDouble(HEIGHT, normal.getHeight());
        node.putBoolean(MAXIMIZED, stage.isMaximized());
        node.putDouble(CHAIN_LIST, leftWidth);
        node.putDouble(DETAILS, rightWidth);
    }
}
