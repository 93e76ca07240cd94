package org.chainmap.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.analysis.GapAnalysis;
import org.chainmap.edit.EditRefusedException;
import org.chainmap.edit.History;
import org.chainmap.edit.SetPresentation;
import org.chainmap.io.MapReader;
import org.chainmap.model.Presentation;
import org.chainmap.model.RegionMap;
import org.chainmap.model.StepKind;
import org.chainmap.render.Story;
import org.chainmap.render.StoryStep;
import org.chainmap.ui.present.ArrangeModel.Entry;
import org.chainmap.ui.present.ArrangeModel.Part;
import org.junit.jupiter.api.Test;

/** What the Arrange dialog edits, without a screen: parts and steps ticked, moved and noted. */
class ArrangeModelTest {

    private static final RegionMap MAP =
            MapReader.read(Path.of("maps/hengyang.json")).map().orElseThrow();

    private static ArrangeModel model(RegionMap map) {
        return new ArrangeModel(map, GapAnalysis.of(map));
    }

    private static Part part(ArrangeModel model, String chain) {
        return model.parts().stream()
                .filter(part -> part.chain != null && part.chain.id().equals(chain))
                .findFirst()
                .orElseThrow();
    }

    private static Entry entry(Part part, StepKind kind) {
        return part.steps.stream()
                .filter(entry -> entry.step.step() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void untouchedItIsTheWholeStory() {
        ArrangeModel model = model(MAP);
        assertThat(model.parts()).hasSize(MAP.chains().size() + 2);
        assertThat(model.parts().get(0).chain).isNull();
        assertThat(model.parts().get(model.parts().size() - 1).closing).isTrue();
        // The brief story: 59 steps (166 in full, which Full detail ticks and keeps as arranged).
        assertThat(model.count()).isEqualTo(59);
        assertThat(model.result()).isEqualTo(Presentation.NONE);
        model.wholeStory(org.chainmap.render.Story.Detail.FULL);
        assertThat(model.count()).isEqualTo(166);
        assertThat(model.result().steps()).hasSize(166);
    }

    @Test
    void chainsAndStepsTickedMovedAndNotedAreWhatThePresentationShowsAndReadBackAsArranged()
            throws EditRefusedException {
        ArrangeModel model = model(MAP);
        part(model, "chem").shown.set(false);
        Part auto = part(model, "auto");
        while (model.parts().indexOf(auto) > 1) {
            model.move(auto, -1);
        }
        model.move(auto, -1); // the opening panorama stays first
        assertThat(model.parts().indexOf(auto)).isEqualTo(1);
        Part power = part(model, "power");
        entry(power, StepKind.MIDSTREAM).shown.set(false);
        entry(power, StepKind.TITLE).note.set("链主：特变电工");
        Entry summary = entry(power, StepKind.SUMMARY);
        model.move(power, summary, -power.steps.size());
        assertThat(power.steps.get(0)).isSameAs(summary);
        model.parts().get(model.parts().size() - 1).shown.set(false);

        Presentation arranged = model.result();
        assertThat(arranged.arranged()).isTrue();
        History history = new History(MAP);
        history.perform(new SetPresentation(arranged));
        RegionMap map = history.map();
        Story story = Story.of(map, GapAnalysis.of(map));
        assertThat(story.chains().get(0).id()).isEqualTo("auto");
        assertThat(story.chains()).noneMatch(chain -> chain.id().equals("chem"));
        List<StoryStep> powerSteps = story.steps().stream()
                .filter(step -> step.chain() != null && step.chain().id().equals("power"))
                .toList();
        assertThat(powerSteps.get(0).kind()).isEqualTo(StepKind.SUMMARY);
        assertThat(powerSteps.get(1).kind()).isEqualTo(StepKind.TITLE);
        assertThat(powerSteps.get(1).note()).isEqualTo("链主：特变电工");
        assertThat(powerSteps).noneMatch(step -> step.kind() == StepKind.MIDSTREAM);
        assertThat(story.steps().get(story.size() - 1).kind()).isNotEqualTo(StepKind.PANORAMA);

        // Opened again on the arranged map, the dialog shows the same arrangement: OK changes nothing.
        ArrangeModel again = model(map);
        assertThat(again.result()).isEqualTo(arranged);
        assertThat(part(again, "chem").shown.get()).isFalse();
        assertThat(entry(part(again, "power"), StepKind.MIDSTREAM).shown.get()).isFalse();
        assertThat(part(again, "power").steps.indexOf(entry(part(again, "power"), StepKind.MIDSTREAM)))
                .as("an unticked step stays where the whole story has it: after upstream")
                .isEqualTo(part(again, "power").steps.indexOf(entry(part(again, "power"), StepKind.UPSTREAM)) + 1);

        again.wholeStory();
        assertThat(again.result()).isEqualTo(Presentation.NONE);
    }

    @Test
    void nothingTickedIsNoPresentation() {
        ArrangeModel model = model(MAP);
        model.parts().forEach(part -> part.shown.set(false));
        assertThat(model.count()).isZero();
    }
}
