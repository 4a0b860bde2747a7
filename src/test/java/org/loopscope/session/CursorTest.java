package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.TaskState;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * The cursor's moves on a finished run of:
 * <pre>
 *  1 import asyncio
 *  2
 *  3 async def sleeper(name, d):
 *  4     print(name, 'sleeps')
 *  5     await asyncio.sleep(d)
 *  6     print(name, 'wakes')
 *  7     return d
 *  8
 *  9 async def main():
 * 10     results = await asyncio.gather(sleeper('a', 1), sleeper('b', 2))
 * 11     print(results)
 * 12
 * 13 asyncio.run(main())
 * </pre>
 * python3 prints: a sleeps, b sleeps, a wakes (at 1 s), b wakes (at 2 s), [1, 2].
 */
class CursorTest {

    static final String PROGRAM = Programs.lines(
            "import asyncio",
            "",
            "async def sleeper(name, d):",
            "    print(name, 'sleeps')",
            "    await asyncio.sleep(d)",
            "    print(name, 'wakes')",
            "    return d",
            "",
            "async def main():",
            "    results = await asyncio.gather(sleeper('a', 1), sleeper('b', 2))",
            "    print(results)",
            "",
            "asyncio.run(main())");

    private static Session session;
    private static Trace trace;

    @BeforeAll
    static void run() throws InterruptedException {
        session = Programs.finished(PROGRAM);
        trace = session.snapshot();
    }

    private static Cursor cursor() {
        return new Cursor(session);
    }

    @Test
    void theStartIsBeforeAnyEventAndTheEndAfterAll() {
        Cursor cursor = cursor();
        assertThat(cursor.position()).isZero();
        assertThat(cursor.event()).isEqualTo(-1);
        assertThat(cursor.state().taskCount()).isZero();
        assertThat(cursor.narration()).isEqualTo("The program has not started yet.");
        assertThat(cursor.end()).isEqualTo(new Cursor.Move(Cursor.Status.AT_END, trace.size()));
        assertThat(cursor.state().console()).isEqualTo("a sleeps\nb sleeps\na wakes\nb wakes\n[1, 2]\n");
        assertThat(cursor.step(Cursor.Unit.EVENT).status()).isEqualTo(Cursor.Status.AT_END);
        assertThat(cursor.reset()).isEqualTo(new Cursor.Move(Cursor.Status.AT_START, 0));
    }

    @Test
    void lineStepsVisitTheLinesInTheOrderTheTasksRunThem() {
        Cursor cursor = cursor();
        StringBuilder visited = new StringBuilder();
        while (cursor.step(Cursor.Unit.LINE).status() == Cursor.Status.MOVED) {
            EventLog log = cursor.trace().events();
            assertThat(log.kind(cursor.event())).isEqualTo(EventKind.LINE);
            visited.append(trace.taskName(log.task(cursor.event()))).append(':').append(log.arg(cursor.event()))
                    .append(' ');
        }
        // main reaches gather; a and b print and sleep; a wakes, then b; main prints the results.
        assertThat(visited.toString()).startsWith(
                "Task-1:10 Task-2:4 Task-2:5 Task-3:4 Task-3:5 Task-2:5 Task-2:6 Task-2:7 Task-3:5 Task-3:6 Task-3:7"
                        + " Task-1:10 Task-1:11");
    }

    @Test
    void eachTaskMarkerIsAtItsLineWhereItWaits() {
        Cursor cursor = cursor();
        assertThat(cursor.runToLine(6).status()).isEqualTo(Cursor.Status.MOVED);
        TraceState state = cursor.state();
        assertThat(state.time()).isEqualTo(1.0);
        assertThat(state.task(1).line()).isEqualTo(6);
        assertThat(state.task(1).state()).isEqualTo(TaskState.RUNNING);
        assertThat(state.task(2).line()).isEqualTo(5);
        assertThat(state.task(2).state()).isEqualTo(TaskState.WAITING);
        assertThat(state.task(2).awaiting()).isEqualTo("sleep(2)");
        assertThat(state.task(0).line()).isEqualTo(10);
        assertThat(state.console()).isEqualTo("a sleeps\nb sleeps\n");
        assertThat(cursor.narration()).isEqualTo("Task-2 runs line 6.");
    }

