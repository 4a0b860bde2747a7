package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/**
 * Interventions are inputs of a run: made at the cursor they take effect at the next loop iteration, the run with
 * them is the run without them up to there, removing them gives back the original run, and the same interventions
 * always give the same run.
 */
class InterventionTest {

    private static final String PROGRAM = CursorTest.PROGRAM;

    private static int iterationBegin(Trace trace, int iteration) {
        EventLog log = trace.events();
        int seen = 0;
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.ITERATION_BEGIN && ++seen == iteration) {
                return i;
            }
        }
        throw new AssertionError("no iteration " + iteration);
    }

    @Test
    void aCancellationAtTheCursorChangesTheRunFromTheNextIterationOnAndRemovingItRestoresIt() throws Exception {
        Session original = Programs.finished(PROGRAM);
        Cursor cursor = new Cursor(original).patience(Programs.WAIT);
        cursor.runToLine(6);
        Intervention.AtIteration now = (Intervention.AtIteration) cursor.now();
        Intervention cancelB = new Intervention.CancelTask("Task-3", "stop", now);

        Session cancelled = original.withInterventions(List.of(cancelB));
        Divergence divergence = Divergence.await(original, cancelled, Programs.WAIT);
        int begin = iterationBegin(original.snapshot(), now.iteration());
        assertThat(divergence).isEqualTo(new Divergence(Divergence.Kind.AT, begin + 1));
        cancelled.awaitOutcome(Programs.WAIT);
        EventLog log = cancelled.snapshot().events();
        assertThat(log.kind(begin + 1)).isEqualTo(EventKind.CANCEL_REQUESTED);
        assertThat(cancelled.snapshot().taskName(log.task(begin + 1))).isEqualTo("Task-3");
        assertThat(log.arg(begin + 1)).as("from outside any step").isEqualTo(-1);

        // gather raises the child's CancelledError in main, and asyncio.run lets it out.
        Outcome outcome = cancelled.outcome().orElseThrow();
        assertThat(outcome.stdout()).isEqualTo("a sleeps\nb sleeps\na wakes\n");
        assertThat(outcome.stderr()).endsWith("asyncio.exceptions.CancelledError: stop\n");
        assertThat(outcome.exitStatus()).isEqualTo(1);

        // Rewinding before the intervention shows the original run's state.
        cursor.follow(cancelled);
        cursor.seekEvent(begin);
        assertThat(cursor.state()).isEqualTo(original.snapshot().stateAt(begin));

        Session restored = cancelled.withInterventions(List.of());
        assertThat(Divergence.await(original, restored, Programs.WAIT).kind()).isEqualTo(Divergence.Kind.IDENTICAL);
        assertThat(Divergence.await(cancelled, original.withInterventions(List.of(cancelB)), Programs.WAIT).kind())
                .isEqualTo(Divergence.Kind.IDENTICAL);
    }

    @Test
    void ctrlCAtTheCursorEndsTheProgramAsCtrlCEndsAsyncioRun() throws Exception {
        Session original = Programs.finished(PROGRAM);
        Cursor cursor = new Cursor(original);
        cursor.runToLine(6);
        Session interrupted = original.withInterventions(List.of(new Intervention.Interrupt(cursor.now())));
        Outcome outcome = interrupted.awaitOutcome(Programs.WAIT).orElseThrow();
        assertThat(outcome.stdout()).isEqualTo("a sleeps\nb sleeps\na wakes\n");
        assertThat(outcome.stderr()).endsWith("KeyboardInterrupt\n");
        assertThat(outcome.exitStatus()).isEqualTo(130);
        assertThat(outcome.notes()).isEmpty();
        Trace trace = interrupted.snapshot();
        int interrupt = Divergence.between(original.snapshot(), true, trace, true).event();
        assertThat(trace.events().kind(interrupt)).isEqualTo(EventKind.INTERRUPTED);
        assertThat(trace.events().time(interrupt)).isEqualTo(1.0);
    }

    @Test
    void anInterventionAtATimeIsDeliveredWhenTheClockGetsThere() throws Exception {
        Session session = Programs.finished(RunInput.of("/work/prog.py", PROGRAM)
                .plus(Intervention.cancel("Task-2", 0.5)));
        Outcome outcome = session.outcome().orElseThrow();
        assertThat(outcome.stdout()).isEqualTo("a sleeps\nb sleeps\n");
        assertThat(outcome.stderr()).endsWith("asyncio.exceptions.CancelledError\n");
        Trace trace = session.snapshot();
        EventLog log = trace.events();
        int request = -1;
        for (int i = 0; i < log.size() && request < 0; i++) {
            request = log.kind(i) == EventKind.CANCEL_REQUESTED ? i : -1;
        }
        assertThat(log.time(request)).isEqualTo(0.5);
        assertThat(log.kind(request - 1)).as("the loop was idle until then").isEqualTo(EventKind.IDLE);
        assertThat(log.value(request - 1)).isEqualTo(0.5);
    }

    @Test
    void anInterventionThatFindsNoTaskOrComesTooLateLeavesTheRunAsItWasAndSaysSo() throws Exception {
        Session plain = Programs.finished(PROGRAM);
        Session session = Programs.finished(RunInput.of("/work/prog.py", PROGRAM)
                .plus(Intervention.cancel("Task-9", 0.5))
                .plus(Intervention.interrupt(60)));
        Outcome outcome = session.outcome().orElseThrow();
        assertThat(outcome.stdout()).isEqualTo(plain.outcome().orElseThrow().stdout());
        assertThat(outcome.exitStatus()).isZero();
        assertThat(outcome.notes()).containsExactly(
                "cancel Task-9 at 0.5 s: no pending task has that name then",
                "Ctrl+C at 60 s: not delivered, the program ended first (at 2 s)");
        // The idle wait is cut at 0.5 s, so the event lists differ, but nothing else does.
        assertThat(Divergence.between(plain.snapshot(), true, session.snapshot(), true).kind())
                .isEqualTo(Divergence.Kind.AT);
        assertThat(session.snapshot().stateAt(session.snapshot().size()).console())
                .isEqualTo(plain.snapshot().stateAt(plain.snapshot().size()).console());
    }
}
