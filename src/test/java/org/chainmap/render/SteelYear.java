package org.chainmap.render;

/**
 * Two versions of a small power chain a year apart, worked out by hand: a local steel firm came (the missing steel
 * segment closed, now weak; the transformer makers no longer buy all their steel from outside), an
 * instrument-transformer maker left, another was renamed, and the oil segment was dropped. Shared by the tests of
 * the compare marks and of the marked picture.
 */
public final class SteelYear {

    private SteelYear() {}

    /** The map as it was. */
    public static final String OLD =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电", "segments": [
               {"id": "power.steel", "name": "取向硅钢", "stage": "upstream", "feeds": ["power.transformer"]},
               {"id": "power.transformer", "name": "变压器", "stage": "midstream"},
               {"id": "power.ct", "name": "互感器", "stage": "midstream"},
               {"id": "power.oil", "name": "变压器油", "stage": "upstream"}]}],
             "enterprises": [
               {"id": "t1", "name": "特变电工衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "t2", "name": "衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "ct", "name": "南方互感器", "local": true, "segments": ["power.ct"]},
               {"id": "gone", "name": "旧互感器厂", "local": true, "segments": ["power.ct"]},
               {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"]}],
             "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"},
                       {"from": "gone", "to": "t1"}]}
            """;

    /** The map a year later. */
    public static final String NEW =
            """
            {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
             "chains": [{"id": "power", "name": "输变电", "segments": [
               {"id": "power.steel", "name": "取向硅钢", "stage": "upstream", "feeds": ["power.transformer"]},
               {"id": "power.transformer", "name": "变压器", "stage": "midstream"},
               {"id": "power.ct", "name": "互感器", "stage": "midstream"}]}],
             "enterprises": [
               {"id": "t1", "name": "特变电工衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "t2", "name": "衡阳变压器", "local": true, "segments": ["power.transformer"],
                "tags": ["规上"]},
               {"id": "ct", "name": "南方互感器有限公司", "local": true, "segments": ["power.ct"]},
               {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"]},
               {"id": "hysteel", "name": "衡阳硅钢", "local": true, "segments": ["power.steel"]}],
             "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"},
                       {"from": "hysteel", "to": "t1"}]}
            """;
}
