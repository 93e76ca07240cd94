package org.chainmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainmap.model.Certainty;
import org.chainmap.model.Chain;
import org.chainmap.model.Citation;
import org.chainmap.model.Enterprise;
import org.chainmap.model.ListItem;
import org.chainmap.model.Provenance;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.model.Source;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped Hengyang map is sourced (issue 16): every firm, segment, link and list item cites a source the
 * map lists; nothing is {@code verified} without a citation; every source listed is cited and can be opened;
 * and no firm carries a credit code, since no source gave one.
 */
class ShippedMapSourcesTest {

    private static RegionMap map;

    /** A fact of the map, named for the failure message. */
    private record Fact(String what, Provenance provenance) {}

    @BeforeAll
    static void load() {
        LoadResult result = MapReader.read(Path.of("maps/hengyang.json"));
        assertThat(result.errors()).isEmpty();
        map = result.map().orElseThrow();
    }

    private static List<Fact> firmsSegmentsLinksAndItems() {
        List<Fact> facts = new ArrayList<>();
        for (Chain chain : map.chains()) {
            for (Segment segment : chain.segments()) {
                facts.add(new Fact("segment " + segment.id(), segment.provenance()));
            }
            for (List<ListItem> items : chain.lists().items().values()) {
                items.forEach(item -> facts.add(new Fact("list item " + item.id(), item.provenance())));
            }
        }
        for (Enterprise firm : map.enterprises()) {
            facts.add(new Fact("firm " + firm.id(), firm.provenance()));
        }
        for (SupplyLink link : map.links()) {
            facts.add(new Fact("link " + link.from() + " → " + link.to(), link.provenance()));
        }
        return facts;
    }

    private static List<Fact> everything() {
        List<Fact> facts = new ArrayList<>(firmsSegmentsLinksAndItems());
        map.chains().forEach(chain -> facts.add(new Fact("chain " + chain.id(), chain.provenance())));
        for (Target target : map.targets()) {
            facts.add(new Fact("target " + target.id(), target.provenance()));
        }
        return facts;
    }

    private static Set<String> sourceIds() {
        Set<String> ids = new HashSet<>();
        map.sources().forEach(source -> ids.add(source.id()));
        return ids;
    }

    @Test
    void everyFirmSegmentLinkAndListItemCitesASourceOfTheMap() {
        Set<String> sources = sourceIds();
        assertThat(sources).isNotEmpty();
        assertThat(firmsSegmentsLinksAndItems()).allSatisfy(fact -> {
            assertThat(fact.provenance().cites()).as(fact.what()).isNotEmpty();
            assertThat(fact.provenance().cites())
                    .as(fact.what())
                    .extracting(Citation::source)
                    .allMatch(sources::contains);
            assertThat(fact.provenance().cites())
                    .as(fact.what() + ": the date it was checked")
                    .allMatch(cite -> cite.checked() != null);
        });
    }

    @Test
    void nothingIsVerifiedWithoutACitationAndEveryCitationIsOfAListedSource() {
        Set<String> sources = sourceIds();
        assertThat(everything())
                .filteredOn(fact -> fact.provenance().certainty() == Certainty.VERIFIED)
                .allSatisfy(fact ->
                        assertThat(fact.provenance().cites()).as(fact.what()).isNotEmpty());
        assertThat(everything())
                .flatExtracting(fact -> fact.provenance().cites())
                .extracting(Citation::source)
                .allMatch(sources::contains);
    }

    @Test
    void everySourceListedIsCitedHasATitleAndOpensOnTheWeb() {
        Set<String> cited = new HashSet<>();
        everything().forEach(fact -> fact.provenance().cites().forEach(cite -> cited.add(cite.source())));
        assertThat(map.sources()).allSatisfy(source -> {
            assertThat(cited).as(source.id() + " is cited").contains(source.id());
            assertThat(source.title()).isNotBlank();
            assertThat(source.reliability()).as(source.id()).isNotNull();
            if (source.url() != null) {
                assertThat(Source.isWebAddress(source.url())).as(source.url()).isTrue();
            }
        });
    }

    @Test
    void noFirmCarriesACreditCodeNoSourceGave() {
        assertThat(map.enterprises())
                .allSatisfy(firm -> assertThat(firm.creditCode()).as(firm.id()).isNull());
    }
}
