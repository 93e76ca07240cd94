package org.chainmap.ui.files;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chainmap.io.FileStamp;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.MapChangedException;
import org.chainmap.io.MapFile;
import org.chainmap.io.RecoveryStore;
import org.chainmap.model.RegionMap;
import org.chainmap.ui.AppData;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.OwnedDialog;
import org.chainmap.ui.ProgressDialog;

/**
 * What the File menu does so that work is never lost: Save and Save as (through {@link MapFile#save}, in
 * the background for a large map), the question "save the changes?" before the map is closed or replaced,
 * the recent files, the recovery copies ({@link Autosave}, {@link #offerRecovery()}) and the files changed
 * on disk by someone else ({@link FileWatch}).
 *
 * <p>Nothing here blocks: a question or a background save ends by running what was to happen next, or
 * nothing when the user cancelled or the save failed.
 */
public final class SaveActions {

    /** Maps with at least this many enterprises are saved in the background, with progress. */
    static final int BACKGROUND_ENTERPRISES = 5_000;

    /** How long a save waits for another writer of the file (an import on the command line) to finish. */
    static final Duration SAVE_WAIT = Duration.ofMillis(500);

    private static final System.Logger LOG = System.getLogger(SaveActions.class.getName());

    private final Window owner;
    private final MainViewModel model;
    private final Consumer<Path> opener;
    private final RecoveryStore store;
    private final RecentFiles recent;
    private final Autosave autosave;
    private final FileWatch watch = new FileWatch();
    private final FileDialogs dialogs;
    private boolean saving;
    /** Maps with at least this many enterprises are saved in the background; tests lower it. */
    private int background = BACKGROUND_ENTERPRISES;
    /** Asks where to save, given the file suggested; tests answer without a file chooser. */
    private Function<Path, Optional<Path>> chooser = this::chooseFile;

    /**
     * The File menu's saving for {@code model}'s map in the window {@code owner}; {@code opener} opens a file
     * in the window (for Reload and the recent files).
     */
    public SaveActions(Window owner, MainViewModel model, AppData data, Consumer<Path> opener) {
        this.owner = owner;
        this.model = model;
        this.opener = opener;
        this.store = data.recovery();
        this.recent = new RecentFiles(data.preferences());
        this.autosave = new Autosave(model, store, Autosave.interval());
        this.dialogs = new FileDialogs(owner, model);
        model.documentProperty().addListener((property, old, now) -> {
            if (!model.applying()) {
                opened(now);
            }
        });
        opened(model.document().orElse(null));
        autosave.start();
    }

    /** The files opened lately. */
    public RecentFiles recent() {
        return recent;
    }

    /** The recovery copies (tests). */
    Autosave autosave() {
        return autosave;
    }

    /** Saves maps with at least {@code enterprises} in the background (tests: small ones too). */
    void background(int enterprises) {
        background = enterprises;
    }

    /** Replaces the file chooser of Save as (tests). */
    void chooser(Function<Path, Optional<Path>> newChooser) {
        chooser = newChooser;
    }

    /** File ▸ Open Recent: opens {@code file} once nothing would be lost. */
    public void openRecent(Path file) {
        whenSafe(() -> opener.accept(file));
    }

    /** File ▸ Save: to the map's file, or Save as when it has none; {@code then} runs once it is saved. */
    public void save(Runnable then) {
        MapDocument shown = model.document().orElse(null);
        if (shown == null) {
            return;
        }
        if (shown.file() == null) {
            saveAs(then);
            return;
        }
        if (!watch.changedOnDisk(shown.file())) {
            write(shown.file(), then, watch.expected(shown.file()));
            return;
        }
        askOverwrite(shown, then);
    }

    /** The file changed on disk: Overwrite (the version the user was told of, no later one) / Save as / Cancel. */
    private void askOverwrite(MapDocument shown, Runnable then) {
        FileStamp told = watch.announced();
        dialogs.askOverwrite(shown.name(), answer -> {
            switch (answer) {
                case OVERWRITE -> write(shown.file(), then, told);
                case SAVE_AS -> saveAs(then);
                case CANCEL -> LOG.log(Level.DEBUG, "Save cancelled: the file changed on disk");
            }
        });
    }

    /** File ▸ Save as…: asks for a file and saves there; {@code then} runs once it is saved. */
    public void saveAs(Runnable then) {
        MapDocument shown = model.document().orElse(null);
        if (shown == null) {
            return;
        }
        Path suggested = shown.file() != null
                ? shown.file().toAbsolutePath()
                : Path.of(System.getProperty("user.home"), shown.name());
        chooser.apply(suggested).ifPresent(file -> write(file, then, watch.expected(file)));
    }

    /**
     * Runs {@code proceed} (closing the window, opening another map) if nothing would be lost: at once when
     * there are no unsaved changes; otherwise after asking Save / Don't save / Cancel, after a save that
     * worked or after discarding the changes. Cancel, or a save that failed, runs nothing.
     */
    public void whenSafe(Runnable proceed) {
        MapDocument shown = model.document().orElse(null);
        if (shown == null || !model.edits().isDirty()) {
            proceed.run();
            return;
        }
        dialogs.askUnsaved(shown.name(), answer -> {
            switch (answer) {
                case SAVE -> save(proceed);
                case DISCARD -> {
                    autosave.discard();
                    proceed.run();
                }
                case CANCEL -> LOG.log(Level.DEBUG, "Cancelled: the changes stay");
            }
        });
    }

