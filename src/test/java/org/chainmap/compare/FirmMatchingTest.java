package org.chainmap.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.model.RegionMap;
import org.junit.jupiter.api.Test;

/** The order of {@link FirmMatching}: id, then credit code, then name, each one to one. */
class FirmMatchingTest {

    private static final String CODE_A = "91430400MA4L16GX6K";
    private static final String CODE_B = "91430400MA4L2X3B7K";

    private static RegionMap map(String... firms) {
        StringBuilder list = new StringBuilder();
        for (String firm : firms) {
            list.append(list.length() == 0 ? "" : ", ").append(firm);
        }
        return SmallMaps.read(
                """
                {"format": "chainmap", "version": 1, "region": {"name": "衡阳市"},
                 "chains": [{"id": "k", "name": "链", "segments": [{"id": "c.s", "name": "环节", "stage": "upstream"}]}],
                 "enterprises": [FIRMS], "links": []}
                """
                        .replace("FIRMS", list));
    }

    private static String firm(String id, String name, String code) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", "
                + (code == null ? "" : "\"creditCode\": \"" + code + "\", ")
                + "\"local\": true, \"segments\": [\"c.s\"]}";
    }

    @Test
    void theIdComesBeforeTheCreditCodeAndTheCodeBeforeTheName() {
        RegionMap before = map(firm("a", "甲公司", CODE_A), firm("b", "乙公司", CODE_B), firm("c", "丙公司", null));
        RegionMap after = map(
                // keeps a's id though it carries b's code: the id wins
                firm("a", "甲公司", CODE_B),
                // b's code is now a's, so b is found by nothing but its name
                firm("x", "乙公司", null),
                // c's name under a new id
                firm("y", "丙公司", null));
        FirmMatching matching = FirmMatching.of(before, after);
        assertThat(matching.inOld("a").id()).isEqualTo("a");
        assertThat(matching.how("a")).isEqualTo(MatchedBy.ID);
        assertThat(matching.inOld("x").id()).isEqualTo("b");
        assertThat(matching.how("x")).isEqualTo(MatchedBy.NAME);
        assertThat(matching.inOld("y").id()).isEqualTo("c");
        assertThat(matching.size()).isEqualTo(3);
    }

    @Test
    void theCreditCodeBeatsTheName() {
        RegionMap before = map(firm("a", "甲公司", CODE_A), firm("b", "乙公司", null));
        // the new firm has b's name but a's code: it is a, renamed to what b was called; b is gone
        RegionMap after = map(firm("z", "乙公司", CODE_A));
        FirmMatching matching = FirmMatching.of(before, after);
        assertThat(matching.inOld("z").id()).isEqualTo("a");
        assertThat(matching.how("z")).isEqualTo(MatchedBy.CREDIT_CODE);
        assertThat(matching.inNew("b")).isNull();
        assertThat(matching.newId("b")).isEqualTo("b");
    }

    @Test
    void aNameTwoFirmsShareMatchesNeither() {
        RegionMap before = map(firm("a", "同名公司", null));
        RegionMap after = map(firm("x", "同名公司", null), firm("y", "同名公司", null));
        FirmMatching matching = FirmMatching.of(before, after);
        assertThat(matching.size()).isZero();
        assertThat(matching.inOld("x")).isNull();
        assertThat(matching.inNew("a")).isNull();
    }
}
