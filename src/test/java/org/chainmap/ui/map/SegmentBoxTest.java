package org.chainmap.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import org.chainmap.cli.RegionGenerator;
import org.chainmap.model.Enterprise;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Segment;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MapDocument;
import org.chainmap.ui.Selection;
import org.chainmap.ui.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A segment box with many firms lists the first ones and the selected one, and the rest on request. */
@ExtendWith(ApplicationExtension.class)
class SegmentBoxTest {

    private static List<Node> firmLabels(SegmentBox box) {
        return box.getChildren().stream()
                .filter(node -> node.getStyleClass().contains(Styles.ENTERPRISE))
                .toList();
    }

    /** A generated region of 3,000 firms, shown in Chinese. */
    private static MainViewModel generated() {
        MainViewModel model = new MainViewModel(I18n.CHINESE);
        model.show(new MapDocument(RegionGenerator.generate(3_000, 1), null, "generated.json", List.of()));
        return model;
    }

    /** The segment of {@code map} with the most firms. */
    private static Segment crowded(RegionMap map) {
        return map.chains().stream()
                .flatMap(chain -> chain.segments().stream())
                .max(java.util.Comparator.comparingInt(
                        segment -> map.enterprisesIn(segment.id()).size()))
                .orElseThrow();
    }

    @Test
    void aCrowdedBoxListsItsFirstFirmsAndTheRestOnRequest(FxRobot robot) {
        MainViewModel model = generated();
        Segment crowded = crowded(model.map().orElseThrow());
        List<Enterprise> firms = model.enterprisesIn(crowded);
        assertThat(firms).hasSizeGreaterThan(SegmentBox.LISTED_FIRMS + 1);
        Enterprise last = firms.get(firms.size() - 1);
        model.selectChain(model.chainOf(crowded).orElseThrow());
        model.select(new Selection.OfEnterprise(last, crowded));

        SegmentBox[] made = new SegmentBox[1];
        robot.interact(() -> made[0] = new SegmentBox(model, crowded, selection -> {}));
        SegmentBox box = made[0];

        assertThat(firmLabels(box)).hasSize(SegmentBox.LISTED_FIRMS + 1);
        List<Object> listed = new java.util.ArrayList<>(firms.subList(0, SegmentBox.LISTED_FIRMS));
        listed.add(last); // local firms first, then the selected one
        assertThat(firmLabels(box)).extracting(Node::getUserData).containsExactlyElementsOf(listed);
        Hyperlink more = (Hyperlink) box.getChildren().stream()
                .filter(Hyperlink.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(more.getText()).isEqualTo("还有" + (firms.size() - SegmentBox.LISTED_FIRMS - 1) + "家企业…");

        robot.interact(more::fire);
        assertThat(firmLabels(box)).hasSize(firms.size());
        List<Object> all = new java.util.ArrayList<>(listed);
        all.addAll(firms.subList(SegmentBox.LISTED_FIRMS, firms.size() - 1)); // the rest, in their order
        assertThat(firmLabels(box)).extracting(Node::getUserData).containsExactlyElementsOf(all);
        assertThat(box.getChildren()).doesNotContain(more);
    }

    @Test
    void aBoxsHeightFollowsItsWidthAndItsFirmsThoughKept(FxRobot robot) {
        MainViewModel model = generated();
        Segment crowded = crowded(model.map().orElseThrow());
        double[] heights = new double[5];
        robot.interact(() -> {
            SegmentBox box = new SegmentBox(model, crowded, selection -> {});
            javafx.stage.Stage window = new javafx.stage.Stage();
            window.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(box)));
            box.applyCss();
            heights[0] = box.prefHeight(300);
            heights[1] = box.prefHeight(120); // names wrap into more lines
            heights[2] = box.prefHeight(300);
            int measured = box.measured();
            heights[3] = box.prefHeight(300) + box.minHeight(120);
            assertThat(box.measured())
                    .as("heights at the widths asked last are kept")
                    .isEqualTo(measured);
            window.setRenderScaleY(window.getRenderScaleY() * 1.5); // another screen: sizes snap to other pixels
            box.prefHeight(300);
            assertThat(box.measured()).as("measured again at another scale").isEqualTo(measured + 1);
            box.getChildren().stream()
                    .filter(Hyperlink.class::isInstance)
                    .map(Hyperlink.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .fire();
            box.applyCss();
            heights[4] = box.prefHeight(300);
        });
        assertThat(heights[1]).isGreaterThan(heights[0]);
        assertThat(heights[2]).isEqualTo(heights[0]);
        assertThat(heights[4]).as("all its firms listed").isGreaterThan(heights[0] * 2);
    }
}
