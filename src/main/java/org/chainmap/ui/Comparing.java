package org.chainmap.ui;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.chainmap.compare.ComparedMap;

/**
 * The window's compare mode (File ▸ Compare with…): the comparison of an older version with the map open, or
 * nothing. While there is one, every view draws {@link Shown#compared}'s map with the changes marked; the
 * {@code ui.compare} feature sets it and clears it.
 */
public final class Comparing {

    /**
     * A comparison being shown.
     *
     * @param compared the map open with the older version's removed things as ghosts, and the comparison
     * @param oldName the older version's name, as the compare bar names it
     * @param oldDate the older version's date (the file's or the revision's), or an empty string
     * @param newName the map open's name
     */
    public record Shown(ComparedMap compared, String oldName, String oldDate, String newName) {}

    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown");

    /** The comparison shown, or {@code null} outside compare mode. */
    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    /** The comparison shown; empty outside compare mode. */
    public Optional<Shown> shown() {
        return Optional.ofNullable(shown.get());
    }

    /** Whether the window is in compare mode. */
    public boolean active() {
        return shown.get() != null;
    }
}