    @Test
    void breakpointsStopAtEachHitAndRunBackFindsTheLastOne() {
        Cursor cursor = cursor();
        Set<Integer> breakpoints = Set.of(6, 11);
        assertThat(cursor.runToBreakpoint(breakpoints).status()).isEqualTo(Cursor.Status.MOVED);
        assertThat(cursor.state().time()).isEqualTo(1.0);
        assertThat(cursor.runToBreakpoint(breakpoints).status()).isEqualTo(Cursor.Status.MOVED);
        assertThat(cursor.state().time()).isEqualTo(2.0);
        int second = cursor.position();
        assertThat(cursor.runToBreakpoint(breakpoints).status()).isEqualTo(Cursor.Status.MOVED);
        assertThat(cursor.trace().events().arg(cursor.event())).isEqualTo(11);
        assertThat(cursor.runToBreakpoint(breakpoints).status()).isEqualTo(Cursor.Status.AT_END);
        cursor.seekEvent(second + 3);
        assertThat(cursor.runBackToBreakpoint(breakpoints).position()).isEqualTo(second);
        assertThat(cursor.runToBreakpoint(List.of(99)).status()).isEqualTo(Cursor.Status.AT_END);
    }

    @Test
    void taskStepsAndIterationsEndAtTheirLastEvent() {
        Cursor cursor = cursor();
        cursor.step(Cursor.Unit.TASK_STEP);
        assertThat(cursor.trace().events().kind(cursor.event())).isEqualTo(EventKind.STEP_END);
        assertThat(cursor.state().task(0).state()).isEqualTo(TaskState.WAITING);
        assertThat(cursor.state().task(0).awaiting()).isEqualTo("gather");
        cursor.step(Cursor.Unit.TASK_STEP, 2);
        assertThat(cursor.trace().events().task(cursor.event())).isEqualTo(2);
        cursor.reset();
        int iterations = 0;
        while (cursor.step(Cursor.Unit.ITERATION).status() == Cursor.Status.MOVED) {
            iterations++;
            assertThat(cursor.trace().events().kind(cursor.event())).isEqualTo(EventKind.ITERATION_END);
        }
        assertThat(iterations).isEqualTo(trace.summary().loopIterations());
    }

    @Test
    void steppingForwardThenBackReturnsTheSameState() {
        for (Cursor.Unit unit : Cursor.Unit.values()) {
            Cursor cursor = cursor();
            while (true) {
                int before = cursor.position();
                TraceState state = cursor.state();
                Cursor.Move forward = cursor.step(unit);
                if (forward.status() != Cursor.Status.MOVED) {
                    break;
                }
                Cursor back = cursor().patience(Duration.ZERO);
                back.seekEvent(forward.position());
                back.stepBack(unit);
                assertThat(back.position()).as("%s back from %d", unit, forward.position()).isEqualTo(before);
                assertThat(back.state()).isEqualTo(state);
            }
        }
    }

    @Test
    void seekingATimeLandsAfterTheLastEventAtThatTime() {
        Cursor cursor = cursor();
        assertThat(cursor.seekTime(1.5).status()).isEqualTo(Cursor.Status.MOVED);
        EventLog log = trace.events();
        assertThat(log.time(cursor.event())).isLessThanOrEqualTo(1.5);
        assertThat(log.time(cursor.position())).isGreaterThan(1.5);
        assertThat(cursor.state().console()).isEqualTo("a sleeps\nb sleeps\na wakes\n");
        assertThat(cursor.seekTime(0).position()).isEqualTo(firstAfter(0));
        assertThat(cursor.seekTime(99).status()).isEqualTo(Cursor.Status.AT_END);
    }

    private static int firstAfter(double time) {
        int i = 0;
        while (trace.events().time(i) <= time) {
            i++;
        }
        return i;
    }

    @Test
    void anInterventionMadeAtTheCursorTakesEffectAtTheNextIteration() {
        Cursor cursor = cursor();
        cursor.runToLine(6);
        Intervention.When now = cursor.now();
        assertThat(now).isEqualTo(new Intervention.AtIteration(cursor.state().loopIterations() + 1));
    }
}
