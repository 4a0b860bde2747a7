package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The counters of a trace. */
class TraceSummaryTest {

    /**
     * The gather of three sleepers: 3 s of loop time, all of it idle; main and three sleepers active at once
     * (asyncio.run's two shutdown tasks come later, one at a time); each task took two steps but the shutdown
     * ones one each.
     */
    @Test
    void theGatherOfThreeSleepers() {
        Trace trace = new TracedRun().gatherOfThreeSleepers();
        TraceSummary summary = trace.summary();
        assertThat(summary.totalTime()).isEqualTo(3.0);
        assertThat(summary.tasks()).isEqualTo(trace.taskCount()).isEqualTo(6);
        assertThat(summary.peakConcurrency()).isEqualTo(4);
        assertThat(summary.blockedTime()).isZero();
        assertThat(summary.idleTime()).isEqualTo(3.0);
        assertThat(summary.steps()).isEqualTo(2 + 3 * 2 + 2);
        assertThat(summary.events()).isEqualTo(trace.size());
        long iterations = count(trace, EventKind.ITERATION_BEGIN);
        assertThat(summary.loopIterations()).isEqualTo(iterations);

        List<TaskRow> rows = trace.stateAt(trace.size()).tasks();
        assertThat(rows).extracting(TaskRow::steps).containsExactly(2, 2, 2, 2, 1, 1);
        assertThat(rows).extracting(TaskRow::busyTime).containsOnly(0.0);
        // Idle time: from creation to the end of each task, all spent waiting.
        assertThat(rows).extracting(TaskRow::idleTime).containsExactly(3.0, 1.0, 2.0, 3.0, 0.0, 0.0);
    }

    /**
     * Three tasks that each block for 0.2 s: busy 0.2 s each, the loop blocked 0.6 s. Each runs start to finish in
     * one step, so no two of them are ever active together: the peak is 2 (main and one of them).
     */
    @Test
    void blockingTasksAreBusyAndTheLoopIsBlocked() {
        TracedRun run = new TracedRun();
        Trace trace = run.run(run.py.coro("main", c -> c.await(() -> run.asyncio.gather(List.of(
                run.py.coro("b", b -> b.exec(() -> run.engine.getRunningLoop().block(0.2, "time.sleep"))),
                run.py.coro("b", b -> b.exec(() -> run.engine.getRunningLoop().block(0.2, "time.sleep"))),
                run.py.coro("b", b -> b.exec(() -> run.engine.getRunningLoop().block(0.2, "time.sleep")))),
                false))));
        TraceSummary summary = trace.summary();
        assertThat(summary.blockedTime()).isEqualTo(0.6, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(summary.peakConcurrency()).isEqualTo(2);
        assertThat(summary.idleTime()).isZero();
        List<TaskRow> rows = trace.stateAt(trace.size()).tasks();
        for (int t = 1; t <= 3; t++) {
            assertThat(rows.get(t).busyTime()).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(rows.get(t).idleTime()).isEqualTo((t - 1) * 0.2, org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    private static long count(Trace trace, EventKind kind) {
        long n = 0;
        for (int i = 0; i < trace.size(); i++) {
            if (trace.events().kind(i) == kind) {
                n++;
            }
        }
        return n;
    }
}
