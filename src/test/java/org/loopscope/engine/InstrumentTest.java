package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.Recorder;

/**
 * What instruments hear, and in which order: the order follows CPython's own sequence of operations (a task's
 * step is a handle; set_result schedules the done callbacks; the wake-up steps the task directly), plus the
 * debug-mode checks CPython makes (slow callbacks, exceptions never retrieved).
 */
class InstrumentTest {

    private final Py py = Py.forJava();
    private final Engine engine = py.engine();
    private final Asyncio asyncio = py.asyncio();
    private final Recorder recorder = new Recorder();

    InstrumentTest() {
        engine.instruments().add(recorder);
    }

    /**
     * {@code async def main(): await asyncio.sleep(0.1); time.sleep(0.05); return 'done'}, run with
     * {@code loop.run_until_complete(loop.create_task(main()))}.
     */
    @Test
    void aSmallProgramIsReportedInOrder() {
        EventLoop loop = engine.newEventLoop();
        Task task = loop.createTask(py.coro("main", c -> c
                .await(() -> asyncio.sleep(0.1))
                .exec(() -> loop.block(0.05, "time.sleep"))
                .returns("done")));
        assertThat(loop.runUntilComplete(task)).isEqualTo("done");
        loop.close();
        assertThat(recorder.events()).containsExactly(
                "spawned Task-1",
                "scheduled step Task-1",
                "callback added to Task-1: _run_until_complete_cb()",
                "iteration 1",
                "run step Task-1",
                "before step Task-1",
                "timer armed 0.1",
                "callback added to future: Task.task_wakeup()",
                "after step Task-1 awaiting future",
                "ran step Task-1",
                "end 1",
                "iteration 2",
                "idle 0.0 to 0.1",
                "timer fired 0.1",
                "run timer 0.1",
                "done future",
                "scheduled step Task-1",
                "ran timer 0.1",
                "end 2",
                "iteration 3",
                "run step Task-1",
                "before step Task-1",
                "blocked 0.1 for 0.05 by time.sleep",
                "done Task-1",
                "exited Task-1 FINISHED",
                "scheduled _run_until_complete_cb() at " + Engine.CPYTHON_ASYNCIO + "/base_events.py:180",
                "after step Task-1 done",
                "ran step Task-1 held 0.05",
                "end 3",
                "iteration 4",
                "run _run_until_complete_cb() at " + Engine.CPYTHON_ASYNCIO + "/base_events.py:180",
                "ran _run_until_complete_cb() at " + Engine.CPYTHON_ASYNCIO + "/base_events.py:180",
                "end 4",
                "stopped",
                "closed");
    }

    @Test
    void cancellationIsReported() {
        EventLoop loop = engine.newEventLoop();
        Task sleeper = loop.createTask(py.coro("sleeper", c -> c.await(() -> asyncio.sleep(1))));
        loop.callLater(0.5, Callback.named("cancel", () -> sleeper.cancel()));
        try {
            loop.runUntilComplete(sleeper);
        } catch (PythonError cancelled) {
            assertThat(cancelled.type()).isEqualTo("CancelledError");
        }
        List<String> events = recorder.events();
        assertThat(events).containsSubsequence("run timer 0.5", "cancel requested Task-1", "done future",
                "scheduled step Task-1", "ran timer 0.5", "run step Task-1",
                "before step Task-1 throwing CancelledError()", "timer cancelled 1.0", "done Task-1",
                "exited Task-1 CANCELLED", "after step Task-1 done");
    }

    @Test
    void aThrowingInstrumentIsRemovedAndReportedWhileTheRunCompletes() {
        int[] calls = {0};
        engine.instruments().add(new Instrument() {
            @Override
            public void beforeTaskStep(Task task, Throwable error) {
                calls[0]++;
                throw new IllegalStateException("broken watcher");
            }
        });
        Object result = asyncio.run(py.coro("main", c -> c.await(() -> asyncio.sleep(1)).returns("finished")));
        assertThat(result).isEqualTo("finished");
        assertThat(calls[0]).isEqualTo(1);
        assertThat(recorder.events()).containsOnlyOnce("instrument failed broken watcher");
        assertThat(recorder.events()).containsSubsequence("before step Task-1", "instrument failed broken watcher",
                "after step Task-1 awaiting future", "before step Task-1", "after step Task-1 done");
    }

