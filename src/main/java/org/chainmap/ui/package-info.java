/**
 * The JavaFX application: the main window and its parts (chain list, stage columns, details pane,
 * legend, status bar, menus, the search floating over them), the dialogs, the view model that holds the
 * window's state and the gap analysis of the open map ({@link org.chainmap.ui.MapGaps}, in words by
 * {@code GapText}), the translation entry point {@link org.chainmap.ui.I18n} with its bundles
 * {@code messages*.properties}, and the CSS theme with its class names in {@link org.chainmap.ui.Styles}.
 *
 * <p>The features live in sub-packages ({@code map}, {@code chains}, {@code details}, {@code edit}, {@code find},
 * {@code files}, {@code importing}, {@code lists}, {@code present}, {@code gesture}); this package holds the shell
 * that puts the window together and the core they share. See docs/ARCHITECTURE.md and decision 0026.
 *
 * <p>Views only draw what {@link org.chainmap.ui.MainViewModel} holds and forward the user's choices to
 * it; the view model knows no nodes and is tested without a screen.
 */
package org.chainmap.ui;
