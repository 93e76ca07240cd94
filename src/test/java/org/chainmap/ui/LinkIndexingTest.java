package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.LinkIndex;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * A large map's links are indexed by firm in the background once it is opened (decision 0067), so that the first
 * edit's painter finds the index made: the very index the map then answers from, made without an edit.
 */
class LinkIndexingTest {

    @Test
    void aLargeMapJustOpenedHasItsLinksIndexedWithoutAnEdit() throws Exception {
        RegionMap map = RegionGenerator.generate(400, 3);
        AfterEdits after = new AfterEdits();
        after.backgroundFrom(0); // every map is large

        after.opened(map);

        LinkIndex made = after.linksIndexed().get(1, TimeUnit.MINUTES);
        assertThat(map.indexLinks()).as("the index the map answers from").isSameAs(made);
        String firm = map.links().get(0).from();
        assertThat(map.linkPositions(firm)).isEqualTo(made.of(firm)).contains(0);
    }

    @Test
    void aSmallMapIsNotIndexedAhead() {
        AfterEdits after = new AfterEdits();
        after.opened(RegionGenerator.generate(50, 3));

        assertThat(after.linksIndexed()).isNotDone();
    }
}
