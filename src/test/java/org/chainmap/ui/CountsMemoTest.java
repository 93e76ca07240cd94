package org.chainmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.edit.DeleteEnterprise;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.MoveEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/**
 * The counts kept across edits (issue 17 item 9) are always those counted afresh: after moves within a chain and
 * between chains, a deletion (with its links), an undo, and a map the trail does not know.
 */
class CountsMemoTest {

    /** The counts as they were counted before they were kept: every firm of the map, every link. */
    private static ChainCounts counted(RegionMap map, Chain chain) {
        List<Enterprise> members = map.enterprisesOfChain(chain.id());
        java.util.Set<String> ids = new java.util.HashSet<>();
        members.forEach(firm -> ids.add(firm.id()));
        int local = (int) members.stream().filter(Enterprise::local).count();
        int links = (int)
                map.links().stream().filter(link -> ids.contains(link.to())).count();
        ChainCounts fresh = ChainCounts.of(map, chain);
        assertThat(fresh.localEnterprises()).isEqualTo(local);
        assertThat(fresh.externalEnterprises()).isEqualTo(members.size() - local);
        assertThat(fresh.links()).isEqualTo(links);
        return fresh;
    }

    private static void assertAllTrue(CountsMemo memo, RegionMap map) {
        for (Chain chain : map.chains()) {
            assertThat(memo.of(map, chain)).as(chain.id()).isEqualTo(counted(map, chain));
        }
    }

    @Test
    void countsKeptAcrossEditsAreTheCountsOfTheMapShown() throws EditRefusedException {
        RegionMap start = RegionGenerator.generate(2_000, 3);
        EditTrail trail = new EditTrail();
        trail.start(start);
        CountsMemo memo = new CountsMemo(trail);
        History history = new History(start);
        assertAllTrue(memo, start);

        Chain first = start.chains().get(0);
        Chain second = start.chains().get(1);
        Enterprise firm = start.enterprisesIn(first.segments().get(0).id()).get(0);
        List<String> targets = List.of(
                first.segments().get(1).id(),
                second.segments().get(0).id(),
                first.segments().get(0).id());
        for (String to : targets) {
            String from =
                    history.map().enterprise(firm.id()).orElseThrow().segments().get(0);
            var done = history.perform(new MoveEnterprise(firm.id(), from, to)).orElseThrow();
            trail.add(history.map(), done.change().touched());
            assertAllTrue(memo, history.map());
        }
        Enterprise partner =
                history.map().enterprise(history.map().links().get(0).to()).orElseThrow();
        var deleted = history.perform(new DeleteEnterprise(partner.id())).orElseThrow();
        trail.add(history.map(), deleted.change().touched());
        assertAllTrue(memo, history.map());
        var undone = history.undo().orElseThrow();
        trail.add(history.map(), undone.change().touched());
        assertAllTrue(memo, history.map());

        RegionMap other = RegionGenerator.generate(1_000, 4); // not on the trail: every count made anew
        assertAllTrue(memo, other);
    }
}
