package org.loopscope.session.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.Cursor;
import org.loopscope.session.RunInput;

/**
 * The app's controller on real runs of conformance programs: the console at the end is what python3 prints (the
 * {@code .expected} files), stepping moves the tasks table both ways, and interventions replay to the cursor.
 */
class RunControllerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private RunController controller;

    @AfterEach
    void close() {
        if (controller != null) {
            controller.close();
        }
    }

    private static Path program(String name) throws URISyntaxException {
        return Path.of(RunControllerTest.class.getResource("/conformance/" + name).toURI());
    }

    private RunController start(String name) throws Exception {
        Path path = program(name + ".py");
        controller = RunController.start(RunInput.of(path.toString(), Files.readString(path)), WAIT, () -> { });
        return controller;
    }

    private static String expected(String name) throws Exception {
        return Files.readString(program(name + ".expected"), StandardCharsets.UTF_8);
    }

    @Test
    void playingToTheEndPrintsWhatPython3Prints() throws Exception {
        start("05_gather_order");
        assertThat(controller.end().status()).isEqualTo(Cursor.Status.AT_END);
        PanelState state = controller.state(Locale.ENGLISH);
        assertThat(state.consoleText()).isEqualTo(expected("05_gather_order"));
        assertThat(state.atEnd()).isTrue();
        assertThat(state.tasks()).extracting(PanelState.TaskRowView::state)
                .containsOnly(PanelState.TaskStateView.DONE);
        assertThat(state.narration()).isNotEmpty();
    }

    @Test
    void steppingBackUndoesWhatSteppingForwardDid() throws Exception {
        start("05_gather_order");
        controller.runToLine(7);
        PanelState atPrint = controller.state(Locale.ENGLISH);
        // 'b' sleeps the shortest: its task (Task-3) is the first to reach the print.
        assertThat(atPrint.runningTask()).isEqualTo("Task-3");
        assertThat(atPrint.currentLine()).isEqualTo(7);
        assertThat(atPrint.task("Task-2").state()).isEqualTo(PanelState.TaskStateView.WAITING);
        assertThat(atPrint.timers()).isNotEmpty();

        controller.step(Cursor.Unit.TASK_STEP);
        PanelState after = controller.state(Locale.ENGLISH);
        assertThat(after.task("Task-3").state()).isEqualTo(PanelState.TaskStateView.DONE);
        assertThat(after.consoleText()).isEqualTo("finished b\n");

        controller.stepBack(Cursor.Unit.TASK_STEP);
        PanelState back = controller.state(Locale.ENGLISH);
        assertThat(back.task("Task-3").state()).isNotEqualTo(PanelState.TaskStateView.DONE);
        assertThat(back.consoleText()).isEmpty();
    }

    @Test
    void breakpointsStopWhereCodeReachesTheirLine() throws Exception {
        start("05_gather_order");
        controller.runToBreakpoint(List.of(13));
        PanelState state = controller.state(Locale.ENGLISH);
        assertThat(state.currentLine()).isEqualTo(13);
        assertThat(state.runningTask()).isEqualTo("Task-1");
        assertThat(state.consoleText()).isEqualTo("finished b\nfinished c\nfinished a\n");
    }

    @Test
    void cancellingATaskReplaysToTheCursorAndCancelsIt() throws Exception {
        start("05_gather_order");
        controller.runToLine(7);
        controller.step(Cursor.Unit.TASK_STEP);
        int position = controller.position();
        controller.cancelTask("Task-2");
        assertThat(controller.position()).isEqualTo(position);
        controller.end();
        PanelState state = controller.state(Locale.ENGLISH);
        assertThat(state.task("Task-2").state()).isEqualTo(PanelState.TaskStateView.CANCELLED);
        assertThat(state.consoleText()).startsWith("finished b\n").doesNotContain("finished a")
                .contains("CancelledError");
    }

    @Test
    void ctrlCInterruptsTheProgramAtTheCursor() throws Exception {
        start("05_gather_order");
        controller.runToLine(7);
        controller.interrupt();
        controller.end();
        PanelState state = controller.state(Locale.ENGLISH);
        assertThat(state.consoleText()).doesNotContain("['A', 'B', 'C']").contains("KeyboardInterrupt");
        assertThat(state.console()).anyMatch(PanelState.ConsoleChunk::stderr);
        assertThat(controller.outcome()).hasValueSatisfying(o -> assertThat(o.exitStatus()).isNotZero());
    }

    @Test
    void aSyntaxErrorEndsTheRunWithPythonsMessage() throws Exception {
        controller = RunController.start(RunInput.of("/tmp/bad.py", "x = 1\ndef f(:\n    pass\n"), WAIT, () -> { });
        controller.end();
        PanelState state = controller.state(Locale.ENGLISH);
        assertThat(state.over()).isTrue();
        assertThat(state.consoleText()).contains("File \"/tmp/bad.py\", line 2").contains("SyntaxError");
    }

    @Test
    void exportsWriteTheirFiles(@TempDir Path dir) throws Exception {
        start("05_gather_order");
        controller.end();
        controller.exportPng(dir.resolve("t.png"), "t", 800);
        controller.exportSvg(dir.resolve("t.svg"), "t", 800);
        controller.exportChromeTrace(dir.resolve("t.json"));
        controller.exportEventLog(dir.resolve("t.jsonl"));
        assertThat(Files.readAllBytes(dir.resolve("t.png"))).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("t.svg"))).contains("<svg");
        assertThat(Files.readString(dir.resolve("t.json"))).contains("traceEvents");
        assertThat(Files.readAllLines(dir.resolve("t.jsonl"))).isNotEmpty();
    }

    @Test
    void theTimelineGrowsToTheWholeRunAndTellsWhenItChanged() throws Exception {
        Path path = program("05_gather_order.py");
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        controller = RunController.start(RunInput.of(path.toString(), Files.readString(path)), WAIT,
                told::incrementAndGet);
        controller.end();
        int recorded = controller.state(Locale.ENGLISH).recorded();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (controller.timeline().eventCount() < recorded && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        TimelineModel model = controller.timeline();
        assertThat(model.eventCount()).isEqualTo(recorded);
        // main, the three workers, and asyncio.run's two closing tasks.
        assertThat(model.taskCount()).isEqualTo(6);
        assertThat(java.util.stream.IntStream.range(0, 6).mapToObj(model::taskName))
                .containsExactly("Task-1", "Task-2", "Task-3", "Task-4", "Task-5", "Task-6");
        assertThat(told.get()).isPositive();
    }

    @Test
    void theTasksTableNamesEachTasksCoroutine() throws Exception {
        start("05_gather_order");
        controller.end();
        PanelState state = controller.state(Locale.ENGLISH);
        assertThat(state.tasks()).extracting(PanelState.TaskRowView::coroutine)
                .containsExactly("main", "work", "work", "work", "BaseEventLoop.shutdown_asyncgens",
                        "BaseEventLoop.shutdown_default_executor");
        assertThat(state.tasks()).extracting(PanelState.TaskRowView::index).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void anInterventionStartsTheTimelineOfTheNewRun() throws Exception {
        start("05_gather_order");
        controller.end();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (controller.timeline().eventCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        TimelineModel first = controller.timeline();
        controller.reset();
        controller.step(Cursor.Unit.ITERATION);
        controller.cancelTask("Task-2");
        controller.end();
        int recorded = controller.state(Locale.ENGLISH).recorded();
        while (controller.timeline().eventCount() != recorded && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(controller.timeline()).isNotSameAs(first);
        assertThat(controller.timeline().continues(first)).as("a new run is drawn fitted, not appended").isFalse();
    }
}
