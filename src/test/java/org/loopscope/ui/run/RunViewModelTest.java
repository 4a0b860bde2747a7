package org.loopscope.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopscope.session.view.PanelState;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;

/**
 * The player without a screen: runs of conformance programs whose console at the end must be what python3 prints
 * (their {@code .expected} files), moves that change the tasks table and the markers, interventions, breakpoints,
 * the stale hint and a SyntaxError shown in the editor.
 */
class RunViewModelTest {

    private final EditorViewModel editor = new EditorViewModel();
    private final ConsoleViewModel console = new ConsoleViewModel();
    private final SimpleDoubleProperty seconds = new SimpleDoubleProperty();
    private final SimpleLongProperty iteration = new SimpleLongProperty();
    /** What the session handed to the UI thread; the test runs it as the UI thread would. */
    private final List<Runnable> uiQueue = new ArrayList<>();
    private RunViewModel player;

    @BeforeEach
    void make() {
        player = new RunViewModel(editor, console, seconds, iteration, () -> Locale.ENGLISH, this::queue,
                Duration.ofSeconds(30));
    }

    @AfterEach
    void close() {
        player.closeRun();
    }

    private synchronized void queue(Runnable refresh) {
        uiQueue.add(refresh);
    }

    private synchronized void drain() {
        List<Runnable> now = new ArrayList<>(uiQueue);
        uiQueue.clear();
        now.forEach(Runnable::run);
    }

    private static Path program(String name) throws Exception {
        return Path.of(RunViewModelTest.class.getResource("/conformance/" + name).toURI());
    }

    private void run(String name) throws Exception {
        Path path = program(name + ".py");
        String text = Files.readString(path);
        editor.setText(text);
        player.run(text, path);
    }

    private static String expected(String name) throws Exception {
        return Files.readString(program(name + ".expected"));
    }

    @Test
    void runningPlaysAndTheEndShowsWhatPython3Prints() throws Exception {
        run("05_gather_order");
        assertThat(player.playingProperty().get()).as("Run starts playing").isTrue();
        player.end();
        drain();
        assertThat(console.programText()).isEqualTo(expected("05_gather_order"));
        assertThat(player.tasks()).extracting(PanelState.TaskRowView::state)
                .containsOnly(PanelState.TaskStateView.DONE);
        assertThat(seconds.get()).isEqualTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(iteration.get()).isPositive();
        assertThat(player.statusProperty().get().key()).isEqualTo("run.status.finished");
        assertThat(editor.taskMarkers()).as("finished tasks have no marker").isEmpty();
    }

    @Test
    void playingAtTheFastestSpeedReachesTheEndAndStops() throws Exception {
        run("05_gather_order");
        player.speedProperty().set(PlaySpeed.FASTEST);
        for (int i = 0; i < 100 && player.playingProperty().get(); i++) {
            player.tick(0.02);
            drain();
        }
        assertThat(player.playingProperty().get()).isFalse();
        assertThat(console.programText()).isEqualTo(expected("05_gather_order"));
    }

