/**
 * Texts in the user's language: the one way every layer reads its message bundle and fills in a pattern. Depends
 * on nothing but the JDK, so every package may use it.
 */
package org.chainmap.text;
