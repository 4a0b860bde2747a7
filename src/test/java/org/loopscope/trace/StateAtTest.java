package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Lock;
import org.loopscope.engine.Queue;
import org.loopscope.engine.support.PyCoroutine;

/** Seeking: the state at any event, from the nearest checkpoint, is the state replayed from the start. */
class StateAtTest {

    private static final Trace MIXED = mixed(7);

    /**
     * A program that uses most of the loop: round-robin yields, a contended lock, a bounded queue, a plain timer
     * callback, a blocking call, a cancelled task, and prints.
     * <pre>
     * async def spinner(name, n):
     *     for i in range(n):
     *         print(name, i); await asyncio.sleep(0)
     * async def locker(lock, name, d):
     *     async with lock:
     *         print(name, 'has the lock'); await asyncio.sleep(d)
     * async def producer(q, n):
     *     for i in range(n):
     *         await q.put(i); await asyncio.sleep(0.01)
     *     await q.put(None)
     * async def consumer(q):
     *     while (item := await q.get()) is not None:
     *         print('got', item)
     * async def blocker():
     *     time.sleep(0.03)
     * async def main():
     *     asyncio.get_running_loop().call_later(0.02, print, 'timer')
     *     lock, q = asyncio.Lock(), asyncio.Queue(2)
     *     victim = asyncio.create_task(asyncio.sleep(5))
     *     await asyncio.gather(spinner('a', 5), spinner('b', 3), locker(lock, 'x', 0.05), locker(lock, 'y', 0.02),
     *                          producer(q, 6), consumer(q), blocker())
     *     victim.cancel()
     *     await asyncio.sleep(0)
     * </pre>
     */
    static Trace mixed(int checkpointInterval) {
        TracedRun run = new TracedRun(checkpointInterval);
        Lock lock = new Lock(run.engine);
        Queue queue = new Queue(run.engine, 2);
        Object[] victim = new Object[1];
        return run.run(run.py.coro("main", c -> c
                .exec(() -> run.asyncio.getRunningLoop().callLater(0.02, () -> run.print("timer")))
                .exec(() -> victim[0] = run.asyncio.getRunningLoop().createTask(run.asyncio.sleep(5), null))
                .await(() -> run.asyncio.gather(List.of(spinner(run, "a", 5), spinner(run, "b", 3),
                        locker(run, lock, "x", 0.05), locker(run, lock, "y", 0.02), producer(run, queue, 6),
                        consumer(run, queue), run.py.coro("blocker", b -> b.exec(
                                () -> run.engine.getRunningLoop().block(0.03, "time.sleep")))), false))
                .exec(() -> ((org.loopscope.engine.Task) victim[0]).cancel())
                .await(() -> run.asyncio.sleep(0))));
    }

    private static PyCoroutine spinner(TracedRun run, String name, int n) {
        return run.py.coro("spinner", c -> c.forRange("i", n, b -> b
                .exec(v -> run.print(name, v.value("i")))
                .await(() -> run.asyncio.sleep(0))));
    }

    private static PyCoroutine locker(TracedRun run, Lock lock, String name, double delay) {
        return run.py.coro("locker", c -> c.asyncWith(() -> lock, b -> b
                .exec(() -> run.print(name, "has the lock"))
                .await(() -> run.asyncio.sleep(delay))));
    }

    private static PyCoroutine producer(TracedRun run, Queue queue, int n) {
        return run.py.coro("producer", c -> c
                .forRange("i", n, b -> b.await(v -> queue.put(v.value("i"))).await(() -> run.asyncio.sleep(0.01)))
                .await(() -> queue.put(null)));
    }

    private static PyCoroutine consumer(TracedRun run, Queue queue) {
        return run.py.coro("consumer", c -> c.while_(v -> true, b -> b
                .await("item", () -> queue.get())
                .if_(v -> v.value("item") == null, r -> r.break_())
                .exec(v -> run.print("got", v.value("item")))));
    }

    @Property(tries = 300)
    void seekingAgreesWithReplayingFromTheStart(@ForAll @DoubleRange(min = 0, max = 1) double where) {
        int n = (int) Math.round(where * MIXED.size());
        assertThat(MIXED.stateAt(n)).isEqualTo(MIXED.replayFromStart(n));
    }