    /**
     * CPython (debug mode) warns when one step holds the loop for slow_callback_duration (0.1 s) or more:
     * {@code Executing <Task finished name='Task-2' coro=<slow() done, ...> result=None> took 0.150 seconds}.
     */
    @Test
    void aSlowStepIsReportedAndAQuickOneIsNot() {
        asyncio.run(py.coro("main", c -> c.await(() -> asyncio.gather(List.of(
                py.coro("slow", s -> s.exec(() -> py.loop().block(0.15, "time.sleep"))),
                py.coro("fast", f -> f.exec(() -> py.loop().block(0.05, "time.sleep")))), false))));
        List<LoopWarning> slow = recorder.warnings().stream()
                .filter(w -> w.kind() == LoopWarning.Kind.SLOW_CALLBACK).toList();
        assertThat(slow).hasSize(1);
        assertThat(slow.get(0).message())
                .isEqualTo("Executing <Task finished name='Task-2' coro=<slow()> result=None> took 0.150 seconds");
        assertThat(slow.get(0).subject()).isInstanceOf(Task.class);
    }

    /**
     * A step resumed by a wake-up is the task's step too: the warning names the task, and instruments hear the
     * task scheduled (it is PENDING again until the step runs).
     * <pre>
     * async def slow(): await asyncio.sleep(0.01); time.sleep(0.15); await asyncio.sleep(0); time.sleep(0.12)
     * asyncio.run(slow(), debug=True)
     * # Executing &lt;Task pending name='Task-1' coro=&lt;slow() running at ...:5&gt; cb=[...]&gt; took 0.150 seconds
     * # Executing &lt;Task finished name='Task-1' coro=&lt;slow() done, ...&gt; result=None&gt; took 0.120 seconds
     * </pre>
     */
    @Test
    void aStepAfterAWakeUpIsTheTasksStep() {
        asyncio.run(py.coro("slow", c -> c
                .await(() -> asyncio.sleep(0.01))
                .exec(() -> py.loop().block(0.15, "time.sleep"))
                .await(() -> asyncio.sleep(0))
                .exec(() -> py.loop().block(0.12, "time.sleep"))));
        assertThat(recorder.warnings()).extracting(LoopWarning::message).containsExactly(
                "Executing <Task pending name='Task-1' coro=<slow()> cb=[_run_until_complete_cb() at "
                        + Engine.CPYTHON_ASYNCIO + "/base_events.py:180]> took 0.150 seconds",
                "Executing <Task finished name='Task-1' coro=<slow()> result=None> took 0.120 seconds");
        assertThat(recorder.events()).containsSubsequence("timer fired 0.01", "run timer 0.01", "done future",
                "scheduled step Task-1", "ran timer 0.01", "run step Task-1", "before step Task-1");
    }

    /** Python prints numbers with a dot whatever the machine's locale. */
    @Test
    void numbersInMessagesIgnoreTheDefaultLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            asyncio.run(py.coro("main", c -> c.exec(() -> py.loop().block(0.25, "time.sleep")).returns(2.0)));
        } finally {
            java.util.Locale.setDefault(saved);
        }
        assertThat(recorder.warnings()).extracting(LoopWarning::message).singleElement().asString()
                .endsWith("result=2.0> took 0.250 seconds");
    }

    @Test
    void idleTimeIsNotSlow() {
        asyncio.run(py.coro("main", c -> c.await(() -> asyncio.sleep(5))));
        assertThat(recorder.warnings()).isEmpty();
        assertThat(recorder.events()).contains("idle 0.0 to 5.0");
    }

    /**
     * A failed task whose exception nobody reads is listed (CPython logs "Task exception was never retrieved"
     * when it is collected); reading it, awaiting the task, or cancel() on the finished task clears that.
     * <pre>
     * t1, t2, t3 = (asyncio.create_task(fail(n)) for n in (1, 2, 3)); f.set_exception(ValueError(4))
     * await asyncio.sleep(0); print(t2.cancel()); t3.exception(); del t1, t2, t3, f; gc.collect()
     * # False / Task exception was never retrieved ... ValueError(1) / Future exception was never retrieved ...
     * </pre>
     */
    @Test
    void unretrievedExceptionsAreListedUntilRead() {
        asyncio.run(py.coro("main", c -> c
                .let("t1", v -> asyncio.createTask(fail(1), null))
                .let("t2", v -> asyncio.createTask(fail(2), null))
                .let("t3", v -> asyncio.createTask(fail(3), null))
                .let("t4", v -> asyncio.createTask(fail(4), null))
                .let("f", v -> py.loop().createFuture())
                .exec(v -> v.<Future>get("f").setException(new PythonError("ValueError", 5)))
                .await(() -> asyncio.sleep(0))
                .print(v -> v.<Task>get("t2").cancel())
                .exec(v -> v.<Task>get("t3").exception())
                .try_(t -> t.await(v -> v.get("t4")))
                .except("ValueError", h -> { })
                .exec(v -> py.print(py.loop().unretrievedFutures().stream()
                        .map(f -> f == v.get("t1") ? "t1" : f == v.get("f") ? "f" : f.toString()).toList()))));
        assertThat(py.lines()).containsExactly("False", "['f', 't1']");
    }

    private Coroutine fail(int n) {
        return py.coro("fail", c -> c.raise(() -> new PythonError("ValueError", n)));
    }
}
