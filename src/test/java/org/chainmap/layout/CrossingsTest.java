package org.chainmap.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossingsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void agreesWithCountingEveryPair(long seed) {
        Random random = new Random(seed);
        int upperSize = 1 + random.nextInt(12);
        int lowerSize = 1 + random.nextInt(12);
        int edges = random.nextInt(40);
        int[] upper = new int[edges];
        int[] lower = new int[edges];
        for (int i = 0; i < edges; i++) {
            upper[i] = random.nextInt(upperSize);
            lower[i] = random.nextInt(lowerSize);
        }
        long pairs = 0;
        for (int i = 0; i < edges; i++) {
            for (int j = i + 1; j < edges; j++) {
                if ((long) (upper[i] - upper[j]) * (lower[i] - lower[j]) < 0) {
                    pairs++;
                }
            }
        }
        assertThat(Crossings.between(upper, lower, lowerSize)).isEqualTo(pairs);
    }

    @org.junit.jupiter.api.Test
    void edgesSharingAnEndDoNotCross() {
        assertThat(Crossings.between(new int[] {0, 0, 1}, new int[] {0, 1, 1}, 2))
                .isZero();
        assertThat(Crossings.between(new int[] {0, 1}, new int[] {1, 0}, 2)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void linesAgreeWithTestingEveryPair(long seed) {
        Random random = new Random(seed);
        java.util.List<double[]> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Ends on a coarse grid, so that shared ends and lines on one line occur.
            lines.add(
                    new double[] {random.nextInt(4) * 100, random.nextInt(8), random.nextInt(4) * 100, random.nextInt(8)
                    });
        }
        long pairs = 0;
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                double[] p = lines.get(i);
                double[] q = lines.get(j);
                if (side(p, q[0], q[1]) * side(p, q[2], q[3]) < 0 && side(q, p[0], p[1]) * side(q, p[2], p[3]) < 0) {
                    pairs++;
                }
            }
        }
        assertThat(Crossings.ofLines(lines)).isEqualTo(pairs);
    }

    private static double side(double[] l, double x, double y) {
        return Math.signum((l[2] - l[0]) * (y - l[1]) - (l[3] - l[1]) * (x - l[0]));
    }

    @org.junit.jupiter.api.Test
    void routesCrossWhereALevelPieceMeetsAnUprightOneInsideBoth() {
        java.util.List<double[]> plus = java.util.List.of(new double[] {0, 5}, new double[] {10, 5});
        java.util.List<double[]> upright = java.util.List.of(new double[] {5, 0}, new double[] {5, 10});
        java.util.List<double[]> touching = java.util.List.of(new double[] {10, 0}, new double[] {10, 10});
        java.util.List<double[]> trunk = java.util.List.of(new double[] {5, 2}, new double[] {5, 8});
        assertThat(Crossings.ofRoutes(java.util.List.of(plus, upright))).isEqualTo(1);
        assertThat(Crossings.ofRoutes(java.util.List.of(plus, touching))).isZero(); // at an end
        assertThat(Crossings.ofRoutes(java.util.List.of(upright, trunk))).isZero(); // along one line
        assertThat(Crossings.ofRoutes(java.util.List.of(plus, upright, trunk))).isEqualTo(2);
    }
}
