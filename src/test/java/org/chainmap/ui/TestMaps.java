package org.chainmap.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.io.InvalidMapException;
import org.chainmap.io.MapFile;
import org.chainmap.model.Certainty;
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

/**
 * A small map for the interface's tests: two chains; a segment with only an external firm, one with no
 * firm at all, and a chain leader with every attribute filled in.
 */
public final class TestMaps {

    static final String LEADER_NAME = "特变电工衡阳变压器有限公司";
    public static final String LEADER_CREDIT_CODE = "914304007121062900";
    static final String EXTERNAL_NAME = "宝山钢铁股份有限公司";

    private TestMaps() {}

    /** The small map. */
    public static RegionMap small() {
        Chain power = new Chain(
                "power",
                "电力装备产业链",
                "Power equipment",
                "#1565C0",
                "市领导",
                "市工信局",
                "松木经开区",
                List.of(
                        new Segment(
                                "power.steel",
                                "取向硅钢",
                                "Silicon steel",
                                Stage.UPSTREAM,
                                1,
                                List.of("C3130"),
                                List.of(),
                                true,
                                List.of("power.transformer"),
                                Provenance.NONE,
                                Extras.NONE),
                        Segment.of("power.copper", "铜导体", Stage.UPSTREAM, "power.transformer"),
                        new Segment(
                                "power.transformer",
                                "变压器",
                                "Transformers",
                                Stage.MIDSTREAM,
                                1,
                                List.of("C3821"),
                                List.of(),
                                true,
                                List.of("power.grid"),
                                Provenance.of(Certainty.LIKELY, "编者整理"),
                                Extras.NONE),
                        Segment.of("power.grid", "配电网工程", Stage.DOWNSTREAM)),
                ChainLists.EMPTY,
                null,
                Provenance.NONE,
                Extras.NONE);
        Chain food = Chain.of(
                "food",
                "绿色食品产业链",
                Segment.of("food.farm", "种植", Stage.UPSTREAM, "food.process"),
                Segment.of("food.process", "食品加工", Stage.MIDSTREAM));
        Enterprise leader = new Enterprise(
                "tbea",
                LEADER_NAME,
                LEADER_CREDIT_CODE,
                true,
                null,
                "雁峰区",
                "白沙洲工业园",
                List.of("power.transformer"),
                Role.LEADER,
                List.of("链主", "规上"),
                1_500_000_000L,
                2023,
                List.of("电力变压器", "电抗器"),
                "2024-05-31",
                Provenance.of(Certainty.VERIFIED, "衡阳市政府网"),
                Extras.NONE);
        Enterprise steel = new Enterprise(
                "baosteel",
                EXTERNAL_NAME,
                null,
                false,
                Origin.of(null, "上海市"),
                null,
                null,
                List.of("power.steel"),
                Role.SUPPLIER,
                List.of(),
                null,
                null,
                List.of("取向硅钢"),
                null,
                Provenance.NONE,
                Extras.NONE);
        Enterprise copper = Enterprise.of("copper", "衡阳铜材有限公司", true, List.of("power.copper"), "规上");
        Enterprise cannery = Enterprise.of("cannery", "湘味食品有限公司", true, List.of("food.process"));
        return new RegionMap(
                Region.of("测试市", "430400"),
                null,
                List.of(power, food),
                List.of(leader, steel, copper, cannery),
                List.of(SupplyLink.of("baosteel", "tbea", "硅钢"), SupplyLink.of("copper", "tbea", "铜线")),
                List.of(),
                Extras.NONE);
    }

    /**
     * The small map later: a small local grid builder ("衡阳电建") came to its missing and extend segment 配电网工程
     * (power.grid), which is weak now; compared with {@link #small()} the gap closed, weak now.
     */
    public static RegionMap smallWithGridBuilder() {
        RegionMap small = small();
        List<Enterprise> firms = new ArrayList<>(small.enterprises());
        firms.add(Enterprise.of("grid", "衡阳电建", true, List.of("power.grid")));
        return small.withEnterprises(firms);
    }

    /** The small map saved as {@code test.json} in {@code dir}. */
    public static Path writeSmall(Path dir) throws IOException {
        Path file = dir.resolve("test.json");
        try {
            MapFile.save(small(), file);
        } catch (InvalidMapException e) {
            throw new AssertionError("the test map is invalid: " + e.getMessage(), e);
        }
        return file;
    }

    /** A file that is not a map: broken JSON. */
    static Path writeBroken(Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"format\": \"chainmap\", \"version\": 1, \"region\": ");
        return file;
    }
}
