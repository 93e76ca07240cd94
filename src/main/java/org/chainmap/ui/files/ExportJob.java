package org.chainmap.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.chainmap.io.AtomicWrite;
import org.chainmap.render.Picture;
import org.chainmap.render.Pictures;
import org.chainmap.render.PngExport;
import org.chainmap.render.vector.VectorExport;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.OkButton;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.ProgressDialog;

/**
 * Writes a picture (PNG, SVG or PDF) in the background with a progress dialog that can cancel it. The window
 * stays usable; the file is replaced only when the new picture is complete, and a cancelled or failed export
 * leaves nothing behind.
 */
public final class ExportJob extends Task<Path> {

    private static final System.Logger LOG = System.getLogger(ExportJob.class.getName());

    private final Picture picture;
    private final ExportDialog.Choice choice;
    private final Path target;

    public ExportJob(Picture picture, ExportDialog.Choice choice, Path target) {
        // Fitted to the page by the rule of the command line (Pictures.toPage).
        this.picture = choice.toPage() && choice.format() == ExportDialog.Format.PNG
                ? Pictures.toPage(picture, choice.scale()).picture()
                : picture;
        this.choice = choice;
        this.target = target;
    }

    @Override
    protected Path call() throws IOException {
        try {
            AtomicWrite.write(target, out -> {
                switch (choice.format()) {
                    case SVG -> VectorExport.svg(picture, choice.theme(), choice.transparent(), out);
                    case PDF -> VectorExport.pdf(
                            List.of(picture), picture.title(), choice.theme(), choice.transparent(), out);
                    default -> PngExport.write(
                            picture,
                            choice.scale(),
                            choice.theme(),
                            choice.transparent(),
                            Map.of(),
                            out,
                            new PngExport.Progress() {
                                @Override
                                public void worked(double done) {
                                    updateProgress(done, 1);
                                }

                                @Override
                                public boolean cancelled() {
                                    return isCancelled();
                                }
                            });
                }
            });
            return target.toAbsolutePath();
        } catch (CancellationException e) {
            return null;
        }
    }

    /**
     * Starts the job on a background thread with a progress dialog over {@code owner}; {@code done} hears
     * the written file, or {@code null} when the user cancelled; {@code failed} hears what went wrong.
     */
    public void start(Window owner, I18n text, Consumer<Path> done, Consumer<Throwable> failed) {
        setOnSucceeded(event -> done.accept(getValue()));
        setOnCancelled(event -> done.accept(null));
        setOnFailed(event -> {
            LOG.log(System.Logger.Level.WARNING, "Export to " + target + " failed", getException());
            failed.accept(getException());
        });
        ProgressDialog.run(
                owner,
                text,
                text.text("dialog.export.title"),
                text.text("dialog.export.progress", target.getFileName()),
                this,
                "chainmap-export");
    }

    /**
     * Writes {@code picture} as {@code choice} says to {@code file}, in the background, with progress; the
     * status bar tells when it is written, an error dialog why it could not be.
     */
    public static void write(
            Window stage, MainViewModel model, Picture picture, ExportDialog.Choice choice, Path file) {
        I18n text = model.texts();
        new ExportJob(picture, choice, file)
                .start(
                        stage,
                        text,
                        written -> {
                            if (written != null) {
                                model.announce(text.text("status.exported", written.getFileName()));
                            }
                        },
                        failure -> {
                            Alert alert = new Alert(
                                    Alert.AlertType.ERROR, String.valueOf(failure.getMessage()), OkButton.of(text));
                            OwnedDialog.prepare(alert, stage, null);
                            alert.setTitle(text.text("dialog.export.title"));
                            alert.setHeaderText(text.text("dialog.export.failed", file.getFileName()));
                            alert.show();
                        });
    }
}
