package org.chainmap.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Help ▸ About dialog: what ChainMap is, which version runs and when it was built, and the licences: the
 * project's (Apache-2.0, the {@code LICENSE} file), the map font's (SIL Open Font License 1.1) and those of the
 * libraries inside the jar ({@code third-party.tsv}, kept with the dependencies of {@code pom.xml}).
 */
final class AboutDialog {

    /** The id of the list of libraries and their licences. */
    static final String LIBRARIES_ID = "about-libraries";

    private static final String BUILD_PROPERTIES = "/org/chainmap/build.properties";
    private static final String THIRD_PARTY = "third-party.tsv";

    private AboutDialog() {}

    /** The dialog, in the interface's language. */
    static Alert create(Window owner, I18n text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", OkButton.of(text));
        if (owner != null) {
            alert.initOwner(owner);
        }
        Styles.apply(alert.getDialogPane());
        alert.setTitle(text.text("dialog.about.title"));
        alert.setHeaderText(text.text("dialog.about.header", version()));
        Label description = wrapped(text.text("app.description"));
        Label built = wrapped(text.text("about.built", version(), built()));
        Label licence = wrapped(text.text("about.licence"));
        Label font = wrapped(text.text("about.font"));
        Label libraries = wrapped(text.text("about.libraries"));
        TextArea list = new TextArea(String.join("\n", libraries()));
        list.setId(LIBRARIES_ID);
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(8);
        VBox content = new VBox(8, description, built, licence, font, libraries, list);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        return alert;
    }

    private static Label wrapped(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        // Whole paragraphs: where the screen is short (a 768-pixel laptop, high contrast's large type) the list
        // of libraries below gives up its rows first.
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The version Maven wrote into the build, or "dev" when it cannot be found. */
    static String version() {
        return buildProperty("version", "dev");
    }

    /** When the jar was built (UTC), or "?" when it cannot be found. */
    static String built() {
        return buildProperty("built", "?");
    }

    private static String buildProperty(String key, String otherwise) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String value = properties.getProperty(key, otherwise);
                // An unfiltered file (an IDE's build that skips Maven's filtering) still has the placeholders.
                return value.startsWith("${") ? otherwise : value;
            }
        } catch (IOException e) {
            // Only shown; without it the dialog says so.
        }
        return otherwise;
    }

    /** The libraries inside the jar, one line each: name, licence. */
    static List<String> libraries() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = AboutDialog.class.getResourceAsStream(THIRD_PARTY)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] columns = line.split("\t");
                if (!line.startsWith("#") && columns.length == 3) {
                    lines.add(columns[0] + " — " + columns[2]);
                }
            }
        } catch (IOException e) {
            // Only shown; the licences are also in docs/licences.md.
        }
        return lines;
    }
}
