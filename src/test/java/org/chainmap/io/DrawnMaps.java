package org.chainmap.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.layout.ChainGeometry;
import org.chainmap.layout.ChainLayouter;
import org.chainmap.model.Chain;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.SampleMaps;
import org.chainmap.model.SupplyLink;
import org.junit.jupiter.params.provider.Arguments;

/** Chains to export in the tests of the drawing's writers, and what a test expects of them. */
final class DrawnMaps {

    /** A firm's name with the characters DOT, XML and JSON must escape, and Chinese. */
    static final String AWKWARD_NAME = "宝钢\"取向\\硅钢\"<股份>&公司";

    private DrawnMaps() {}

    /** The sample map with one firm renamed to {@link #AWKWARD_NAME}. */
    static RegionMap awkward() {
        RegionMap small = SampleMaps.small();
        List<Enterprise> firms = new ArrayList<>();
        for (Enterprise firm : small.enterprises()) {
            firms.add(
                    firm.id().equals("baosteel")
                            ? Enterprise.of(firm.id(), AWKWARD_NAME, false, firm.segments())
                            : firm);
        }
        return small.withEnterprises(firms);
    }

    /** A name with what XML 1.0 and DOT cannot carry: NUL, ESC, other controls, U+FFFF, half a surrogate pair. */
    static final String CONTROL_NAME = "宝钢\u0000\u001b[31m\u0001\u0008\uFFFF\uD800x\t\r\n公司";

    /** A name of 30,000 bytes of UTF-8: twice what Graphviz reads in one string. */
    static final String LONG_NAME = "长".repeat(10_000);

    /** The sample map with its chain's name, one firm's name holding controls and another's 10,000 characters. */
    static RegionMap hostile() {
        RegionMap small = SampleMaps.small();
        List<Enterprise> firms = new ArrayList<>();
        for (Enterprise firm : small.enterprises()) {
            String name =
                    firm.id().equals("baosteel") ? CONTROL_NAME : firm.id().equals("tbea-hy") ? LONG_NAME : firm.name();
            firms.add(Enterprise.of(firm.id(), name, firm.local(), firm.segments()));
        }
        Chain chain = small.chains().get(0);
        return small.withEnterprises(firms)
                .withChains(List.of(chain.withName("\u001b]0;pwned\u0007" + chain.name(), chain.nameEn())));
    }

    /** Every chain of the sample map, of Hengyang and of a generated region: (name, map, chain, geometry). */
    static Stream<Arguments> chains() {
        List<Arguments> all = new ArrayList<>();
        RegionMap awkward = awkward();
        all.add(drawn("sample power", awkward, awkward.chains().get(0)));
        RegionMap hengyang = MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();
        hengyang.chains().forEach(chain -> all.add(drawn("hengyang " + chain.id(), hengyang, chain)));
        RegionMap generated = RegionGenerator.generate(2000, 3);
        generated.chains().stream()
                .limit(4)
                .forEach(chain -> all.add(drawn("generated " + chain.id(), generated, chain)));
        return all.stream();
    }

    private static Arguments drawn(String name, RegionMap map, Chain chain) {
        return Arguments.of(name, map, chain, ChainLayouter.layout(map, chain));
    }

    /** The supply links between two different cards of the drawing, in document order. */
    static List<SupplyLink> links(RegionMap map, ChainGeometry geometry) {
        Set<String> cards = new HashSet<>(geometry.cards().keySet());
        return map.links().stream()
                .filter(link -> cards.contains(link.from()) && cards.contains(link.to()))
                .filter(link -> !link.from().equals(link.to()))
                .toList();
    }

    /** A coordinate as the writers round it. */
    static double rounded(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
