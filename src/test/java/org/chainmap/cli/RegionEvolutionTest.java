package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.compare.MatchedBy;
import org.chainmap.io.MapWriter;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Severity;
import org.junit.jupiter.api.Test;

class RegionEvolutionTest {

    @Test
    void theSameMapAndSeedGiveTheSameVersion() {
        RegionMap map = RegionGenerator.generate(3000, 7);
        byte[] once = MapWriter.toBytes(RegionEvolution.evolve(map, 7));
        byte[] again = MapWriter.toBytes(RegionEvolution.evolve(RegionGenerator.generate(3000, 7), 7));
        assertThat(Arrays.equals(once, again)).isTrue();
        assertThat(Arrays.equals(once, MapWriter.toBytes(RegionEvolution.evolve(map, 8))))
                .isFalse();
    }

    @Test
    void theLaterVersionIsValidAndChangedAsAQuarterChangesARegion() {
        RegionMap map = RegionGenerator.generate(5000, 3);
        RegionMap later = RegionEvolution.evolve(map, 3);
        assertThat(MapValidator.validate(later)).noneMatch(problem -> problem.severity() == Severity.ERROR);
        MapComparison comparison = MapComparer.compare(map, later);
        int added = comparison.chains().stream()
                .mapToInt(chain -> chain.added().size())
                .sum();
        assertThat(comparison.removedFirms()).hasSizeBetween(50, 150);
        assertThat(later.enterprises().size() - comparison.matching().size()).isBetween(100, 200);
        assertThat(added).isPositive();
        assertThat(comparison.closedGaps()).anyMatch(gap -> gap.gap().kind() == org.chainmap.analysis.GapKind.MISSING);
        assertThat(later.enterprises()).anyMatch(firm -> comparison.matching().how(firm.id()) == MatchedBy.CREDIT_CODE);
        assertThat(comparison.chains())
                .flatMap(chain -> chain.changed())
                .anyMatch(change -> change.renamed())
                .anyMatch(change -> change.aspects().contains(org.chainmap.compare.Aspect.SEGMENT))
                .anyMatch(change -> change.aspects().contains(org.chainmap.compare.Aspect.LOCAL))
                .anyMatch(change -> change.aspects().contains(org.chainmap.compare.Aspect.REVENUE));
        assertThat(comparison.removedLinks()).isNotEmpty();
    }
}
