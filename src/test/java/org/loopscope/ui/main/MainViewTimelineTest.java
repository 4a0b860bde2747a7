package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.session.view.PanelState;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.AppIcon;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.files.Settings;
import org.loopscope.ui.run.StepMode;
import org.loopscope.ui.testing.Snapshots;
import org.loopscope.ui.timeline.AxisMode;
import org.loopscope.ui.timeline.Hit;
import org.loopscope.ui.timeline.TimelineView;
import org.loopscope.ui.timeline.TimelineViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline in the real window, headless, driven through the real controls: a run draws its lanes, the
 * timeline's cursor follows the player's and a click on its axis moves the player; a click on a lane selects the
 * task in the tasks table and back; Cancel task and Ctrl+C act on the run; the window has its icon and remembers
 * the panels' tab.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewTimelineTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        view = MainView.showIn(stage, viewModel);
    }

    private static Path program(String name) throws Exception {
        return Path.of(MainViewTimelineTest.class.getResource("/conformance/" + name).toURI());
    }

    private void runToEnd(FxRobot robot, String name) throws Exception {
        Path file = program(name);
        robot.interact(() -> viewModel.document().open(file));
        robot.push(KeyCode.F5);
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.run().stateProperty().get() != null
                && viewModel.run().stateProperty().get().atEnd()
                && timelineModel().eventCount() == viewModel.run().stateProperty().get().recorded());
    }

    private TimelineView timeline() {
        return view.timeline();
    }

    private TimelineModel timelineModel() {
        return timeline().viewModel().model();
    }

    private TableView<PanelState.TaskRowView> table() {
        return view.runWiring().panels().tasksTable();
    }

    @Test
    void aRunDrawsALanePerTaskAndTheCursorFollowsThePlayer(FxRobot robot) throws Exception {
        runToEnd(robot, "05_gather_order.py");
        TimelineModel model = timelineModel();
        // main, the three workers; asyncio.run's shutdown adds none here. One lane for the loop.
        assertThat(model.taskCount()).isEqualTo(table().getItems().size()).isGreaterThanOrEqualTo(4);
        assertThat(model.laneCount()).isEqualTo(model.taskCount() + model.loopCount());
        assertThat(timeline().eventCursorProperty().get()).isEqualTo(model.eventCount());
        BufferedImage picture = Snapshots.take(timeline(), "main-timeline-gather");
        assertThat(Snapshots.distinctColours(picture)).isGreaterThan(20);

        robot.interact(() -> viewModel.run().stepModeProperty().set(StepMode.ITERATION));
        int end = timeline().eventCursorProperty().get();
        robot.clickOn("#stepBackButton");
        robot.clickOn("#stepBackButton");
        WaitForAsyncUtils.waitForFxEvents();
        int back = timeline().eventCursorProperty().get();
        assertThat(back).isLessThan(end).isEqualTo(viewModel.run().positionProperty().get());
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().eventCursorProperty().get()).isGreaterThan(back)
                .isEqualTo(viewModel.run().positionProperty().get());

        // A click on the axis a third of the way along moves the player there.
        TimelineViewModel vm = timeline().viewModel();
        double x = vm.plotLeft() + (vm.plotRight() - vm.plotLeft()) / 3;
        robot.clickOn(screen(x, vm.axisHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        int seeked = viewModel.run().positionProperty().get();
        assertThat(seeked).isGreaterThan(0).isLessThan(model.eventCount())
                .isEqualTo(timeline().eventCursorProperty().get());
        assertThat(viewModel.run().stateProperty().get().position()).isEqualTo(seeked);
        assertThat(viewModel.run().playingProperty().get()).isFalse();
    }

    @Test
    void onTheTimeAxisTheCursorStandsAtTheClocksTimeNotAtTheNextEvents(FxRobot robot) throws Exception {
        runToEnd(robot, "04_blocking_vs_async_sleep.py");
        TimelineModel model = timelineModel();
        // A place where the next event comes later than the last one (a time.sleep blocking the loop, or the loop
        // waiting for a timer): the clock still says the last event's time, and so must the cursor.
        int jump = -1;
        for (int p = 1; p < model.eventCount() && jump < 0; p++) {
            if (model.timeOf(p) > model.timeOf(p - 1) + 1e-9) {
                jump = p;
            }
        }
        assertThat(jump).isPositive();
        int at = jump;
        robot.interact(() -> viewModel.run().seekEvent(at));
        WaitForAsyncUtils.waitForFxEvents();
        double clock = viewModel.clockSecondsProperty().get();
        assertThat(clock).isEqualTo(model.timeOf(at - 1), org.assertj.core.data.Offset.offset(1e-9))
                .isLessThan(model.timeOf(at));
        assertThat(timeline().viewModel().cursorTimeProperty().get()).isEqualTo(clock);
    }

    @Test
    void aLaneAndATableRowSelectTheSameTaskAndCancelTaskCancelsIt(FxRobot robot) throws Exception {
        runToEnd(robot, "05_gather_order.py");
        robot.interact(() -> viewModel.run().stepModeProperty().set(StepMode.ITERATION));
        robot.clickOn("#resetButton");
        // Until the workers wait on their sleeps.
        for (int i = 0; i < 10 && stateOf("Task-2") != PanelState.TaskStateView.WAITING; i++) {
            robot.clickOn("#stepButton");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(stateOf("Task-2")).isEqualTo(PanelState.TaskStateView.WAITING);

        robot.clickOn(screen(laneX(), laneY(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().selectedTaskProperty().get()).isEqualTo(1);
        assertThat(viewModel.run().selectedTaskProperty().get()).isEqualTo("Task-2");
        assertThat(table().getSelectionModel().getSelectedItem().name()).isEqualTo("Task-2");
        assertThat(viewModel.editor().taskMarkers()).filteredOn(marker -> marker.selected()).singleElement()
                .satisfies(marker -> assertThat(marker.label()).startsWith("Task-2"));

        robot.interact(() -> table().getSelectionModel().select(
                table().getItems().stream().filter(row -> row.name().equals("Task-3")).findFirst().orElseThrow()));
        assertThat(timeline().selectedTaskProperty().get()).isEqualTo(2);

        robot.clickOn(screen(laneX(), laneY(1)));
        robot.clickOn("#cancelTaskButton");
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.run().stateProperty().get().atEnd()
                && stateOf("Task-2") == PanelState.TaskStateView.CANCELLED);
        // As in CPython: gather passes the CancelledError on, main fails with it, and asyncio.run cancels the rest.
        assertThat(stateOf("Task-3")).isEqualTo(PanelState.TaskStateView.CANCELLED);
        assertThat(viewModel.console().programText()).contains("CancelledError").doesNotContain("finished");
    }

    @Test
    void ctrlCShowsKeyboardInterruptAsPython3PrintsIt(FxRobot robot) throws Exception {
        runToEnd(robot, "04_blocking_vs_async_sleep.py");
        Path file = program("04_blocking_vs_async_sleep.py").toAbsolutePath();
        robot.interact(() -> viewModel.run().stepModeProperty().set(StepMode.ITERATION));
        robot.clickOn("#resetButton");
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        robot.clickOn("#interruptButton");
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.run().stateProperty().get().atEnd()
                && viewModel.console().programText().endsWith("KeyboardInterrupt\n"));
        String text = viewModel.console().programText();
        assertThat(text).contains("Traceback (most recent call last):\n  File \"" + file
                + "\", line 25, in <module>\n    asyncio.run(main())\n");
        assertThat(text.lines().filter(line -> line.startsWith("  File \"")).findFirst().orElseThrow())
                .contains(file.toString());
        assertThat(robot.lookup("#runStatusLabel").queryLabeled().getText()).isNotBlank();
    }

    @Test
    void theWindowHasItsIconAndRemembersThePanelsTabAndTheAxisIsInTheViewMenu(FxRobot robot) throws Exception {
        // The icon is drawn off the JavaFX thread and set when ready.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getIcons().size() == AppIcon.SIZES.length);
        assertThat(stage.getIcons()).extracting(Image::getWidth).contains(16.0, 32.0, 256.0);

        robot.clickOn("#tasksTab");
        robot.interact(() -> assertThat(view.prepareToClose()).isTrue());
        Settings saved = Settings.load(dir.resolve("config").resolve("settings.properties"));
        assertThat(saved.panelsTab()).isEqualTo("tasksTab");
        MainViewModel again = new MainViewModel(new BuildInfo("Loopscope", "test"),
                new ConfigDir(dir.resolve("config")));
        Stage second = WaitForAsyncUtils.asyncFx(() -> {
            Stage window = new Stage();
            MainView.showIn(window, again);
            return window;
        }).get(10, TimeUnit.SECONDS);
        TabPane tabs = (TabPane) second.getScene().lookup(".panels");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tasksTab");
        robot.interact(second::hide);

        robot.clickOn("View");
        robot.clickOn("Timeline Axis in Loop Iterations");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().axisModeProperty().get()).isEqualTo(AxisMode.ITERATIONS);
        robot.clickOn("#timelineTime");
        robot.clickOn("View");
        assertThat(robot.lookup("Timeline Axis in Loop Iterations").tryQuery()).isPresent();
        robot.push(KeyCode.ESCAPE);
        assertThat(timeline().axisModeProperty().get()).isEqualTo(AxisMode.TIME);
    }

    private PanelState.TaskStateView stateOf(String task) {
        return table().getItems().stream().filter(row -> row.name().equals(task)).findFirst()
                .map(PanelState.TaskRowView::state).orElse(null);
    }

    private double laneX() {
        TimelineViewModel vm = timeline().viewModel();
        return vm.plotLeft() + (vm.plotRight() - vm.plotLeft()) * 0.6;
    }

    /** The middle of task {@code task}'s lane, in the canvas, found by asking the timeline what is where. */
    private double laneY(int task) {
        TimelineViewModel vm = timeline().viewModel();
        for (double y = vm.axisHeight(); y < vm.heightProperty().get(); y += 1) {
            Hit hit = vm.hitAt(laneX(), y);
            if (!(hit instanceof Hit.None) && !(hit instanceof Hit.Axis) && hit.task(vm.model()) == task) {
                return y + 3;
            }
        }
        throw new AssertionError("no lane for task " + task);
    }

    private Point2D screen(double x, double y) {
        return timeline().canvas().localToScreen(x, y);
    }
}
