package org.chainmap.io.sheet;

import java.io.Closeable;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An {@code .xlsx} as the package it is (Open Packaging Conventions, ECMA-376 Part 2), read with
 * {@code java.util.zip}: its parts by name (compared without regard to case, as part names are), each part's
 * content type ({@code [Content_Types].xml}: an override for the part, else the default for its extension), and a
 * part's relationships ({@code _rels/NAME.rels}) with their targets resolved to part names. What the import needs of
 * POI's {@code OPCPackage}, without the Commons Compress, Commons IO and Log4j classes that opening one loads (a
 * few hundred classes, and their compilation, in a command of a few seconds). POI's zip-bomb limits are kept here:
 * a part that inflates to more than {@link WorkbookReader#MAX_ENTRY_BYTES}, or, once past
 * {@link #GRACE_BYTES}, to more than {@code 1 / }{@link WorkbookReader#MIN_INFLATE_RATIO} times its packed size,
 * stops the reading with a {@link Bomb} as it streams, before it is expanded.
 */
final class XlsxPackage implements Closeable {

    /** A part inflated this far is not yet held to the ratio (POI's grace: small parts pack badly). */
    static final long GRACE_BYTES = 100L << 10;

    private static final String CONTENT_TYPES = "[content_types].xml";

    /** A part that would expand as a zip bomb does: refused as it streams. */
    static final class Bomb extends IOException {
        private static final long serialVersionUID = 1L;

        Bomb(String part) {
            super("zip bomb in " + part);
        }
    }

    /**
     * A relationship of a part.
     *
     * @param target the part it points to, as a part name without the leading slash; {@code null} for an
     *     external target
     */
    record Relationship(String id, String type, String target) {}

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new TreeMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory()) {
                entries.putIfAbsent(key(entry.getName()), entry);
            }
        }
    }

    /**
     * Opens {@code file} as a package; its content types are read at once.
     *
     * @throws IOException if it is no zip or has no content types
     */
    static XlsxPackage open(File file) throws IOException {
        ZipFile zip = new ZipFile(file);
        try {
            return new XlsxPackage(zip);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /**
     * A namespace-aware SAX reader that refuses a document type declaration (and so every entity of one) and prints
     * nothing: what is wrong with a part is thrown, for the caller to put in the user's words.
     */
    static XMLReader xmlReader() throws SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        // A fatal error is thrown, as the default handler does, but not also printed on standard error (Xerces'
        // own handler writes "[Fatal Error] …" there); the others are not errors of a workbook.
        reader.setErrorHandler(new DefaultHandler());
        return reader;
    }

    /** Reads the content types; a package without them is no workbook. */
    void readContentTypes(XMLReader xml) throws IOException, SAXException {
        if (!entries.containsKey(CONTENT_TYPES)) {
            throw new IOException("no [Content_Types].xml");
        }
        parse(xml, new ContentTypes(), CONTENT_TYPES);
    }

    /**
     * The first XML part (in the zip's order) whose prolog declares a document type, or {@code null}; only the first
     * {@code prolog} bytes of each part are read.
     */
    String declaringDoctype(int prolog) throws IOException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (XlsxReader.declaresDoctype(in.readNBytes(prolog))) {
                        return entry.getName();
                    }
                }
            }
        }
        return null;
    }

    /** Whether the package has the part {@code name}. */
    boolean has(String name) {
        return name != null && entries.containsKey(key(name));
    }

    /** The content type of the part {@code name}: its override, else its extension's default; or {@code null}. */
    String contentType(String name) {
        String key = key(name);
        String type = overrides.get(key);
        if (type != null) {
            return type;
        }
        int dot = key.lastIndexOf('.');
        return dot < 0 || key.indexOf('/', dot) >= 0 ? null : defaults.get(key.substring(dot + 1));
    }

    /** The parts of content type {@code type}, by name. */
    List<String> partsOfType(String type) {
        List<String> parts = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (type.equals(contentType(name))) {
                parts.add(name);
            }
        }
        return parts;
    }

    /** The relationships of the part {@code source} ({@code ""} for the package's own), in their order. */
    List<Relationship> relationships(XMLReader xml, String source) throws IOException, SAXException {
        String base = key(source);
        int slash = base.lastIndexOf('/');
        String folder = slash < 0 ? "" : base.substring(0, slash + 1);
        String rels = folder + "_rels/" + base.substring(slash + 1) + ".rels";
        Relationships handler = new Relationships(folder);
        if (entries.containsKey(rels)) {
            parse(xml, handler, rels);
        }
        return handler.found;
    }

    /** Reads the part {@code name} with {@code handler}. */
    void parse(XMLReader xml, DefaultHandler handler, String name) throws IOException, SAXException {
        try (InputStream in = open(name)) {
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        }
    }

    /** The bytes of the part {@code name} as they inflate, held to the zip-bomb limits. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = entries.get(key(name));
        if (entry == null) {
            throw new IOException("no part " + name);
        }
        return new Limited(zip.getInputStream(entry), entry.getCompressedSize(), entry.getName());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A part name as the lookups hold it: without a leading slash, in lower case. */
    private static String key(String name) {
        String bare = name.startsWith("/") ? name.substring(1) : name;
        return bare.toLowerCase(Locale.ROOT);
    }

    /**
     * The part a relationship's {@code target} names, seen from {@code folder}: an absolute target from the root,
     * a relative one from the folder, {@code .} and {@code ..} folded away, {@code %HH} escapes undone.
     */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        if (path.indexOf('%') >= 0) {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** {@code [Content_Types].xml}: {@code <Default Extension ContentType>} and {@code <Override PartName …>}. */
    private final class ContentTypes extends DefaultHandler {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String type = attributes.getValue("ContentType");
            if (type == null) {
                return;
            }
            if (localName.equals("Default") && attributes.getValue("Extension") != null) {
                defaults.putIfAbsent(attributes.getValue("Extension").toLowerCase(Locale.ROOT), type);
            } else if (localName.equals("Override") && attributes.getValue("PartName") != null) {
                overrides.putIfAbsent(key(resolve("", attributes.getValue("PartName"))), type);
            }
        }
    }

    /** A {@code .rels} part: {@code <Relationship Id Type Target TargetMode>}. */
    private static final class Relationships extends DefaultHandler {
        final List<Relationship> found = new ArrayList<>();
        private final String folder;

        Relationships(String folder) {
            this.folder = folder;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!localName.equals("Relationship")) {
                return;
            }
            String target = attributes.getValue("Target");
            boolean external = "External".equals(attributes.getValue("TargetMode"));
            found.add(new Relationship(
                    attributes.getValue("Id"),
                    attributes.getValue("Type"),
                    external || target == null ? null : resolve(folder, target)));
        }
    }

    /** A part's inflating bytes, counted and stopped when they pass the limits. */
    private static final class Limited extends FilterInputStream {
        private final long packed;
        private final String name;
        private long inflated;

        Limited(InputStream in, long packed, String name) {
            super(in);
            this.packed = packed;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int read = super.read(bytes, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) throws Bomb {
            inflated += bytes;
            if (inflated > WorkbookReader.MAX_ENTRY_BYTES
                    || inflated > GRACE_BYTES && packed >= 0 && packed < inflated * WorkbookReader.MIN_INFLATE_RATIO) {
                throw new Bomb(name);
            }
        }
    }
}
