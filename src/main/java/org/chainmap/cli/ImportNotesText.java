package org.chainmap.cli;

import org.chainmap.io.sheet.ImportNotes;
import org.chainmap.io.sheet.Message;

/**
 * What an import as a whole tells beside its rows, in words, a line each: the ids of the chains it adds, the
 * firms it leaves in no segment, the new firms found local or external by their credit code, and a warning
 * when every new firm was taken as local for want of anything saying where it is (then no candidate can be
 * found).
 */
final class ImportNotesText {

    private ImportNotesText() {}

    static void write(ImportNotes notes, Console console) {
        for (Message message : notes.messages()) {
            console.out()
                    .println(
                            TerminalText.visible(message.text(console.messages().locale())));
        }
    }
}
