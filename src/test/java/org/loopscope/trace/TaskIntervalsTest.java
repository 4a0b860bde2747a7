package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.loopscope.trace.TaskState.CANCELLED;
import static org.loopscope.trace.TaskState.DONE;
import static org.loopscope.trace.TaskState.FAILED;
import static org.loopscope.trace.TaskState.PENDING;
import static org.loopscope.trace.TaskState.RUNNING;
import static org.loopscope.trace.TaskState.WAITING;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.ErrorType;

/** The state intervals of tasks in programs whose timing the Python program's output tells. */
class TaskIntervalsTest {

    private final TracedRun run = new TracedRun();

    /**
     * gather of sleeper(1), sleeper(2), sleeper(3) (see {@link TracedRun#gatherOfThreeSleepers}): each sleeper is
     * created PENDING, runs its first step at 0, WAITS on its sleep until its timer, is PENDING (woken) at d, runs
     * and is DONE at d. main waits on the gather from 0 to 3.
     */
    @Test
    void eachSleeperWaitsFromItsStepToItsTimerThenIsWokenRunAndDone() {
        Trace trace = run.gatherOfThreeSleepers();
        for (int d = 1; d <= 3; d++) {
            int task = TracedRun.task(trace, "Task-" + (d + 1));
            List<TaskInterval> intervals = trace.intervalsOf(task);
            assertThat(intervals).extracting(TaskInterval::state)
                    .containsExactly(PENDING, RUNNING, WAITING, PENDING, RUNNING, DONE);
            TaskInterval waiting = intervals.get(2);
            assertThat(waiting.start()).isZero();
            assertThat(waiting.end()).isEqualTo(d);
            assertThat(waiting.awaiting()).isEqualTo("sleep(" + d + ")");
            assertThat(waiting.line()).isEqualTo(2);
            assertThat(intervals.get(3).start()).isEqualTo(d);
            assertThat(intervals.get(4).start()).isEqualTo(d);
            assertThat(intervals.get(5).start()).isEqualTo(d);
            assertThat(intervals.get(5).open()).isTrue();
            // Without gaps: each interval ends where the next begins.
            for (int k = 1; k < intervals.size(); k++) {
                assertThat(intervals.get(k - 1).endEvent()).isEqualTo(intervals.get(k).startEvent());
            }
        }
        List<TaskInterval> main = trace.intervalsOf(TracedRun.task(trace, "Task-1"));
        assertThat(main).extracting(TaskInterval::state)
                .containsExactly(PENDING, RUNNING, WAITING, PENDING, RUNNING, DONE);
        assertThat(main.get(2).awaiting()).isEqualTo("gather");
        assertThat(main.get(2).line()).isEqualTo(7);
        assertThat(main.get(2).end()).isEqualTo(3.0);
    }

    @Test
    void awaitEdgesNameTheAwaitedTaskOrFuture() {
        Trace trace = run.gatherOfThreeSleepers();
        assertThat(trace.awaitEdges()).extracting(AwaitEdge::awaited)
                .containsExactly("gather", "sleep(1)", "sleep(2)", "sleep(3)");
        assertThat(trace.awaitEdges()).allSatisfy(edge -> assertThat(edge.target()).isEqualTo(-1));
    }

    /**
     * <pre>
     * async def child():
     *     await asyncio.sleep(0.5)
     *
     * async def main():
     *     await asyncio.create_task(child())
     * </pre>
     * main WAITS on Task-2 for 0.5 s: an edge to the task.
     */
    @Test
    void aTaskAwaitingATaskHasAnEdgeToIt() {
        Trace trace = run.run(run.py.coro("main", c -> c.await(() -> run.asyncio.getRunningLoop().createTask(
                run.py.coro("child", k -> k.await(() -> run.asyncio.sleep(0.5))), null))));
        AwaitEdge edge = trace.awaitEdges().get(0);
        assertThat(edge.waiter()).isEqualTo(TracedRun.task(trace, "Task-1"));
        assertThat(edge.target()).isEqualTo(TracedRun.task(trace, "Task-2"));
        assertThat(edge.awaited()).isEqualTo("Task-2");
        assertThat(edge.start()).isZero();
        assertThat(edge.end()).isEqualTo(0.5);
    }

