package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.session.view.PanelState;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.run.StepMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The player in the real window, headless: a conformance program opened, run with F5 and played to the end prints
 * what python3 prints (its {@code .expected} file); stepping back changes the tasks table; the theme still toggles;
 * the timeline exports as PNG.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewRunTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        view = MainView.showIn(stage, viewModel);
    }

    private static Path program(String name) throws Exception {
        return Path.of(MainViewRunTest.class.getResource("/conformance/" + name).toURI());
    }

    @Test
    void f5RunsTheProgramAndTheEndShowsWhatPython3Prints(FxRobot robot) throws Exception {
        Path file = program("05_gather_order.py");
        String expected = Files.readString(program("05_gather_order.expected"));
        robot.interact(() -> viewModel.document().open(file));
        robot.push(KeyCode.F5);
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.console().programText().equals(expected)
                && viewModel.run().stateProperty().get().atEnd());
        assertThat(viewModel.run().playingProperty().get()).isFalse();
        assertThat(robot.lookup("#clockLabel").queryAs(Label.class).getText()).startsWith("t = 0.150 s · iteration ");
        TableView<PanelState.TaskRowView> table = view.runWiring().panels().tasksTable();
        assertThat(table.getItems()).extracting(PanelState.TaskRowView::state)
                .containsOnly(PanelState.TaskStateView.DONE);

        robot.interact(() -> viewModel.run().stepModeProperty().set(StepMode.TASK_STEP));
        // asyncio.run's shutdown takes a few task steps after main's last one: step back until main runs again.
        int clicks = 0;
        while (clicks < 10 && state(table, "Task-1") == PanelState.TaskStateView.DONE) {
            robot.clickOn("#stepBackButton");
            WaitForAsyncUtils.waitForFxEvents();
            clicks++;
        }
        assertThat(state(table, "Task-1")).isNotEqualTo(PanelState.TaskStateView.DONE);
        assertThat(viewModel.console().programText()).isNotEqualTo(expected);

        robot.clickOn("#darkThemeButton");
        assertThat(view.getStyleClass()).contains("dark");
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.console().programText()).isEqualTo(expected);

        Path png = dir.resolve("timeline.png");
        robot.interact(() -> {
            try {
                viewModel.run().exports().png(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    }

    private static PanelState.TaskStateView state(TableView<PanelState.TaskRowView> table, String task) {
        return table.getItems().stream().filter(row -> row.name().equals(task)).findFirst().orElseThrow().state();
    }

    @Test
    void aSyntaxErrorIsMarkedInTheEditorAndTheTextStays(FxRobot robot) throws Exception {
        String bad = "import asyncio\ndef f(:\n    pass\n";
        robot.interact(() -> viewModel.editor().setText(bad));
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.editor().errorProperty().get() != null);
        assertThat(viewModel.editor().errorProperty().get().line()).isEqualTo(2);
        assertThat(viewModel.editor().textProperty().get()).isEqualTo(bad);
        assertThat(viewModel.console().programText()).as(viewModel.console().lines().toString())
                .contains("untitled.py\", line 2").contains("SyntaxError");
    }
}
