package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.chainmap.compare.MapComparer;
import org.chainmap.compare.MapComparison;
import org.chainmap.compare.MatchedBy;
import org.chainmap.io.MapWriter;
import org.chainmap.model.Extras;
import org.chainmap.model.MapValidator;
import org.chainmap.model.PlanStatus;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Severity;
import org.chainmap.model.Snapshot;
import org.chainmap.model.Snapshots;
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

    @Test
    void plannedFirmsAndLinksStayPlannedAndTheSnapshotsStay() {
        RegionMap generated = RegionGenerator.generate(2000, 5);
        // Every tenth firm and link of the map is part of the target map only (远景图); the map keeps one snapshot.
        java.util.List<org.chainmap.model.Enterprise> firms = new java.util.ArrayList<>();
        for (int i = 0; i < generated.enterprises().size(); i++) {
            org.chainmap.model.Enterprise firm = generated.enterprises().get(i);
            firms.add(i % 10 == 0 ? firm.withPlanned(PlanStatus.SIGNED) : firm);
        }
        java.util.List<org.chainmap.model.SupplyLink> links = new java.util.ArrayList<>();
        for (int i = 0; i < generated.links().size(); i++) {
            org.chainmap.model.SupplyLink link = generated.links().get(i);
            links.add(i % 10 == 0 ? link.withPlanned(PlanStatus.BUILDING) : link);
        }
        Snapshots snapshots = Snapshots.NONE.put(new Snapshot("2026-09-30", "三季度", java.util.List.of(), Extras.NONE));
        RegionMap map = generated.withEnterprises(firms).withLinks(links).withSnapshots(snapshots);

        RegionMap later = RegionEvolution.evolve(map, 5);

        MapComparison comparison = MapComparer.compare(map, later);
        long plannedKept = map.enterprises().stream()
                .filter(org.chainmap.model.Enterprise::isPlanned)
                .map(firm -> comparison.matching().inNew(firm.id()))
                .filter(firm -> firm != null)
                .peek(firm -> assertThat(firm.planned()).isEqualTo(PlanStatus.SIGNED))
                .count();
        assertThat(plannedKept).isGreaterThan(150);
        // The firms that were there today are still there today: none became planned.
        assertThat(map.enterprises().stream()
                        .filter(firm -> !firm.isPlanned())
                        .map(firm -> comparison.matching().inNew(firm.id()))
                        .filter(firm -> firm != null))
                .noneMatch(org.chainmap.model.Enterprise::isPlanned);
        assertThat(later.links())
                .filteredOn(org.chainmap.model.SupplyLink::isPlanned)
                .hasSizeGreaterThan(links.size() / 20)
                .allMatch(link -> link.planned() == PlanStatus.BUILDING);
        assertThat(later.snapshots()).isEqualTo(snapshots);
    }
}