    /**
     * 04_blocking_vs_async_sleep with time.sleep(1.0) and asyncio.sleep(1.0):
     * <pre>
     * async def blocking(i):
     *     time.sleep(1.0)
     * async def cooperative(i):
     *     await asyncio.sleep(1.0)
     * async def main():
     *     await asyncio.gather(*[blocking(i) for i in range(3)])      # CPython: 3.0 s
     *     await asyncio.gather(*[cooperative(i) for i in range(3)])   # CPython: 1.0 s
     * </pre>
     * The loop is blocked three times for exactly 1.0 s, one after the other; while one blocking task runs, the
     * others are PENDING. The cooperative ones wait side by side.
     */
    @Test
    void aBlockingSleepBlocksTheLoopLaneWhileTheOthersArePending() {
        Trace trace = run.run(run.py.coro("main", c -> c
                .await(() -> run.asyncio.gather(List.of(blocking(0), blocking(1), blocking(2)), false))
                .exec(() -> run.print("blocking total", run.engine.clock().now()))
                .await(() -> run.asyncio.gather(List.of(cooperative(0), cooperative(1), cooperative(2)), false))
                .exec(() -> run.print("total", run.engine.clock().now()))));
        List<LoopInterval> blocked = trace.loopIntervals().stream()
                .filter(i -> i.activity() == LoopActivity.BLOCKED).toList();
        assertThat(blocked).hasSize(3);
        for (int k = 0; k < 3; k++) {
            assertThat(blocked.get(k).start()).isEqualTo(k * 1.0);
            assertThat(blocked.get(k).duration()).isEqualTo(1.0);
            assertThat(blocked.get(k).task()).isEqualTo(TracedRun.task(trace, "Task-" + (k + 2)));
            assertThat(trace.events().text(blocked.get(k).startEvent())).isEqualTo("time.sleep");
        }
        // During the first block, Task-3 and Task-4 are PENDING from 0 until their own step.
        for (String other : List.of("Task-3", "Task-4")) {
            TaskInterval pending = trace.intervalsOf(TracedRun.task(trace, other)).get(0);
            assertThat(pending.state()).isEqualTo(PENDING);
            assertThat(pending.start()).isZero();
            assertThat(pending.end()).isGreaterThanOrEqualTo(1.0);
        }
        TaskInterval running = trace.intervalsOf(TracedRun.task(trace, "Task-2")).get(1);
        assertThat(running.state()).isEqualTo(RUNNING);
        assertThat(running.duration()).isEqualTo(1.0);
        for (String cooperative : List.of("Task-5", "Task-6", "Task-7")) {
            TaskInterval waiting = trace.intervalsOf(TracedRun.task(trace, cooperative)).get(2);
            assertThat(waiting.state()).isEqualTo(WAITING);
            assertThat(waiting.start()).isEqualTo(3.0);
            assertThat(waiting.end()).isEqualTo(4.0, within(1e-9));
        }
        TraceSummary summary = trace.summary();
        assertThat(summary.blockedTime()).isEqualTo(3.0);
        assertThat(summary.totalTime()).isEqualTo(4.0, within(1e-9));
        assertThat(trace.stateAt(trace.size()).console()).isEqualTo("blocking total 3.0\ntotal 4.0\n");
    }

    private Object blocking(int i) {
        return run.py.coro("blocking", c -> c.exec(() -> run.engine.getRunningLoop().block(1.0, "time.sleep")));
    }

    private Object cooperative(int i) {
        return run.py.coro("cooperative", c -> c.await(() -> run.asyncio.sleep(1.0)));
    }

