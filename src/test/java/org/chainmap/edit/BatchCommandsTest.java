package org.chainmap.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.io.MapReader;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.api.Test;

/**
 * The commands an import puts its rows in with ({@link PutEnterprises}, {@link PutLinks}): the same map, the
 * same refusals as the commands one per row, and one command for all rows, since a command per row copies
 * the map per row (issue 13: a million rows never finished).
 */
class BatchCommandsTest {

    private static final RegionMap HENGYANG =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    private static Enterprise firm(String id) {
        return HENGYANG.enterprise(id).orElseThrow();
    }

    /** The map after each command planned on what the one before left: what a compound of them did. */
    private static RegionMap oneByOne(List<Command> commands) throws EditRefusedException {
        RegionMap map = HENGYANG;
        for (Command command : commands) {
            map = command.plan(map).applyTo(map);
        }
        return map;
    }

    @Test
    void firmsAreAddedAndChangedAsOneCommandPerFirmWould() throws Exception {
        Enterprise renamed = firm("tbea-hy").withName("特变电工衡阳变压器（改）");
        Enterprise added = Enterprise.of("firm-new", "衡阳新厂", true, List.of("power.insulation"));
        Enterprise moved = firm("jinbei-hy").withSegments(List.of("power.cable"));
        List<Enterprise> firms = List.of(renamed, added, moved);

        History history = new History(HENGYANG);
        history.perform(new PutEnterprises(firms));

        assertThat(history.map())
                .isEqualTo(oneByOne(List.of(
                        new EditEnterprise(renamed, "enterprise.edit"),
                        new AddEnterprise(added),
                        new EditEnterprise(moved, "enterprise.edit"))));
        history.undo();
        assertThat(history.map()).isEqualTo(HENGYANG);
        assertThat(new PutEnterprises(firms).describe(HENGYANG).text(Locale.ENGLISH))
                .isEqualTo("Add or update 3 firms");
        assertThat(new PutEnterprises(List.of(added)).describe(HENGYANG))
                .isEqualTo(new AddEnterprise(added).describe(HENGYANG));
    }

    @Test
    void aFirmRefusedRefusesThemAll() {
        Enterprise added = Enterprise.of("firm-new", "衡阳新厂", true, List.of("power.insulation"));
        Enterprise twice = Enterprise.of("firm-new", "又一家", true, List.of("power.insulation"));
        Enterprise nowhere = Enterprise.of("firm-x", "无处", true, List.of("power.no-such-segment"));

        assertThatThrownBy(() -> new PutEnterprises(List.of(added, twice)).plan(HENGYANG))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("firm-new");
        assertThatThrownBy(() -> new PutEnterprises(List.of(added, nowhere)).plan(HENGYANG))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("power.no-such-segment");
        assertThatThrownBy(() ->
                        new PutEnterprises(List.of(Enterprise.of("power", "链的编号", true, List.of()))).plan(HENGYANG))
                .isInstanceOf(EditRefusedException.class);
    }

    @Test
    void linksAreAddedAndChangedAsOneCommandPerLinkWould() throws Exception {
        SupplyLink before = HENGYANG.links().get(0);
        SupplyLink valued = new SupplyLink(
                before.id(),
                before.from(),
                before.to(),
                before.product(),
                5_000_000L,
                before.provenance(),
                Extras.NONE);
        SupplyLink added = SupplyLink.of("tbea-hy", "jinbei-hy", "变压器");
        List<SupplyLink[]> puts = new ArrayList<>();
        puts.add(new SupplyLink[] {before, valued});
        puts.add(new SupplyLink[] {null, added});

        RegionMap after = new PutLinks(puts).plan(HENGYANG).applyTo(HENGYANG);

        assertThat(after).isEqualTo(oneByOne(List.of(new EditLink(before, valued), new AddLink(added))));
        assertThatThrownBy(() -> new PutLinks(
                                List.<SupplyLink[]>of(new SupplyLink[] {null, added}, new SupplyLink[] {null, added}))
                        .plan(HENGYANG))
                .isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> new PutLinks(List.<SupplyLink[]>of(
                                new SupplyLink[] {before, valued}, new SupplyLink[] {before, valued}))
                        .plan(HENGYANG))
                .isInstanceOf(EditRefusedException.class);
    }

    @Test
    void aMergePutsAllRowsWithOneCommandForFirmsAndOneForLinks() {
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            firms.add(Enterprise.of("firm-" + i, "企业" + i, true, List.of("power.insulation")));
        }
        firms.add(firm("tbea-hy").withName("特变电工（改）"));
        List<SupplyLink> links = List.of(
                SupplyLink.of("firm-1", "firm-2", "绝缘纸"), HENGYANG.links().get(1));
        RegionMap incoming =
                HENGYANG.withChains(List.of()).withEnterprises(firms).withLinks(links);

        Compound merge = Merge.of(HENGYANG, incoming, Description.of("import.apply", 1_003, "台账.csv"));

        assertThat(merge.parts()).hasSize(2);
        assertThat(merge.parts().get(0)).isEqualTo(new PutEnterprises(firms));
        assertThat(merge.describe(HENGYANG).text(Locale.CHINESE)).isEqualTo("导入 台账.csv 的1003行");
    }
}
