package org.chainmap.compare;

import java.nio.charset.StandardCharsets;
import org.chainmap.io.LoadResult;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;

/**
 * Small maps whose gaps are worked out by hand (docs/gaps.md; weak below 2 local firms or none 规上): steel s feeds
 * transformers t; two local transformer makers t1, t2 (规上) buy their steel from the external 宝钢 alone, so that
 * steel → transformer is broken and a chokepoint; one local, small current-transformer maker in ct (weak).
 */
final class SmallMaps {

    private SmallMaps() {}

    /** The map with {@code steel} as the extra steel firms and {@code links} as the extra links (JSON parts). */
    static String json(String firms, String links) {
        return """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [
                   {"id": "power", "name": "输变电", "segments": [
                     {"id": "power.steel", "name": "取向硅钢", "stage": "upstream", "feeds": ["power.transformer"]},
                     {"id": "power.transformer", "name": "变压器", "stage": "midstream"},
                     {"id": "power.ct", "name": "互感器", "stage": "midstream"}]}],
                 "enterprises": [
                   {"id": "t1", "name": "特变电工衡阳变压器", "local": true, "segments": ["power.transformer"],
                    "tags": ["规上"]},
                   {"id": "t2", "name": "衡阳变压器", "creditCode": "91430400MA4L16GX6K", "local": true,
                    "segments": ["power.transformer"], "tags": ["规上"]},
                   {"id": "ct", "name": "南方互感器", "local": true, "segments": ["power.ct"]},
                   {"id": "baosteel", "name": "宝钢股份", "local": false, "segments": ["power.steel"]}FIRMS],
                 "links": [{"from": "baosteel", "to": "t1"}, {"from": "baosteel", "to": "t2"}LINKS]}
                """
                .replace("FIRMS", firms)
                .replace("LINKS", links);
    }

    /** The map of {@link #json}, read as a file is. */
    static RegionMap map(String firms, String links) {
        return read(json(firms, links));
    }

    /** A map from its JSON. */
    static RegionMap read(String json) {
        LoadResult result = MapReader.read(json.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            throw new IllegalArgumentException(result.errors().toString());
        }
        return result.map().orElseThrow();
    }

    /** The base map: no local steel. */
    static RegionMap base() {
        return map("", "");
    }
}
