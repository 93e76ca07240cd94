package org.chainmap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The Help ▸ About dialog: what ChainMap is and which version runs. */
final class AboutDialog {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.chainmap/chainmap/pom.properties";

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
        Label description = new Label(text.text("app.description"));
        description.setWrapText(true);
        description.setPrefWidth(460);
        alert.getDialogPane().setContent(description);
        return alert;
    }

    /** The version Maven wrote into the build, or "dev" when it cannot be found. */
    static String version() {
        try (InputStream in = AboutDialog.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // The version is only shown; without it the dialog says "dev".
        }
        return "dev";
    }
}
