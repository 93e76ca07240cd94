package org.chainmap.ui.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.Theme;
import org.chainmap.ui.I18n;
import org.chainmap.ui.OwnedDialog;

/**
 * File ▸ Export picture…: what to export (the chain, the current view, the panorama), as what (a PNG picture, or
 * an SVG or PDF vector document), how sharp a PNG (dots per inch, or a scale), the theme and the background, with
 * the size shown before anything is written.
 */
public final class ExportDialog {

    /** What can be exported. */
    public enum Subject {
        /** The whole selected chain. */
        CHAIN,
        /** What the map shows now, at its zoom. */
        VIEW,
        /** The panorama of all chains. */
        PANORAMA
    }

    /** What a picture is written as. */
    public enum Format {
        /** A PNG picture, in pixels. */
        PNG,
        /** An SVG document, vector. */
        SVG,
        /** A PDF document, vector, the map font embedded. */
        PDF;

        /** The file name extension, without the dot. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the user asked for.
     *
     * @param subject what to export
     * @param format what to write it as
     * @param scale pixels per map unit (of a PNG)
     * @param theme the colours
     * @param transparent whether the background is left transparent
     * @param toPage whether a PNG is fitted to an A3 page at 300 dpi as {@code export} fits it without {@code
     *     --dpi} or {@code --scale} ({@link Pictures#toPage}), at {@code scale}
     */
    public record Choice(
            Subject subject, Format format, double scale, Theme theme, boolean transparent, boolean toPage) {}

    /** The ids of the dialog's controls, for tests. */
    static final String SUBJECT_ID = "export-subject";

    public static final String FORMAT_ID = "export-format";
    public static final String DPI_ID = "export-dpi";
    public static final String SIZE_ID = "export-size";
    public static final String PAGE_ID = "export-page";
    public static final String BY_DPI_ID = "export-by-dpi";

    private final I18n text;
    private final Function<Subject, Picture> pictures;
    private final Dialog<Choice> dialog = new Dialog<>();
    private final ChoiceBox<Subject> subject = new ChoiceBox<>();
    private final ChoiceBox<Format> format = new ChoiceBox<>();
    private final RadioButton byPage;
    private final RadioButton byDpi;
    private final RadioButton byScale;
    private final Spinner<Integer> dpi = new Spinner<>(96, 600, 192, 24);
    private final Spinner<Double> scale = new Spinner<>(1.0, 4.0, 2.0, 0.5);
    private final ChoiceBox<Theme> theme = new ChoiceBox<>();
    private final CheckBox transparent;
    private final Label size = new Label();
    private final ButtonType export;

