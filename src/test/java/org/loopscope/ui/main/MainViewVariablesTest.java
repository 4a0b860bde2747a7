package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.run.StepMode;
import org.loopscope.ui.variables.VariablesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Variables tab in the real window, headless: stepping through a run shows the task's local as it changes, and
 * stepping back shows the older value again.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewVariablesTest {

    private static final String PROGRAM = String.join("\n",
            "import asyncio",
            "",
            "",
            "async def main():",
            "    count = 1",
            "    await asyncio.sleep(0.1)",
            "    count = 22",
            "    await asyncio.sleep(0.1)",
            "    print(count)",
            "",
            "",
            "asyncio.run(main())",
            "");

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        view = MainView.showIn(stage, viewModel);
    }

    @Test
    void steppingShowsTheLocalAndSteppingBackShowsItsOlderValue(FxRobot robot) {
        robot.interact(() -> viewModel.editor().setText(PROGRAM));
        robot.push(KeyCode.F5);
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            TabPane tabs = view.runWiring().variables().tab().getTabPane();
            tabs.getSelectionModel().select(view.runWiring().variables().tab());
        });
        robot.clickOn("#resetButton");
        robot.interact(() -> viewModel.run().stepModeProperty().set(StepMode.TASK_STEP));
        TreeTableView<VariablesViewModel.Row> table = view.runWiring().variables().table();

        stepUntil(robot, "#stepButton", table, "1");
        assertThat(shown(robot, "1")).as("the value 1 is drawn in the table").isTrue();
        stepUntil(robot, "#stepButton", table, "22");
        assertThat(shown(robot, "22")).isTrue();
        stepUntil(robot, "#stepBackButton", table, "1");
        assertThat(shown(robot, "1")).isTrue();
        assertThat(drawn(robot, "22")).isFalse();
    }

    /** Clicks {@code button} until main's {@code count} reads {@code value} (at most 20 clicks). */
    private static void stepUntil(FxRobot robot, String button, TreeTableView<VariablesViewModel.Row> table,
            String value) {
        for (int i = 0; i < 20 && !value.equals(count(table)); i++) {
            robot.clickOn(button);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(count(table)).isEqualTo(value);
        // The panel is low in the window: bring the variable's row into view.
        robot.interact(() -> table.scrollTo(table.getRow(countItem(table))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The value of {@code count} in Task-1's frame of the tree, or null. */
    private static String count(TreeTableView<VariablesViewModel.Row> table) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                TreeItem<VariablesViewModel.Row> item = countItem(table);
                return item == null ? null : item.getValue().value();
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row of {@code count} in Task-1's frame, or null (on the FX thread). */
    private static TreeItem<VariablesViewModel.Row> countItem(TreeTableView<VariablesViewModel.Row> table) {
        for (TreeItem<VariablesViewModel.Row> task : table.getRoot().getChildren()) {
            if (!task.getValue().name().equals("Task-1")) {
                continue;
            }
            for (TreeItem<VariablesViewModel.Row> frame : task.getChildren()) {
                for (TreeItem<VariablesViewModel.Row> variable : frame.getChildren()) {
                    if (variable.getValue().name().equals("count")) {
                        return variable;
                    }
                }
            }
        }
        return null;
    }

    /** Whether a visible cell of the Variables table shows exactly {@code text} (within a few seconds). */
    private static boolean shown(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawn(robot, text));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static boolean drawn(FxRobot robot, String text) {
        return robot.lookup("#variablesTable .tree-table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> cell.isVisible() && text.equals(cell.getText()));
    }
}