    /**
     * 09_cancel_task: main cancels t1 at 0.05 while it sleeps(10); t1 catches CancelledError, cleans up and
     * re-raises. t1 is CANCELLED at 0.05, after a last step that ran with the error thrown in.
     */
    @Test
    void aCancelledTaskEndsCancelled() {
        Object[] task = new Object[1];
        Trace trace = run.run(run.py.coro("main", c -> c
                .exec(() -> task[0] = run.asyncio.getRunningLoop().createTask(run.py.coro("sleeper", s -> s
                        .try_(t -> t.exec(() -> run.print("t1", "sleeping")).await(() -> run.asyncio.sleep(10)))
                        .except("CancelledError", h -> h.exec(() -> run.print("t1", "was cancelled")).reraise())
                        .finally_(f -> f.exec(() -> run.print("t1", "cleanup")))), null))
                .await(() -> run.asyncio.sleep(0.05))
                .exec(() -> run.print("cancel returns", ((org.loopscope.engine.Task) task[0]).cancel() ? "True"
                        : "False"))
                .try_(t -> t.await(() -> task[0]))
                .except("CancelledError", h -> h.exec(() -> run.print("main saw CancelledError")))));
        int t1 = TracedRun.task(trace, "Task-2");
        assertThat(TracedRun.states(trace, t1))
                .containsExactly(PENDING, RUNNING, WAITING, PENDING, RUNNING, CANCELLED);
        List<TaskInterval> intervals = trace.intervalsOf(t1);
        assertThat(intervals.get(2).awaiting()).isEqualTo("sleep(10)");
        assertThat(intervals.get(5).start()).isEqualTo(0.05);
        int stepBegin = intervals.get(4).startEvent();
        assertThat(trace.events().flags(stepBegin) & EventLog.FLAG_THROWN).isNotZero();
        assertThat(trace.events().text(stepBegin)).isEqualTo("CancelledError()");
        // The output CPython prints for 09_cancel_task, in this program's part of it.
        assertThat(trace.stateAt(trace.size()).console()).isEqualTo(
                "t1 sleeping\ncancel returns True\nt1 was cancelled\nt1 cleanup\nmain saw CancelledError\n");
        assertThat(trace.stateAt(trace.size()).timers()).isEmpty();
    }

    /**
     * <pre>
     * async def boom():
     *     await asyncio.sleep(0)
     *     raise ValueError('boom')
     * async def main():
     *     await asyncio.gather(boom(), return_exceptions=True)
     * </pre>
     */
    @Test
    void aTaskThatRaisesEndsFailedWithItsException() {
        Trace trace = run.run(run.py.coro("main", c -> c.await(() -> run.asyncio.gather(List.of(
                run.py.coro("boom", b -> b.await(() -> run.asyncio.sleep(0))
                        .raise(() -> run.engine.host().newError(ErrorType.VALUE_ERROR, "boom")))), true))));
        int boom = TracedRun.task(trace, "Task-2");
        assertThat(TracedRun.states(trace, boom)).containsExactly(PENDING, RUNNING, PENDING, RUNNING, FAILED);
        TaskInterval failed = trace.intervalsOf(boom).get(4);
        assertThat(trace.events().text(failed.startEvent())).isEqualTo("ValueError('boom')");
        assertThat(TracedRun.states(trace, TracedRun.task(trace, "Task-1"))).endsWith(DONE);
    }

    /** An uncaught exception in main: main is FAILED, and no warning of a never-retrieved exception is lost. */
    @Test
    void aFailingMainTaskIsFailed() {
        Trace trace = run.run(run.py.coro("main", c -> c.await(() -> run.asyncio.sleep(0))
                .raise(() -> run.engine.host().newError(ErrorType.VALUE_ERROR, "no"))));
        assertThat(TracedRun.states(trace, 0)).endsWith(FAILED);
        assertThat(trace.stateAt(trace.size()).console()).isEqualTo("raised ValueError\n");
    }

    /**
     * A task woken by asyncio.sleep: the cause chain of its scheduling is the timer firing, the timer's callback
     * running, the sleep's future becoming done, the task's step scheduled.
     */
    @Test
    void theCauseChainOfASleepWakeUpStartsAtTheTimer() {
        Trace trace = run.gatherOfThreeSleepers();
        int sleeper = TracedRun.task(trace, "Task-3");
        TaskInterval woken = trace.intervalsOf(sleeper).get(3);
        assertThat(woken.state()).isEqualTo(PENDING);
        EventLog log = trace.events();
        List<EventKind> chain = trace.causeChain(woken.startEvent()).stream().map(log::kind).toList();
        assertThat(chain).containsExactly(EventKind.TIMER_FIRED, EventKind.HANDLE_BEGIN, EventKind.FUTURE_DONE,
                EventKind.TASK_SCHEDULED);
        int fired = trace.causeChain(woken.startEvent()).get(0);
        assertThat(log.value(fired)).isEqualTo(2.0);
        assertThat(log.text(fired)).isEqualTo("sleep(2)");
        // Walking further back: the timer was armed in the sleeper's first step.
        int armed = log.cause(fired);
        assertThat(log.kind(armed)).isEqualTo(EventKind.TIMER_ARMED);
        assertThat(log.task(armed)).isEqualTo(sleeper);
    }

