package org.chainmap.io.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the import needs of an {@code .xlsx}'s styles ({@code xl/styles.xml}), read as it streams past: the
 * number format of each cell style ({@code <cellXfs><xf numFmtId>}) and the workbook's own number formats
 * ({@code <numFmts><numFmt numFmtId formatCode>}), enough to tell whether a style shows a number as a date, as
 * POI's {@code DateUtil.isCellDateFormatted} tells it from its {@code StylesTable} (which is built with XMLBeans
 * and costs the loading of their schema of the whole format).
 */
final class StylesPart extends DefaultHandler {

    private final List<Integer> styleFormats = new ArrayList<>();
    private final Map<Integer, String> formats = new HashMap<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private boolean inFormats;
    private boolean inCellStyles;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmts" -> inFormats = true;
            case "cellXfs" -> inCellStyles = true;
            case "numFmt" -> {
                Integer id = number(attributes.getValue("numFmtId"));
                if (inFormats && id != null) {
                    formats.put(id, attributes.getValue("formatCode"));
                }
            }
            case "xf" -> {
                if (inCellStyles) {
                    Integer id = number(attributes.getValue("numFmtId"));
                    styleFormats.add(id == null ? 0 : id);
                }
            }
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "numFmts" -> inFormats = false;
            case "cellXfs" -> inCellStyles = false;
            default -> {}
        }
    }

    /** Whether the cell style at {@code index} shows a number as a date; {@code false} for a style not there. */
    boolean isDate(int index) {
        if (index < 0 || index >= styleFormats.size()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, key -> {
            int format = (short) styleFormats.get(key).intValue(); // as POI's XSSFCellStyle.getDataFormat
            String code = formats.get(format);
            return DateUtil.isADateFormat(format, code != null ? code : BuiltinFormats.getBuiltinFormat(format));
        });
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
