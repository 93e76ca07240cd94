package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.io.MapWriter;
import org.chainmap.model.MapValidator;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Stage;
import org.junit.jupiter.api.Test;

class RegionGeneratorTest {

    @Test
    void generatesAValidRegionOfTheRequestedSize() {
        RegionMap map = RegionGenerator.generate(2000, 7);
        assertThat(MapValidator.validate(map)).isEmpty();
        assertThat(map.enterprises()).hasSize(2000);
        assertThat(map.chains()).hasSize(RegionGenerator.CHAINS);
        assertThat(map.links().size()).isBetween(4000, 5000);
        long local = map.enterprises().stream().filter(firm -> firm.local()).count();
        assertThat(local).isBetween(1600L, 1800L);
        assertThat(map.chains().get(0).segments(Stage.UPSTREAM)).isNotEmpty();
        assertThat(map.chains().get(0).segments(Stage.DOWNSTREAM)).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        byte[] once = MapWriter.toBytes(RegionGenerator.generate(300, 42));
        byte[] again = MapWriter.toBytes(RegionGenerator.generate(300, 42));
        byte[] other = MapWriter.toBytes(RegionGenerator.generate(300, 43));
        assertThat(again).isEqualTo(once);
        assertThat(other).isNotEqualTo(once);
    }
}
