package org.chainmap.progress;

import java.nio.charset.StandardCharsets;
import org.chainmap.io.MapReader;
import org.chainmap.model.RegionMap;

/**
 * A map small enough to work out by hand, with three snapshots, and an older version of it.
 *
 * <p>Chain 甲链 (a): 原料 a.1 → 部件 a.2 → 整机 a.3; today local firms f1 (原料, 规上, 2 亿元) and f2 (部件, 1,500 万元,
 * under the 2,000 万元 line): coverage 2/3, 整机 missing and to extend into (部件 feeds it), 原料 and 部件 weak (one
 * firm each): 4 gaps; no link, so no local rate. Chain 乙链 (b): 材料 b.1 → 器件 b.2; today g1 in 材料: coverage 1/2,
 * 器件 missing and to extend into, 材料 weak: 3 gaps. The snapshots say a went 1/3, 1/3, 1/3 and b 1/2, 1/2,
 * 2/2 (b lost a firm since September). The older version (OLD) lacks f2: 部件 was missing then, and f2 filled it.
 */
public final class ProgressMaps {

    private ProgressMaps() {}

    static final String SNAPSHOTS =
            """
              "snapshots": { "taken": [
                { "date": "2026-03-31", "label": "一季度", "chains": [
                  {"chain": "a", "segments": 3, "covered": 1, "localFirms": 1, "scaleFirms": 1, "output": 150000000,
                   "gaps": {"missing": 2, "weak": 1, "extend": 0}},
                  {"chain": "b", "segments": 2, "covered": 1, "localFirms": 1, "scaleFirms": 0,
                   "gaps": {"missing": 1, "weak": 1}} ] },
                { "date": "2026-06-30", "label": "二季度", "chains": [
                  {"chain": "a", "segments": 3, "covered": 1, "localFirms": 1, "scaleFirms": 1, "output": 180000000,
                   "gaps": {"missing": 2, "weak": 1}},
                  {"chain": "b", "segments": 2, "covered": 1, "localFirms": 1, "scaleFirms": 0,
                   "gaps": {"missing": 1, "weak": 1}} ] },
                { "date": "2026-09-30", "chains": [
                  {"chain": "a", "segments": 3, "covered": 1, "localFirms": 1, "scaleFirms": 1, "output": 200000000,
                   "gaps": {"missing": 2, "weak": 1}},
                  {"chain": "b", "segments": 2, "covered": 2, "localFirms": 2, "scaleFirms": 1,
                   "gaps": {"weak": 2}} ] } ] },
            """;

    static String map(boolean withF2, boolean withSnapshots) {
        return """
                { "format": "chainmap", "version": 1, "region": { "name": "测试市" },
                  "chains": [
                    { "id": "a", "name": "甲链", "segments": [
                      { "id": "a.1", "name": "原料", "stage": "upstream", "feeds": ["a.2"] },
                      { "id": "a.2", "name": "部件", "stage": "midstream", "feeds": ["a.3"] },
                      { "id": "a.3", "name": "整机", "stage": "downstream" } ] },
                    { "id": "b", "name": "乙链", "segments": [
                      { "id": "b.1", "name": "材料", "stage": "upstream", "feeds": ["b.2"] },
                      { "id": "b.2", "name": "器件", "stage": "downstream" } ] } ],
                """
                + (withSnapshots ? SNAPSHOTS : "")
                + """
                  "enterprises": [
                    { "id": "f1", "name": "甲一", "local": true, "segments": ["a.1"], "tags": ["规上"],
                      "revenue": 200000000 },
                """
                + (withF2
                        ? """
                            { "id": "f2", "name": "甲二", "local": true, "segments": ["a.2"], "revenue": 15000000 },
                          """
                        : "")
                + """
                    { "id": "g1", "name": "乙一", "local": true, "segments": ["b.1"] } ],
                  "targets": [
                    { "id": "t1", "segment": "a.3", "name": "整机厂", "status": "signed" } ] }
                """;
    }

    /** The map today, with its three snapshots. */
    static RegionMap now() {
        return read(map(true, true));
    }

    /** The older version: no f2, no snapshots. */
    static RegionMap old() {
        return read(map(false, false));
    }

    private static RegionMap read(String json) {
        var result = MapReader.read(json.getBytes(StandardCharsets.UTF_8));
        return result.map()
                .orElseThrow(() -> new AssertionError(result.problems().toString()));
    }
}
