/**
 * Every change to a document as a command, and the undo history.
 *
 * <p>A {@link org.chainmap.edit.Command} names a change (move this firm to that segment); it plans it on a
 * map as a {@link org.chainmap.edit.Change}, exact steps that remember what they replace, or refuses with
 * the reason ({@link org.chainmap.edit.EditRefusedException}) and changes nothing. The
 * {@link org.chainmap.edit.History} applies changes, undoes and redoes them without limit, names them for
 * the Edit menu ({@link org.chainmap.edit.Description}, {@code edits*.properties}), and knows whether the
 * map differs from what was saved. Nothing else changes a document.
 *
 * <p>Uses {@code model} only.
 */
package org.chainmap.edit;
