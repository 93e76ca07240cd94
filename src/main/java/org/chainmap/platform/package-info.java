/**
 * What differs between the desktops ChainMap runs on, behind one face each: {@link
 * org.chainmap.platform.Desktop} (which operating system and processor), {@link
 * org.chainmap.platform.UserFolders} (where a user's logs and caches go on it), {@link
 * org.chainmap.platform.JavaFxNatives} (JavaFX's native libraries of this desktop, out of the jar that carries
 * every desktop's) and {@link org.chainmap.platform.LogFile} (the log of a user's sessions). JDK only: the
 * entry point uses it before JavaFX is loaded.
 */
package org.chainmap.platform;
