/**
 * The open map as a file: open, save, save as, autosave and recovery after a crash, the recent files,
 * the file watched for changes on disk, the warnings of a file, and exporting pictures.
 */
package org.chainmap.ui.files;
