package org.chainmap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.GapKind;
import org.chainmap.cli.RegionEvolution;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.Extras;
import org.chainmap.model.Provenance;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison that looks firms and links up by the numbers of the two maps' graphs finds what the plain one,
 * by the ids of the links' ends, finds: the links added and removed and the causes of every gap change, on
 * generated regions and their later versions.
 */
class NumberedLookupsTest {

    @ParameterizedTest
    @CsvSource({"3000, 3", "6000, 11", "9000, 29"})
    void theGraphsNumbersFindWhatTheIdsFind(int firms, long seed) {
        RegionMap old = RegionGenerator.generate(firms, seed);
        RegionMap now = RegionEvolution.evolve(old, seed);

        MapComparison byNumbers = MapComparer.compare(AnalysedMap.of(old), AnalysedMap.of(now));
        MapComparison byText = MapComparer.compareByText(old, now);

        assertThat(byNumbers.chains()).isEqualTo(byText.chains());
        // not a comparison of empty lists: links came and went, and feeds' gaps changed with the firms that did it
        assertThat(byText.chains())
                .anySatisfy(chain -> assertThat(chain.linksAdded()).isNotEmpty());
        assertThat(byText.chains())
                .anySatisfy(chain -> assertThat(chain.linksRemoved()).isNotEmpty());
        assertThat(byText.chains().stream()
                        .flatMap(chain -> chain.closed().stream())
                        .filter(change -> change.gap().kind() == GapKind.BROKEN
                                || change.gap().kind() == GapKind.CHOKEPOINT)
                        .filter(change -> !change.causes().isEmpty()))
                .isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3000, 5"})
    void aLinkThatNamesNoFirmIsMatchedAsThePlainComparisonMatchesIt(int firms, long seed) {
        RegionMap old = RegionGenerator.generate(firms, seed);
        List<SupplyLink> links =
                new ArrayList<>(RegionEvolution.evolve(old, seed).links());
        String someone = old.enterprises().get(0).id();
        links.add(0, new SupplyLink(null, "ghost", someone, null, null, Provenance.NONE, Extras.NONE));
        RegionMap now = RegionEvolution.evolve(old, seed).withLinks(links);

        MapComparison byNumbers = MapComparer.compare(AnalysedMap.of(old), AnalysedMap.of(now));

        assertThat(byNumbers.chains())
                .isEqualTo(MapComparer.compareByText(old, now).chains());
    }
}
