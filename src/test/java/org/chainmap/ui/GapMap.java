package org.chainmap.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.MapFile;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainLists;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Origin;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;
import org.chainmap.model.Target;
import org.chainmap.model.TargetStatus;

/**
 * A small map with a gap of every kind, for the tests of the gap marks. One chain, 电力装备产业链:
 *
 * <ul>
 *   <li>取向硅钢 (upstream): only the external 宝钢 and 首钢: <b>missing</b>; 宝钢 supplies both local
 *       transformer makers, so it ranks first among the candidates;
 *   <li>铜导体 (upstream): one local firm, not 规上: <b>weak</b>, both reasons;
 *   <li>变压器 (midstream, core): 特变 and 衡变, both 规上; they buy all their steel from 宝钢: a
 *       <b>broken</b> feed 取向硅钢 → 变压器 that is also a <b>chokepoint</b>;
 *   <li>配电网工程 (downstream): no firm, a target entry: <b>missing</b>, and <b>extend</b> from 变压器;
 *   <li>新能源电站 (downstream): one local firm, 规上: <b>weak</b>, too few;
 *   <li>特变 joins 铜材 and 电站 in the local supply network: a <b>key local firm</b>.
 * </ul>
 */
public final class GapMap {

    public static final String STEEL = "power.steel";
    public static final String COPPER = "power.copper";
    public static final String TRANSFORMER = "power.transformer";
    public static final String GRID = "power.grid";
    public static final String STATION = "power.station";

    public static final String BAOSTEEL = "宝山钢铁股份有限公司";
    public static final String SHOUGANG = "北京首钢股份有限公司";
    public static final String TBEA = "特变电工衡阳变压器有限公司";
    static final String HENGBIAN = "衡阳变压器有限公司";
    static final String COPPER_FIRM = "衡阳铜材有限公司";
    static final String STATION_FIRM = "衡阳新能源电站有限公司";
    static final String GRID_TARGET = "国网湖南送变电工程有限公司";

    private GapMap() {}

    static RegionMap map() {
        Chain power = new Chain(
                "power",
                "电力装备产业链",
                "Power equipment",
                "#1565C0",
                null,
                null,
                null,
                List.of(
                        segment(STEEL, "取向硅钢", "Silicon steel", Stage.UPSTREAM, false, TRANSFORMER),
                        segment(COPPER, "铜导体", "Copper conductors", Stage.UPSTREAM, false, TRANSFORMER),
                        segment(TRANSFORMER, "变压器", "Transformers", Stage.MIDSTREAM, true, GRID, STATION),
                        segment(GRID, "配电网工程", "Grid projects", Stage.DOWNSTREAM, false),
                        segment(STATION, "新能源电站", "Power plants", Stage.DOWNSTREAM, false)),
                ChainLists.EMPTY,
                null,
                Provenance.NONE,
                Extras.NONE);
        List<Enterprise> firms = List.of(
                external("baosteel", BAOSTEEL, "上海市"),
                external("shougang", SHOUGANG, "北京市"),
                Enterprise.of("copper", COPPER_FIRM, true, List.of(COPPER)),
                leader(),
                Enterprise.of("hengbian", HENGBIAN, true, List.of(TRANSFORMER), "规上"),
                Enterprise.of("station", STATION_FIRM, true, List.of(STATION), "规上"));
        List<SupplyLink> links = List.of(
                SupplyLink.of("baosteel", "tbea", "硅钢"),
                SupplyLink.of("baosteel", "hengbian", "硅钢"),
                SupplyLink.of("copper", "tbea", "铜线"),
                SupplyLink.of("tbea", "station", "升压变压器"));
        Target target = new Target(
                "t-grid",
                GRID,
                GRID_TARGET,
                null,
                Origin.of("湖南省", "长沙市"),
                "配电网工程本地无承建企业",
                TargetStatus.CONTACTED,
                Provenance.NONE,
                Extras.NONE);
        return new RegionMap(
                Region.of("测试市", "430400"), null, List.of(power), firms, links, List.of(target), Extras.NONE);
    }

    /** The map saved as {@code gaps.json} in {@code dir}. */
    public static Path write(Path dir) throws IOException {
        Path file = dir.resolve("gaps.json");
        try {
            MapFile.save(map(), file);
        } catch (InvalidMapException e) {
            throw new AssertionError("the gap map is invalid: " + e.getMessage(), e);
        }
        return file;
    }

    private static Segment segment(String id, String name, String nameEn, Stage stage, boolean core, String... feeds) {
        return new Segment(id, name, nameEn, stage, 0, List.of(), core, List.of(feeds), Provenance.NONE, Extras.NONE);
    }

    private static Enterprise external(String id, String name, String city) {
        return new Enterprise(
                id,
                name,
                null,
                false,
                Origin.of(null, city),
                null,
                null,
                List.of(STEEL),
                Role.SUPPLIER,
                List.of(),
                null,
                null,
                List.of("取向硅钢"),
                null,
                Provenance.NONE,
                Extras.NONE);
    }

    private static Enterprise leader() {
        return new Enterprise(
                "tbea",
                TBEA,
                null,
                true,
                null,
                null,
                null,
                List.of(TRANSFORMER),
                Role.LEADER,
                List.of("链主", "规上"),
                null,
                null,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE);
    }
}
