package org.chainmap.io.sheet;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an {@code .xlsx} workbook as a stream of XML, part by part, holding no more of it than the tables it
 * makes (and the shared strings and styles): the workbook part for its sheets' names, which are hidden, and its
 * date system; then each visible sheet through a {@link WorksheetHandler}. A ledger of a few hundred thousand rows
 * is read in the heap its tables take, where POI's workbook model would need gigabytes. The package is opened by
 * {@link XlsxPackage} with {@code java.util.zip}, which holds every part read to the zip-bomb limits POI sets for
 * the workbooks it reads whole ({@link WorkbookReader#MIN_INFLATE_RATIO}, {@link WorkbookReader#MAX_ENTRY_BYTES}).
 * A part whose prolog declares a document type refuses the workbook, naming the part.
 */
final class XlsxReader {

    private XlsxReader() {}

    /** How far into an XML part its prolog, where a document type would be declared, is looked for. */
    static final int PROLOG_BYTES = 64 << 10;

    /** The content type of the shared-string table, as POI's {@code XSSFRelation.SHARED_STRINGS} names it. */
    static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    /** The content type of the styles, as POI's {@code XSSFRelation.STYLES} names it. */
    static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /** The relation from the workbook to a worksheet ({@code XSSFRelation.WORKSHEET}). */
    static final String WORKSHEET = RELATIONSHIPS + "worksheet";

    /** The relation from the workbook to a chart sheet ({@code XSSFRelation.CHARTSHEET}). */
    static final String CHARTSHEET = RELATIONSHIPS + "chartsheet";

    /** The relation from the package to its workbook part ({@code PackageRelationshipTypes.CORE_DOCUMENT}). */
    static final String CORE_DOCUMENT = RELATIONSHIPS + "officeDocument";

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /**
     * The visible sheets of {@code file}, in the workbook's order; refused whole when a part declares a document
     * type.
     */
    static List<Table> read(File file) throws IOException, SAXException, ParserConfigurationException, SheetException {
        try (XlsxPackage zip = XlsxPackage.open(file)) {
            String declaring = zip.declaringDoctype(PROLOG_BYTES);
            if (declaring != null) {
                throw new SheetException(Message.of("file.doctype", file.getName(), declaring));
            }
            XMLReader xml = XlsxPackage.xmlReader();
            zip.readContentTypes(xml);
            String workbookPart = zip.relationships(xml, "").stream()
                    .filter(link -> CORE_DOCUMENT.equals(link.type()))
                    .findFirst()
                    .map(XlsxPackage.Relationship::target)
                    .orElse(null);
            if (!zip.has(workbookPart)) {
                throw new IOException("no workbook part");
            }
            WorkbookPart workbook = new WorkbookPart();
            zip.parse(xml, workbook, workbookPart);
            SharedStringsPart strings = new SharedStringsPart();
            parseFirst(xml, strings, zip, SHARED_STRINGS);
            StylesPart styles = new StylesPart();
            parseFirst(xml, styles, zip, STYLES);
            Map<String, XlsxPackage.Relationship> related = new HashMap<>();
            for (XlsxPackage.Relationship link : zip.relationships(xml, workbookPart)) {
                related.putIfAbsent(link.id(), link);
            }
            List<Table> tables = new ArrayList<>();
            for (SheetEntry sheet : workbook.sheets) {
                String part = sheet.visible() ? sheetPart(zip, related.get(sheet.relation())) : null;
                if (part != null) {
                    SheetGrid grid = new SheetGrid();
                    zip.parse(xml, new WorksheetHandler(grid, strings.strings(), styles, workbook.date1904), part);
                    tables.add(grid.table(sheet.name()));
                }
            }
            return tables;
        }
    }

    /** Whether {@code <!DOCTYPE} comes before the first element of {@code head}. */
    static boolean declaresDoctype(byte[] head) {
        for (int i = 0; i < head.length - 1; i++) {
            if (head[i] != '<') {
                continue;
            }
            byte next = head[i + 1];
            if (next == '!'
                    && Arrays.equals(head, i, Math.min(head.length, i + DOCTYPE.length), DOCTYPE, 0, DOCTYPE.length)) {
                return true;
            }
            if (next != '!' && next != '?') {
                return false;
            }
        }
        return false;
    }

    /** Reads the first part of {@code contentType} with {@code handler}, if the package has one. */
    private static void parseFirst(XMLReader xml, DefaultHandler handler, XlsxPackage zip, String contentType)
            throws IOException, SAXException {
        List<String> parts = zip.partsOfType(contentType);
        if (!parts.isEmpty()) {
            zip.parse(xml, handler, parts.get(0));
        }
    }

    /**
     * The part a sheet's relation points to, if it is a worksheet or a chart sheet (the sheets POI's workbook
     * model has) and is there; {@code null} for other parts (a dialog or macro sheet) and for a relation that is not
     * there.
     */
    private static String sheetPart(XlsxPackage zip, XlsxPackage.Relationship link) {
        if (link == null || link.type() == null || link.target() == null) {
            return null;
        }
        if (!link.type().equals(WORKSHEET) && !link.type().equals(CHARTSHEET)) {
            return null;
        }
        return zip.has(link.target()) ? link.target() : null;
    }

    /** A sheet as the workbook part lists it. */
    private record SheetEntry(String name, String relation, boolean visible) {}

    /** The workbook part's list of sheets ({@code <sheet name state r:id>}) and its date system. */
    private static final class WorkbookPart extends DefaultHandler {
        final List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("sheet")) {
                String state = attributes.getValue("state");
                boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                sheets.add(new SheetEntry(attributes.getValue("name"), relation(attributes), !hidden));
            } else if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }

        /** The {@code r:id} attribute, whatever prefix the relationships' namespace has. */
        private static String relation(Attributes attributes) {
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getLocalName(i).equals("id")
                        && !attributes.getURI(i).isEmpty()) {
                    return attributes.getValue(i);
                }
            }
            return null;
        }
    }
}
