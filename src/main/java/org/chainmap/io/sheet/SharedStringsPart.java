package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-string table of an {@code .xlsx} ({@code xl/sharedStrings.xml}), read as it streams past: one text
 * per {@code <si>}, the text of its {@code <t>} elements, plain or in rich-text runs, one after the other, without
 * the phonetic guides ({@code <rPh>}), and with Excel's escapes ({@code _x000D_}) undone ({@link OoxmlText}). That
 * is the text POI's {@code ReadOnlySharedStringsTable} gives, without the rich-text objects it makes of each
 * string on every lookup (the first of which loads XMLBeans' whole schema of the format).
 */
final class SharedStringsPart extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private boolean inPhonetic;

    /** The strings read, in the table's order: a cell of type {@code s} names one by its index. */
    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> inText = inItem && !inPhonetic;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(OoxmlText.decoded(text.toString()));
                inItem = false;
            }
            case "rPh" -> inPhonetic = false;
            case "t" -> inText = false;
            default -> {}
        }
    }
}
