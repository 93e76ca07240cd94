package org.chainmap.io.sheet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an {@code .xlsx} workbook as a stream of XML, part by part, holding no more of it than the tables it
 * makes (and the shared strings and styles): the workbook part for its sheets' names, which are hidden, and its
 * date system; then each visible sheet through a {@link WorksheetHandler}. A ledger of a few hundred thousand rows
 * is read in the heap its tables take, where POI's workbook model would need gigabytes. The zip is opened by POI,
 * so its zip-bomb limits ({@link org.apache.poi.openxml4j.util.ZipSecureFile}, set by {@link WorkbookReader},
 * through which every workbook is read) hold for every part read.
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

    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

    /**
     * The visible sheets of {@code file}, in the workbook's order; refused whole when a part declares a document
     * type.
     */
    static List<Table> read(File file)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException, SheetException {
        String declaring = doctypePart(file);
        if (declaring != null) {
            throw new SheetException(Message.of("file.doctype", file.getName(), declaring));
        }
        OPCPackage zip = OPCPackage.open(file, PackageAccess.READ);
        try {
            PackageRelationship document = zip.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                    .getRelationship(0);
            PackagePart workbookPart = document == null ? null : zip.getPart(document);
            if (workbookPart == null) {
                throw new OpenXML4JException("no workbook part");
            }
            XMLReader xml = XMLHelper.newXMLReader();
            WorkbookPart workbook = new WorkbookPart();
            parse(xml, workbook, workbookPart.getInputStream());
            SharedStringsPart strings = new SharedStringsPart();
            parseFirst(xml, strings, zip, SHARED_STRINGS);
            StylesPart styles = new StylesPart();
            parseFirst(xml, styles, zip, STYLES);
            List<Table> tables = new ArrayList<>();
            for (SheetEntry sheet : workbook.sheets) {
                PackagePart part = sheet.visible() ? sheetPart(workbookPart, sheet.relation()) : null;
                if (part != null) {
                    SheetGrid grid = new SheetGrid();
                    parse(
                            xml,
                            new WorksheetHandler(grid, strings.strings(), styles, workbook.date1904),
                            part.getInputStream());
                    tables.add(grid.table(sheet.name()));
                }
            }
            return tables;
        } finally {
            zip.revert(); // closes a package opened to read, without the warning close() gives
        }
    }

    /**
     * The first XML part of the package whose prolog declares a document type ({@code <!DOCTYPE}), or {@code
     * null}. Excel and WPS never write one; a workbook made to have one is after the reader's files (XXE) or its
     * memory (entities that expand). POI's parsers refuse it too, but deep inside, where the part is lost (a
     * broken {@code _rels/.rels} even passes as a missing document): here it is named. Only the prolog is read,
     * at most {@link #PROLOG_BYTES} of each part; a package that is no zip is left to POI to refuse.
     */
    static String doctypePart(File file) throws IOException {
        try (ZipFile zip = new ZipFile(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (declaresDoctype(in.readNBytes(PROLOG_BYTES))) {
                            return entry.getName();
                        }
                    }
                }
            }
            return null;
        } catch (ZipException e) {
            return null;
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
    private static void parseFirst(XMLReader xml, DefaultHandler handler, OPCPackage zip, String contentType)
            throws IOException, SAXException, OpenXML4JException {
        List<PackagePart> parts = zip.getPartsByContentType(contentType);
        if (!parts.isEmpty()) {
            parse(xml, handler, parts.get(0).getInputStream());
        }
    }

    private static void parse(XMLReader xml, DefaultHandler handler, InputStream part)
            throws IOException, SAXException {
        try (InputStream in = part) {
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }

    /**
     * The part a sheet's relation points to, if it is a worksheet or a chart sheet (the sheets POI's workbook
     * model has); {@code null} for other parts (a dialog or macro sheet) and for a relation that is not there.
     */
    private static PackagePart sheetPart(PackagePart workbookPart, String relation) throws OpenXML4JException {
        PackageRelationship link = relation == null ? null : workbookPart.getRelationship(relation);
        if (link == null) {
            return null;
        }
        String type = link.getRelationshipType();
        if (!type.equals(WORKSHEET) && !type.equals(CHARTSHEET)) {
            return null;
        }
        return workbookPart.getRelatedPart(link);
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
