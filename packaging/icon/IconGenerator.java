import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws ChainMap's icon and writes every file the platforms ask for, from one geometry:
 *
 * <pre>
 *   java packaging/icon/IconGenerator.java        (from the repository's root; JDK only)
 * </pre>
 *
 * <p>The mark: a blue tile with the three stage columns of a chain (upstream, midstream, downstream) and one
 * node in each, linked left to right: a chain across its stages. At 32 px and below the columns are left out
 * and the nodes and links drawn heavier, so that the mark stays clear at the size of a menu entry.
 *
 * <p>It writes {@code packaging/icons/chainmap.svg} (the drawing at full detail), {@code chainmap-N.png} for
 * N in 16 … 1024, {@code chainmap.ico} (Windows: 16 … 256, PNG entries), {@code chainmap.icns} (macOS: 16 …
 * 1024, PNG entries), and the window icons {@code src/main/resources/org/chainmap/icons/chainmap-N.png}. The
 * output depends only on this file and the JDK, so running it again reproduces the committed files.
 */
public final class IconGenerator {

    /** The drawing's own units: a 1024 square. */
    private static final double UNIT = 1024;

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final int[] WINDOW_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private static final Color TILE = new Color(0x1F, 0x5F, 0xAF);
    private static final Color TILE_EDGE = new Color(0x17, 0x4A, 0x8A);
    private static final Color COLUMN = new Color(255, 255, 255, 56);
    private static final Color LINK = Color.WHITE;
    private static final Color NODE = Color.WHITE;
    private static final Color ACCENT = new Color(0xF5, 0xA6, 0x23);

    /** Tile: inset, corner radius. */
    private static final double TILE_INSET = 64;
    private static final double TILE_RADIUS = 200;

    /** Columns: left edges, width, top, bottom, corner radius. */
    private static final double[] COLUMN_X = {184, 432, 680};
    private static final double COLUMN_WIDTH = 160;
    private static final double COLUMN_TOP = 208;
    private static final double COLUMN_BOTTOM = 816;
    private static final double COLUMN_RADIUS = 48;

    /** Nodes: centres (one per column, the chain rising and falling as a supply path does). */
    private static final double[][] NODES = {{264, 640}, {512, 384}, {760, 576}};

    private IconGenerator() {}

    /** The geometry at one level of detail. */
    private record Detail(boolean columns, double nodeRadius, double innerRadius, double linkWidth) {

        static Detail of(int size) {
            return size <= 32 ? new Detail(false, 136, 60, 112) : new Detail(true, 104, 46, 64);
        }
    }

    public static void main(String[] args) throws IOException {
        Path icons = Path.of("packaging", "icons");
        Path window = Path.of("src", "main", "resources", "org", "chainmap", "icons");
        Files.createDirectories(icons);
        Files.createDirectories(window);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : SIZES) {
            pngs.put(size, png(draw(size)));
            Files.write(icons.resolve("chainmap-" + size + ".png"), pngs.get(size));
        }
        for (int size : WINDOW_SIZES) {
            Files.write(window.resolve("chainmap-" + size + ".png"), pngs.get(size));
        }
        Files.writeString(icons.resolve("chainmap.svg"), svg(), StandardCharsets.UTF_8);
        Files.write(icons.resolve("chainmap.ico"), ico(pngs));
        Files.write(icons.resolve("chainmap.icns"), icns(pngs));
        System.out.println("icons written to " + icons + " and " + window);
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / UNIT, size / UNIT);
        Detail detail = Detail.of(size);
        double inset = detail.columns() ? TILE_INSET : TILE_INSET / 2;
        double span = UNIT - 2 * inset;
        g.setColor(TILE);
        g.fill(new RoundRectangle2D.Double(inset, inset, span, span, 2 * TILE_RADIUS, 2 * TILE_RADIUS));
        g.setColor(TILE_EDGE);
        g.setStroke(new BasicStroke(16f));
        g.draw(new RoundRectangle2D.Double(
                inset + 8, inset + 8, span - 16, span - 16, 2 * TILE_RADIUS - 16, 2 * TILE_RADIUS - 16));
        if (detail.columns()) {
            g.setColor(COLUMN);
            for (double x : COLUMN_X) {
                g.fill(new RoundRectangle2D.Double(
                        x, COLUMN_TOP, COLUMN_WIDTH, COLUMN_BOTTOM - COLUMN_TOP, 2 * COLUMN_RADIUS, 2 * COLUMN_RADIUS));
            }
        }
        g.setColor(LINK);
        g.setStroke(new BasicStroke((float) detail.linkWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i + 1 < NODES.length; i++) {
            g.draw(new Line2D.Double(NODES[i][0], NODES[i][1], NODES[i + 1][0], NODES[i + 1][1]));
        }
        for (int i = 0; i < NODES.length; i++) {
            g.setColor(NODE);
            g.fill(circle(NODES[i], detail.nodeRadius()));
            g.setColor(i == NODES.length - 1 ? ACCENT : TILE);
            g.fill(circle(NODES[i], detail.innerRadius()));
        }
        g.dispose();
        return image;
    }

    private static Ellipse2D circle(double[] centre, double radius) {
        return new Ellipse2D.Double(centre[0] - radius, centre[1] - radius, 2 * radius, 2 * radius);
    }

    /** The full-detail drawing as SVG, the same shapes as {@link #draw} at 64 px and more. */
    private static String svg() {
        Detail detail = Detail.of((int) UNIT);
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!-- ChainMap's icon; written by packaging/icon/IconGenerator.java, do not edit by hand. -->\n");
        out.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1$.0f\" height=\"%1$.0f\" viewBox=\"0 0 %1$.0f %1$.0f\">\n",
                UNIT));
        out.append("  <title>ChainMap</title>\n");
        double span = UNIT - 2 * TILE_INSET;
        out.append(String.format(
                Locale.ROOT,
                "  <rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"%.0f\" fill=\"%s\"/>\n",
                TILE_INSET,
                TILE_INSET,
                span,
                span,
                TILE_RADIUS,
                hex(TILE)));
        out.append(String.format(
                Locale.ROOT,
                "  <rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"%.0f\" fill=\"none\" stroke=\"%s\""
                        + " stroke-width=\"16\"/>\n",
                TILE_INSET + 8,
                TILE_INSET + 8,
                span - 16,
                span - 16,
                TILE_RADIUS - 8,
                hex(TILE_EDGE)));
        for (double x : COLUMN_X) {
            out.append(String.format(
                    Locale.ROOT,
                    "  <rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"%.0f\" fill=\"#ffffff\""
                            + " fill-opacity=\"%.3f\"/>\n",
                    x,
                    COLUMN_TOP,
                    COLUMN_WIDTH,
                    COLUMN_BOTTOM - COLUMN_TOP,
                    COLUMN_RADIUS,
                    COLUMN.getAlpha() / 255.0));
        }
        StringBuilder points = new StringBuilder();
        for (double[] node : NODES) {
            points.append(String.format(Locale.ROOT, "%.0f,%.0f ", node[0], node[1]));
        }
        out.append(String.format(
                Locale.ROOT,
                "  <polyline points=\"%s\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"%.0f\""
                        + " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n",
                points.toString().trim(),
                detail.linkWidth()));
        for (int i = 0; i < NODES.length; i++) {
            out.append(String.format(
                    Locale.ROOT,
                    "  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"#ffffff\"/>\n",
                    NODES[i][0],
                    NODES[i][1],
                    detail.nodeRadius()));
            out.append(String.format(
                    Locale.ROOT,
                    "  <circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"%s\"/>\n",
                    NODES[i][0],
                    NODES[i][1],
                    detail.innerRadius(),
                    hex(i == NODES.length - 1 ? ACCENT : TILE)));
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", color.getRed(), color.getGreen(), color.getBlue());
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows icon: a directory of PNG images (read by Windows since Vista), 16 … 256 px. */
    private static byte[] ico(Map<Integer, byte[]> pngs) {
        int count = ICO_SIZES.length;
        int offset = 6 + 16 * count;
        int total = offset;
        for (int size : ICO_SIZES) {
            total += pngs.get(size).length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) count);
        for (int size : ICO_SIZES) {
            byte[] data = pngs.get(size);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : ICO_SIZES) {
            out.put(pngs.get(size));
        }
        return out.array();
    }

    /** A macOS icon family: big-endian chunks, each a PNG at the size (and retina pair) its type names. */
    private static byte[] icns(Map<Integer, byte[]> pngs) {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + pngs.get(size).length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        out.put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] data = pngs.get(type.getValue());
            out.put(type.getKey().getBytes(StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
        }
        return out.array();
    }
}
