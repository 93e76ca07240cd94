package org.chainmap.ui.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.chainmap.edit.DeleteEnterprise;
import org.chainmap.model.Chain;
import org.chainmap.model.ChainCounts;
import org.chainmap.model.Enterprise;
import org.chainmap.ui.I18n;
import org.chainmap.ui.MainViewModel;
import org.chainmap.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A chain's tooltip in the list: written when it shows, from the map shown then, so that an edit does not count
 * every chain's firms for tooltips nobody looks at (issue 17 item 9).
 */
@ExtendWith(ApplicationExtension.class)
class ChainListTooltipTest {

    private MainViewModel model;

    @Start
    void start(javafx.stage.Stage primary) {
        model = new MainViewModel(I18n.CHINESE);
        MainWindow window = new MainWindow(primary, model);
        window.show();
        window.openAtStartup(Path.of("maps/hengyang.json"));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private Tooltip tooltipOf(FxRobot robot, Chain chain) {
        ListCell<Chain> cell = (ListCell<Chain>) robot.lookup(".list-cell")
                .match(node -> node instanceof ListCell<?> c
                        && c.getItem() != null
                        && ((Chain) c.getItem()).id().equals(chain.id()))
                .query();
        return cell.getTooltip();
    }

    private static String shown(FxRobot robot, Tooltip tip) {
        robot.interact(() -> tip.getOnShowing().handle(null));
        return tip.getText();
    }

    @Test
    void theTooltipCountsTheChainWhenItShowsNotAtEachEdit(FxRobot robot) {
        Chain chain = model.chains().get(0);
        Tooltip tip = tooltipOf(robot, chain);
        assertThat(tip.getText()).isEmpty(); // nothing counted before it shows
        ChainCounts before = model.counts(chain);
        assertThat(shown(robot, tip))
                .startsWith(chain.name())
                .contains(before.segments() + "个环节 · " + before.localEnterprises() + "家本地企业");

        Enterprise local = model.map().orElseThrow().enterprisesOfChain(chain.id()).stream()
                .filter(Enterprise::local)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> model.perform(new DeleteEnterprise(local.id())));
        Tooltip after = tooltipOf(robot, model.chains().get(0));
        assertThat(shown(robot, after))
                .contains(before.segments() + "个环节 · " + (before.localEnterprises() - 1) + "家本地企业");
    }
}