    private ExportDialog(Window owner, I18n text, Function<Subject, Picture> pictures) {
        this.text = text;
        this.pictures = pictures;
        OwnedDialog.prepare(dialog, owner, "export");
        dialog.setTitle(text.text("dialog.export.title"));
        dialog.setHeaderText(text.text("dialog.export.header"));
        subject.setId(SUBJECT_ID);
        subject.getItems().setAll(Subject.values());
        subject.setConverter(
                converter(s -> text.text("dialog.export.subject." + s.name().toLowerCase(Locale.ROOT))));
        subject.setValue(Subject.CHAIN);
        format.setId(FORMAT_ID);
        format.getItems().setAll(Format.values());
        format.setConverter(converter(f -> text.text("dialog.export.format." + f.extension())));
        format.setValue(Format.PNG);
        ToggleGroup density = new ToggleGroup();
        // By default a PNG is fitted to an A3 page at 300 dpi, by the rule of the command line (Pictures.toPage).
        byPage = radio(text.text("dialog.export.page"), PAGE_ID, density);
        byDpi = radio(text.text("dialog.export.dpi"), BY_DPI_ID, density);
        byScale = radio(text.text("dialog.export.scale"), null, density);
        byPage.setSelected(true);
        dpi.setId(DPI_ID);
        dpi.setEditable(true);
        scale.setEditable(true);
        var vector = format.valueProperty().isNotEqualTo(Format.PNG);
        byPage.disableProperty().bind(vector);
        byDpi.disableProperty().bind(vector);
        byScale.disableProperty().bind(vector);
        dpi.disableProperty().bind(byDpi.selectedProperty().not().or(vector));
        scale.disableProperty().bind(byScale.selectedProperty().not().or(vector));
        theme.getItems().setAll(List.of(Theme.LIGHT, Theme.DARK, Theme.CONTRAST));
        theme.setConverter(converter(t -> text.text("dialog.export.theme." + t.name())));
        theme.setValue(Theme.LIGHT);
        transparent = new CheckBox(text.text("dialog.export.transparent"));
        size.setId(SIZE_ID);
        // The size and how it was chosen wrap, rather than make the dialog as wide as the sentence.
        size.setWrapText(true);
        size.setPrefWidth(480);
        size.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        export = new ButtonType(text.text("dialog.export.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane()
                .getButtonTypes()
                .setAll(export, new ButtonType(text.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        for (Observable changing : List.of(
                subject.valueProperty(),
                format.valueProperty(),
                density.selectedToggleProperty(),
                dpi.valueProperty(),
                scale.valueProperty())) {
            changing.addListener(o -> measure());
        }
        measure();
        dialog.getDialogPane()
                .setContent(form(
                        new Label(text.text("dialog.export.subject")),
                        subject,
                        new Label(text.text("dialog.export.format")),
                        format,
                        byPage,
                        new Label(),
                        byDpi,
                        dpi,
                        byScale,
                        scale,
                        new Label(text.text("dialog.export.theme")),
                        theme,
                        new Label(),
                        transparent,
                        new Label(text.text("dialog.export.pixels")),
                        new HBox(size)));
        dialog.setResultConverter(button -> button == export
                ? new Choice(
                        subject.getValue(),
                        format.getValue(),
                        chosenScale(),
                        theme.getValue(),
                        transparent.isSelected(),
                        byPage.isSelected())
                : null);
    }

    /**
     * The dialog, for pictures made by {@code pictures}; its result is the user's choice, or nothing when
     * cancelled.
     */
    public static Dialog<Choice> create(Window owner, I18n text, Function<Subject, Picture> pictures) {
        return new ExportDialog(owner, text, pictures).dialog;
    }

    private double chosenScale() {
        if (byPage.isSelected()) {
            return Pictures.AUTOMATIC_SCALE;
        }
        return byDpi.isSelected() ? dpi.getValue() / PngExport.BASE_DPI : scale.getValue();
    }

    /** Shows the picture's size in pixels, and refuses one that is too large; a vector document has any size. */
    private void measure() {
        if (format.getValue() != Format.PNG) {
            Picture picture = pictures.apply(subject.getValue());
            double millimetres = 25.4 / PngExport.BASE_DPI;
            size.setText(text.text(
                    "dialog.export.vectorSize",
                    Math.round(picture.width()),
                    Math.round(picture.height()),
                    Math.round(picture.width() * millimetres),
                    Math.round(picture.height() * millimetres)));
            dialog.getDialogPane().lookupButton(export).setDisable(false);
            return;
        }
        if (byPage.isSelected()) {
            Pictures.PageFit fit = Pictures.toPage(pictures.apply(subject.getValue()), chosenScale());
            size.setText(
                    fit.fitted()
                            ? text.text(
                                    "dialog.export.fitted",
                                    fit.written().width(),
                                    fit.written().height(),
                                    fit.percent(),
                                    fit.asked().width(),
                                    fit.asked().height())
                            : text.text(
                                    "dialog.export.fits",
                                    fit.written().width(),
                                    fit.written().height()));
            dialog.getDialogPane().lookupButton(export).setDisable(false);
            return;
        }
        PngExport.Size pixels = PngExport.size(pictures.apply(subject.getValue()), chosenScale());
        size.setText(text.text(
                pixels.fits() ? "dialog.export.size" : "dialog.export.tooLarge",
                pixels.width(),
                pixels.height(),
                PngExport.MAX_SIDE));
        dialog.getDialogPane().lookupButton(export).setDisable(!pixels.fits());
    }

    /** A choice of {@code group}, labelled {@code label}, with the style id {@code id} (none when null). */
    private static RadioButton radio(String label, String id, ToggleGroup group) {
        RadioButton radio = new RadioButton(label);
        radio.setId(id);
        radio.setToggleGroup(group);
        return radio;
    }

    /** A form of rows, each a label and its control. */
    private static GridPane form(Node... labelsAndControls) {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(Insets.EMPTY); // the dialog pane's content gives the margin (base.css)
        for (int i = 0; i < labelsAndControls.length; i += 2) {
            form.addRow(i / 2, labelsAndControls[i], labelsAndControls[i + 1]);
        }
        return form;
    }

    /** Shows the dialog and waits for the choice. */
    public static Optional<Choice> ask(Window owner, I18n text, Function<Subject, Picture> pictures) {
        return create(owner, text, pictures).showAndWait();
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("a choice is picked, not typed");
            }
        };
    }

    /**
     * How the picture's file is chosen: the system's save dialog ({@link OwnedDialog#save}); tests answer it
     * themselves, as no system dialog opens headless.
     */
    static java.util.function.BiFunction<javafx.stage.FileChooser, Window, java.io.File> saving = OwnedDialog::save;

    /**
     * Asks where to write the picture {@code choice} describes: a file named after the chain {@code chainId} (or
     * "panorama"), in the folder of {@code mapFile} when there is one; empty when the user cancels.
     */
    public static java.util.Optional<java.nio.file.Path> chooseFile(
            Window owner, I18n text, Choice choice, String chainId, java.nio.file.Path mapFile) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(text.text("dialog.export.save"));
        String extension = choice.format().extension();
        chooser.getExtensionFilters()
                .add(new javafx.stage.FileChooser.ExtensionFilter(
                        text.text("dialog.export.filter." + extension), "*." + extension));
        chooser.setInitialFileName((choice.subject() == Subject.PANORAMA ? "panorama" : chainId) + "." + extension);
        if (mapFile != null && mapFile.getParent() != null) {
            chooser.setInitialDirectory(mapFile.getParent().toFile());
        }
        java.io.File chosen = saving.apply(chooser, owner);
        return java.util.Optional.ofNullable(chosen).map(java.io.File::toPath);
    }
}