    /** When main's gather finishes, its wake-up's cause is the gather's future, done by the last child's callback. */
    @Test
    void theCauseOfAGatherWakeUpIsTheGatherFuture() {
        Trace trace = run.gatherOfThreeSleepers();
        TaskInterval woken = trace.intervalsOf(0).get(3);
        EventLog log = trace.events();
        int done = log.cause(woken.startEvent());
        assertThat(log.kind(done)).isEqualTo(EventKind.FUTURE_DONE);
        assertThat(log.text(done)).isEqualTo("gather");
        assertThat(log.kind(log.cause(done))).isEqualTo(EventKind.HANDLE_BEGIN);
        assertThat(log.text(log.cause(done))).isEqualTo("gather.<locals>._done_callback()");
    }

    /**
     * 02_task_states: tasks made on a loop before it runs, run with run_until_complete one after the other; then a
     * second loop ({@code asyncio.run}) gets its own number.
     * <pre>
     * async def do_some_work(x):
     *     print('Waiting: ', x)
     *     return x * 10
     * loop = asyncio.new_event_loop()
     * task = loop.create_task(do_some_work(2))
     * loop.run_until_complete(task)
     * other = asyncio.ensure_future(do_some_work(3), loop=loop)
     * loop.run_until_complete(other)
     * loop.close()
     * asyncio.run(do_some_work(4))
     * </pre>
     */
    @Test
    void tasksOfLoopsRunOneAfterTheOther() {
        org.loopscope.engine.EventLoop loop = run.engine.newEventLoop();
        org.loopscope.engine.Task task = loop.createTask(work(2));
        loop.runUntilComplete(task);
        loop.runUntilComplete(loop.ensureFuture(work(3)));
        loop.close();
        Trace trace = run.run(work(4));
        assertThat(trace.loopCount()).isEqualTo(2);
        assertThat(TracedRun.states(trace, 0)).containsExactly(PENDING, RUNNING, DONE);
        assertThat(TracedRun.states(trace, 1)).containsExactly(PENDING, RUNNING, DONE);
        assertThat(trace.events().iteration(trace.intervalsOf(0).get(0).startEvent())).isZero();
        int last = TracedRun.task(trace, "Task-3");
        assertThat(trace.events().loop(trace.intervalsOf(last).get(0).startEvent())).isEqualTo(1);
        TraceState end = trace.stateAt(trace.size());
        assertThat(end.console()).isEqualTo("Waiting:  2\nWaiting:  3\nWaiting:  4\n");
        assertThat(end.iteration(0)).isEqualTo(trace.events().iteration(
                trace.intervalsOf(1).get(2).startEvent()) + 1);
        assertThat(end.readyQueue()).isEmpty();
    }

    private org.loopscope.engine.support.PyCoroutine work(int x) {
        return run.py.coro("do_some_work", c -> c.exec(() -> run.print("Waiting: ", x)).returns(x * 10));
    }

    /**
     * A coroutine that does not say where it is: its line is the last line event of its task, and without line
     * events it is unknown (-1). The RUNNING interval has the line where the step began, the WAITING one the line of
     * the await.
     */
    @Test
    void lineEventsGiveTheLineOfACoroutineThatDoesNotSay() {
        assertThat(linesOfTheSleeper(true)).containsExactly(-1, -1, 3, 3, 3, 4);
        assertThat(linesOfTheSleeper(false)).containsOnly(-1);
    }

    private List<Integer> linesOfTheSleeper(boolean lines) {
        TracedRun program = new TracedRun();
        program.recorder.recordLines(lines);
        Trace trace = program.run(program.py.coro("main", c -> c.await(() -> program.asyncio.gather(List.of(
                program.py.coro("sleeper", s -> s.exec(() -> line(program, 3))
                        .await(() -> program.asyncio.sleep(1)).exec(() -> line(program, 4)))), false))));
        return trace.intervalsOf(TracedRun.task(trace, "Task-2")).stream().map(TaskInterval::line).toList();
    }

    private static void line(TracedRun program, int line) {
        org.loopscope.engine.EventLoop loop = program.engine.getRunningLoop();
        program.engine.instruments().emit(i -> i.line(loop, loop.currentTask(), line));
    }
}
