package org.chainmap.model;

/**
 * A word inside a problem message that is itself translated, such as "segment" or "a string".
 * {@link Problem#message} looks its key up in the same resource bundle as the message.
 */
public interface Localizable {

    /** The key of the word in {@code org/chainmap/model/problems.properties}. */
    String messageKey();
}
