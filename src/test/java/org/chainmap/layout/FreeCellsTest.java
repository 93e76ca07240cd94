package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FreeCells} finds the cell the scan it replaced found (every row, every column, each cell tested against every
 * rectangle taken): on grids of cards with holes, with markers, with rectangles off the grid, overlapping, of other
 * heights, touching cells' edges, at negative zero, with NaN, full or empty.
 */
class FreeCellsTest {

    private static final double LEFT = 40;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theFirstFreeCellIsTheScannedOne(long seed) {
        Random random = new Random(seed);
        int nonNull = 0;
        for (int trial = 0; trial < 400; trial++) {
            int columns = 1 + random.nextInt(6);
            List<Rect> taken = takenIn(random, columns);
            double height = random.nextInt(4) == 0 ? Placement.MARKER_HEIGHT : Placement.CARD_HEIGHT;
            Rect found = FreeCells.firstFree(taken, columns, height, FreeCellsTest::x);
            Rect scanned = scanned(taken, columns, height);
            assertThat(found)
                    .as("trial %d, %d columns, %s", trial, columns, taken)
                    .isEqualTo(scanned);
            nonNull += found == null ? 0 : 1;
        }
        assertThat(nonNull).as("cells found").isGreaterThan(200);
    }

    /** A grid of cards with holes, and sometimes markers, odd rectangles, repeats, -0.0 and NaN. */
    private static List<Rect> takenIn(Random random, int columns) {
        List<Rect> taken = new ArrayList<>();
        int rows = random.nextInt(12);
        double full = random.nextDouble();
        double top = random.nextInt(5) == 0 ? -0.0 : 30;
        for (int row = 0; row < rows; row++) {
            double y = row == 0 ? top : top + row * (Placement.CARD_HEIGHT + Placement.ROW_GAP);
            for (int column = 0; column < columns; column++) {
                if (random.nextDouble() < full || random.nextInt(3) > 0) {
                    taken.add(new Rect(x(column), y, Placement.CARD_WIDTH, Placement.CARD_HEIGHT));
                }
            }
        }
        int odd = random.nextInt(6);
        for (int i = 0; i < odd; i++) {
            double y = random.nextDouble() * 500 - 20;
            double x = random.nextInt(2) == 0 ? x(random.nextInt(columns)) : random.nextDouble() * 1200 - 50;
            switch (random.nextInt(8)) {
                case 0 -> taken.add(new Rect(x, y, Placement.CARD_WIDTH, Placement.MARKER_HEIGHT));
                case 1 -> taken.add(new Rect(x, y, Placement.CARD_WIDTH, Placement.CARD_HEIGHT));
                case 2 -> taken.add(new Rect(x, y, random.nextDouble() * 400, random.nextDouble() * 80));
                case 3 -> taken.add(new Rect(x(0), 0.0, Placement.CARD_WIDTH, Placement.CARD_HEIGHT));
                case 4 -> taken.add(
                        new Rect( // touching a cell of the first row below it, off the grid's columns
                                x(random.nextInt(columns)) + 40,
                                top + Placement.CARD_HEIGHT,
                                100,
                                Placement.MARKER_HEIGHT));
                case 5 -> taken.add(
                        new Rect( // touching a cell of the first row at its right
                                x(random.nextInt(columns)) + Placement.CARD_WIDTH, top, 10, Placement.CARD_HEIGHT));
                case 6 -> taken.add(new Rect(Double.NaN, y, Placement.CARD_WIDTH, Placement.CARD_HEIGHT));
                default -> taken.add(new Rect(x, Double.NaN, Placement.CARD_WIDTH, Placement.CARD_HEIGHT));
            }
        }
        if (!taken.isEmpty() && random.nextBoolean()) {
            taken.add(taken.get(random.nextInt(taken.size())));
        }
        java.util.Collections.shuffle(taken, random);
        return taken;
    }

    private static double x(int column) {
        return LEFT + Placement.PADDING + column * (Placement.CARD_WIDTH + Placement.COLUMN_GAP);
    }

    /** The scan {@code ProvisionalGeometry.cell} made before {@link FreeCells}. */
    private static Rect scanned(List<Rect> taken, int columns, double cellHeight) {
        List<Double> rows = new ArrayList<>();
        for (Rect r : taken) {
            if (r.height() == Placement.CARD_HEIGHT && !rows.contains(r.y())) {
                rows.add(r.y());
            }
        }
        rows.sort(null);
        for (double row : rows) {
            for (int column = 0; column < columns; column++) {
                Rect candidate = new Rect(x(column), row, Placement.CARD_WIDTH, cellHeight);
                boolean overlaps = false;
                for (Rect b : taken) {
                    overlaps |= candidate.x() < b.right()
                            && b.x() < candidate.right()
                            && candidate.y() < b.bottom()
                            && b.y() < candidate.bottom();
                }
                if (!overlaps) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