    @Test
    void playingAtOneTimesShowsZeroTimeStepsAtAPaceAndFollowsVirtualTime() throws Exception {
        run("05_gather_order");
        player.stepModeProperty().set(StepMode.TASK_STEP);
        int ticks = 0;
        while (!console.programText().equals("finished b\n") && ticks < 1000) {
            player.tick(0.01);
            ticks++;
        }
        // Four task steps at t=0 (main and the three children) at 4 a second, then 0.05 s of virtual time at 1x.
        assertThat(ticks).isBetween(75, 90);
        assertThat(seconds.get()).isEqualTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        for (int i = 0; i < 3; i++) {
            player.tick(0.01);
        }
        assertThat(seconds.get()).isEqualTo(0.08, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(console.programText()).isEqualTo("finished b\n");
    }

    @Test
    void stepsMoveTheTasksTableAndTheMarkersBothWays() throws Exception {
        run("05_gather_order");
        player.playingProperty().set(false);
        player.stepModeProperty().set(StepMode.TASK_STEP);
        player.step();
        player.step();
        assertThat(player.tasks()).extracting(PanelState.TaskRowView::name).contains("Task-1", "Task-2");
        assertThat(editor.taskMarkers()).isNotEmpty();
        List<PanelState.TaskRowView> before = List.copyOf(player.tasks());
        player.step();
        assertThat(player.tasks()).isNotEqualTo(before);
        player.stepBack();
        assertThat(player.tasks()).isEqualTo(before);
        player.reset();
        assertThat(player.tasks()).isEmpty();
        assertThat(seconds.get()).isZero();
    }

    @Test
    void breakpointsStopPlaying() throws Exception {
        run("05_gather_order");
        editor.toggleBreakpoint(7);
        player.speedProperty().set(PlaySpeed.FASTEST);
        player.tick(0.02);
        assertThat(player.playingProperty().get()).isFalse();
        assertThat(editor.currentLineProperty().get()).isEqualTo(7);
        assertThat(player.stateProperty().get().runningTask()).isEqualTo("Task-3");
        player.runToBreakpoint();
        assertThat(player.stateProperty().get().runningTask()).isEqualTo("Task-4");
    }

    @Test
    void runToHereGoesToTheLine() throws Exception {
        run("05_gather_order");
        player.playingProperty().set(false);
        editor.runToHere(13);
        assertThat(editor.currentLineProperty().get()).isEqualTo(13);
        assertThat(console.programText()).isEqualTo("finished b\nfinished c\nfinished a\n");
    }

    @Test
    void cancellingTheSelectedTaskMakesItsRowCancelled() throws Exception {
        run("05_gather_order");
        player.playingProperty().set(false);
        editor.runToHere(7);
        player.selectedTaskProperty().set("Task-2");
        player.cancelSelectedTask();
        player.end();
        drain();
        PanelState.TaskRowView row = player.tasks().stream().filter(r -> r.name().equals("Task-2")).findFirst()
                .orElseThrow();
        assertThat(row.state()).isEqualTo(PanelState.TaskStateView.CANCELLED);
        assertThat(console.programText()).doesNotContain("finished a").contains("CancelledError");
    }

    @Test
    void ctrlCEndsTheProgramWithKeyboardInterrupt() throws Exception {
        run("05_gather_order");
        player.playingProperty().set(false);
        editor.runToHere(7);
        player.interrupt();
        player.end();
        drain();
        assertThat(console.programText()).contains("KeyboardInterrupt").doesNotContain("['A', 'B', 'C']");
        assertThat(console.lines()).anyMatch(line -> line.kind() == ConsoleViewModel.Kind.STDERR);
    }

    @Test
    void aTracebackLineOfTheProgramTakesTheEditorToItsLine() throws Exception {
        Path file = Files.createTempFile("boom", ".py");
        String text = "import asyncio\n\nasync def main():\n    raise ValueError('boom')\n\nasyncio.run(main())\n";
        Files.writeString(file, text);
        editor.setText(text);
        player.run(text, file);
        player.end();
        drain();
        ConsoleViewModel.Line link = console.lines().stream()
                .filter(line -> line.text().contains("line 4")).findFirst().orElseThrow();
        console.activate(link);
        assertThat(editor.goToLineProperty().get().line()).isEqualTo(4);
        Files.delete(file);
    }

    @Test
    void aSyntaxErrorIsShownAtItsPlaceAndTheTextStays() {
        String bad = "x = 1\ndef f(:\n    pass\n";
        editor.setText(bad);
        player.run(bad, Path.of("/tmp/loopscope-bad.py"));
        player.end();
        drain();
        assertThat(editor.errorProperty().get()).isNotNull();
        assertThat(editor.errorProperty().get().line()).isEqualTo(2);
        assertThat(editor.errorProperty().get().column()).isEqualTo(7);
        assertThat(editor.textProperty().get()).isEqualTo(bad);
        assertThat(console.programText()).contains("SyntaxError: invalid syntax");
    }

    @Test
    void editingMarksTheRunStale() throws Exception {
        run("05_gather_order");
        assertThat(player.staleProperty().get()).isFalse();
        editor.edit(0, 0, "# changed\n");
        assertThat(player.staleProperty().get()).isTrue();
    }

    @Test
    void theSelectedTaskIsTheSameByNameAndByLaneAndItsMarkerIsRinged() throws Exception {
        run("05_gather_order");
        player.stepModeProperty().set(StepMode.ITERATION);
        player.step();
        player.step();
        drain();
        player.selectedTaskIndexProperty().set(2);
        assertThat(player.selectedTaskProperty().get()).isEqualTo("Task-3");
        assertThat(editor.taskMarkers()).filteredOn(org.loopscope.ui.editor.TaskMarker::selected)
                .extracting(org.loopscope.ui.editor.TaskMarker::label).singleElement().asString()
                .startsWith("Task-3");
        player.selectedTaskProperty().set("Task-4");
        assertThat(player.selectedTaskIndexProperty().get()).isEqualTo(3);
        player.selectedTaskProperty().set("no such task");
        assertThat(player.selectedTaskIndexProperty().get()).isEqualTo(-1);
        player.selectedTaskProperty().set("Task-2");
        assertThat(player.selectedTaskIndexProperty().get()).isEqualTo(1);
        player.selectedTaskIndexProperty().set(-1);
        assertThat(player.selectedTaskProperty().get()).isNull();
        assertThat(editor.taskMarkers()).noneMatch(org.loopscope.ui.editor.TaskMarker::selected);
    }

    @Test
    void theTimelineAndThePositionFollowTheRunAndSeekingMovesTheCursor() throws Exception {
        run("05_gather_order");
        player.end();
        drain();
        int end = player.positionProperty().get();
        assertThat(end).isEqualTo(player.stateProperty().get().recorded());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (player.timelineProperty().get().eventCount() < end && System.nanoTime() < deadline) {
            Thread.sleep(10);
            drain();
        }
        assertThat(player.timelineProperty().get().eventCount()).isEqualTo(end);
        assertThat(player.timelineProperty().get().taskCount()).isEqualTo(player.tasks().size()).isEqualTo(6);
        player.seekEvent(end / 2);
        drain();
        assertThat(player.positionProperty().get()).isEqualTo(end / 2);
        assertThat(player.stateProperty().get().position()).isEqualTo(end / 2);
        assertThat(player.playingProperty().get()).isFalse();
    }

    @Test
    void aRunPastItsTraceBudgetFinishesAndTheStatusSaysThePictureEndsEarly() throws Exception {
        String before = System.getProperty(org.loopscope.session.SessionOptions.TRACE_BUDGET_PROPERTY);
        System.setProperty(org.loopscope.session.SessionOptions.TRACE_BUDGET_PROPERTY, "1");
        try {
            String text = "import asyncio\nasync def main():\n    for i in range(200000):\n"
                    + "        await asyncio.sleep(0)\n    print('done')\nasyncio.run(main())\n";
            editor.setText(text);
            player.run(text, Path.of("budget.py"));
        } finally {
            if (before == null) {
                System.clearProperty(org.loopscope.session.SessionOptions.TRACE_BUDGET_PROPERTY);
            } else {
                System.setProperty(org.loopscope.session.SessionOptions.TRACE_BUDGET_PROPERTY, before);
            }
        }
        player.end();
        for (int i = 0; i < 600 && !player.statusProperty().get().key().startsWith("run.status.finished"); i++) {
            Thread.sleep(100);
            drain();
            player.end();
        }
        drain();
        assertThat(player.statusProperty().get().key()).isEqualTo("run.status.finishedUnrecorded");
        assertThat(player.statusProperty().get().args()).containsExactly(0);
        assertThat(console.programText()).as("the output is whole: the print came after the trace's end")
                .isEqualTo("done\n");
    }
}