    @Test
    void everyEventAgreesAndCheckpointSpacingDoesNotMatter() {
        Trace spaced = mixed(TraceRecorder.DEFAULT_CHECKPOINT_INTERVAL);
        assertThat(spaced.size()).isEqualTo(MIXED.size());
        for (int n = 0; n <= MIXED.size(); n++) {
            TraceState seek = MIXED.stateAt(n);
            assertThat(seek).isEqualTo(MIXED.replayFromStart(n));
            assertThat(seek).isEqualTo(spaced.stateAt(n));
        }
    }

    @Test
    void theMixedProgramEndsWithEveryTaskFinishedAndItsOutput() {
        TraceState end = MIXED.stateAt(MIXED.size());
        assertThat(end.tasks()).allSatisfy(row -> assertThat(row.state().finished()).isTrue());
        assertThat(end.readyQueue()).isEmpty();
        assertThat(end.timers()).isEmpty();
        assertThat(end.console()).contains("a 0\nb 0\nx has the lock\n", "timer\n", "got 5\n");
        assertThat(end.console()).doesNotContain("got None");
        assertThat(end.tasks().get(1).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(end.consoleLength()).isEqualTo(end.console().length());
    }

    /** Random sleepers, many checkpoints of the default spacing: seeking at random points agrees with replay. */
    @Test
    void seekingAgreesOnALongRandomRun() {
        Random random = new Random(20240611);
        TracedRun run = new TracedRun(512);
        List<Object> sleepers = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            double first = random.nextInt(50) / 100.0;
            double second = random.nextInt(50) / 100.0;
            int k1 = k;
            sleepers.add(run.py.coro("worker", c -> c
                    .await(() -> run.asyncio.sleep(first))
                    .exec(() -> run.print("worker", k1))
                    .await(() -> run.asyncio.sleep(second))));
        }
        Trace trace = run.run(run.py.coro("main", c -> c.await(() -> run.asyncio.gather(sleepers, false))));
        assertThat(trace.size()).isGreaterThan(10_000);
        for (int probe = 0; probe < 60; probe++) {
            int n = random.nextInt(trace.size() + 1);
            assertThat(trace.stateAt(n)).isEqualTo(trace.replayFromStart(n));
        }
    }

    /** Right after main's first step, the three sleepers' first steps are in the ready queue, in order. */
    @Test
    void theStateShowsTheReadyQueueTheTimersAndTheLines() {
        Trace trace = new TracedRun().gatherOfThreeSleepers();
        EventLog log = trace.events();
        int mainStepEnd = -1;
        int lastSuspend = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.STEP_END && log.task(i) == 0 && mainStepEnd < 0) {
                mainStepEnd = i;
            }
            if (log.kind(i) == EventKind.STEP_END && log.task(i) == 3 && lastSuspend < 0) {
                lastSuspend = i;
            }
        }
        TraceState afterMain = trace.stateAt(mainStepEnd + 1);
        assertThat(afterMain.readyQueue()).extracting(ReadyEntry::task).containsExactly(1, 2, 3);
        assertThat(afterMain.task(0).state()).isEqualTo(TaskState.WAITING);
        assertThat(afterMain.task(0).awaiting()).isEqualTo("gather");
        assertThat(afterMain.task(0).line()).isEqualTo(7);
        assertThat(afterMain.console()).isEqualTo("start\n");

        TraceState allAsleep = trace.stateAt(lastSuspend + 1);
        assertThat(allAsleep.readyQueue()).isEmpty();
        assertThat(allAsleep.timers()).extracting(TimerEntry::deadline).containsExactly(1.0, 2.0, 3.0);
        assertThat(allAsleep.timers()).extracting(TimerEntry::description)
                .containsExactly("sleep(1)", "sleep(2)", "sleep(3)");
        assertThat(allAsleep.tasks()).extracting(TaskRow::line).containsExactly(7, 2, 2, 2);
        assertThat(allAsleep.runningTask()).isEqualTo(-1);
        assertThat(allAsleep.activeTasks()).isEqualTo(4);
    }
}
