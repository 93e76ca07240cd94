package org.chainmap.ui.files;

import java.io.IOException;
import java.lang.System.Logger.Level;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.io.Recovery;
import org.chainmap.io.RecoveryStore;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;

/**
 * At start, offers the work a crash kept from being saved: the newest recovery copy left by a session that
 * no longer runs. Restore shows it as the map of its original file with unsaved changes, so that Save
 * writes that file; Discard deletes it; Later keeps it for the next start. Older copies wait their turn.
 */
final class RecoveryOffer {

    private static final System.Logger LOG = System.getLogger(RecoveryOffer.class.getName());

    private final MainViewModel model;
    private final RecoveryStore store;
    private final FileDialogs dialogs;

    RecoveryOffer(MainViewModel model, RecoveryStore store, FileDialogs dialogs) {
        this.model = model;
        this.store = store;
        this.dialogs = dialogs;
    }

    /** Asks about the newest copy left behind, if any. */
    void offer() {
        store.orphans().stream()
                .findFirst()
                .ifPresent(found -> dialogs.askRecover(found, answer -> {
                    switch (answer) {
                        case RESTORE -> restore(found);
                        case DISCARD -> discard(found);
                        case LATER -> LOG.log(Level.DEBUG, "Recovery copy kept for later: " + found.copy());
                    }
                }));
    }

    /** Shows the copy as the unsaved work on its original file, and makes it this session's copy. */
    void restore(Recovery found) {
        LoadResult result = MapReader.read(found.copy());
        if (result.map().isEmpty()) {
            dialogs.recoveryUnreadable(found, result.problems());
            return;
        }
        model.show(new MapDocument(result.map().get(), found.original(), found.name(), result.problems()));
        model.edits().markUnsaved();
        try {
            store.adopt(found);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Recovery copy not taken over (the next autosave writes it again): " + e);
        }
        model.announce(model.texts().text("status.restored", found.name()));
    }

    private void discard(Recovery found) {
        try {
            store.discard(found);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Recovery copy not deleted: " + e);
        }
    }
}
