/**
 * Compare mode (File ▸ Compare with…, issue 19): choosing the older version (a file, the backup, the recovery copy,
 * a git revision), comparing in the background, the compare bar above the views and the list of the changes beside
 * them; the views draw the marks themselves ({@code ui.map}, from {@code render.CompareMarks}).
 */
package org.chainmap.ui.compare;