    /** Offers the newest recovery copy a crash left behind, if there is one: Restore / Discard / Later. */
    public void offerRecovery() {
        new RecoveryOffer(model, store, dialogs).offer();
    }

    /** The window closed after {@link #whenSafe}: no more copies, and the copy goes. */
    public void closed() {
        autosave.stop();
    }

    /**
     * The window came to the front: when the map's file changed on disk, offers to reload it, or, with
     * unsaved changes, says that saving will ask first. Each change is told once.
     */
    public void checkDisk() {
        if (saving || dialogs.showing()) {
            return;
        }
        model.document().filter(shown -> shown.file() != null).ifPresent(shown -> watch.unannouncedChange()
                .ifPresent(change -> {
                    if (model.edits().isDirty()) {
                        dialogs.warnChanged(shown.name());
                    } else {
                        dialogs.askReload(shown.name(), answer -> {
                            if (answer == FileDialogs.Reload.RELOAD) {
                                opener.accept(shown.file());
                            }
                        });
                    }
                }));
    }

    /** A map shown anew (opened, reloaded, restored): watch its file and put it on the recent list. */
    private void opened(MapDocument shown) {
        Path file = shown == null ? null : shown.file();
        if (shown != null && shown.read() != null) {
            watch.watch(file, shown.read()); // what was read, not what is there a moment later
        } else {
            watch.watch(file);
        }
        if (file != null) {
            recent.add(file);
        }
    }

    /**
     * Writes the map to {@code file}: at once when small, else in the background with progress; only if the file
     * still holds {@code expected} ({@code null}: whatever it holds), under the file's lock, which an import on the
     * command line holds while it writes.
     */
    private void write(Path file, Runnable then, FileStamp expected) {
        RegionMap map = model.map().orElseThrow();
        if (map.enterprises().size() < background) {
            try {
                saved(map, file, saveAndStamp(map, file, expected), then);
            } catch (InvalidMapException e) {
                dialogs.saveRefused(file, e.problems());
            } catch (IOException | RuntimeException e) {
                failed(file, e, then);
            }
            return;
        }
        Task<FileStamp> task = new Task<>() {
            @Override
            protected FileStamp call() throws IOException, InvalidMapException {
                return saveAndStamp(map, file, expected);
            }
        };
        task.setOnSucceeded(event -> {
            saving = false;
            saved(map, file, task.getValue(), then);
        });
        task.setOnFailed(event -> {
            saving = false;
            if (task.getException() instanceof InvalidMapException invalid) {
                dialogs.saveRefused(file, invalid.problems());
            } else {
                failed(file, task.getException(), then);
            }
        });
        task.setOnCancelled(event -> saving = false);
        saving = true;
        I18n text = model.texts();
        ProgressDialog.run(
                owner,
                text,
                text.text("dialog.saving.title"),
                text.text("dialog.saving.header", FileDialogs.displayName(file)),
                task,
                "chainmap-save");
    }

    /** A save that failed: a file changed meanwhile is asked about as before a save; anything else is told. */
    private void failed(Path file, Throwable cause, Runnable then) {
        MapDocument shown = model.document().orElse(null);
        if (cause instanceof MapChangedException && shown != null && shown.file() != null) {
            // Changed between the check and the save, or so that its time and size stayed the same: ask now.
            watch.changed(file);
            askOverwrite(shown, then);
            return;
        }
        dialogs.saveFailed(file, cause);
    }

    private static FileStamp saveAndStamp(RegionMap map, Path file, FileStamp expected)
            throws IOException, InvalidMapException {
        return MapFile.save(map, file, expected, SAVE_WAIT).stamp();
    }

    /** {@code map} is in {@code file}: the window names it, and it is saved unless it changed meanwhile. */
    private void saved(RegionMap map, Path file, FileStamp stamp, Runnable then) {
        MapDocument shown = model.document().orElseThrow();
        Path absolute = file.toAbsolutePath();
        if (shown.file() == null || !shown.file().toAbsolutePath().equals(absolute)) {
            model.savedAs(file);
        }
        if (model.map().orElse(null) == map) {
            model.edits().markSaved();
            autosave.discard();
        }
        watch.watch(file, stamp);
        recent.add(file);
        model.announce(model.texts().text("status.saved", absolute));
        then.run();
    }

    private Optional<Path> chooseFile(Path suggested) {
        I18n text = model.texts();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.text("dialog.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.text("dialog.open.filter"), "*.json"));
        Path folder = suggested.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
        File chosen = OwnedDialog.save(chooser, owner);
        if (chosen == null) {
            return Optional.empty();
        }
        String name = chosen.getName();
        return Optional.of(
                name.contains(".") ? chosen.toPath() : chosen.toPath().resolveSibling(name + ".json"));
    }
}
