package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/** Edit and replay: a new session of the edited text, and the first event where its run differs from the old. */
class EditReplayTest {

    private static final String PROGRAM = CursorTest.PROGRAM;

    /** The first event of {@code kind} whose text is {@code text}. */
    private static int first(Trace trace, EventKind kind, String text) {
        EventLog log = trace.events();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == kind && text.equals(log.text(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " " + text);
    }

    @Test
    void changingASleepDivergesWhereItsTimerIsArmed() throws InterruptedException {
        Session before = Programs.finished(PROGRAM);
        Session after = before.edit(PROGRAM.replace("sleeper('b', 2)", "sleeper('b', 3)"));
        Divergence divergence = Divergence.await(before, after, Programs.WAIT);
        assertThat(divergence.kind()).isEqualTo(Divergence.Kind.AT);
        assertThat(divergence.event()).isEqualTo(first(before.snapshot(), EventKind.TIMER_ARMED, "sleep(2)"));
        assertThat(after.awaitOutcome(Programs.WAIT).orElseThrow().stdout()).endsWith("[1, 3]\n");
        assertThat(after.input().options()).isEqualTo(before.input().options());
    }

    @Test
    void changingWhatIsPrintedDivergesAtThatOutput() throws InterruptedException {
        Session before = Programs.finished(PROGRAM);
        Session after = before.edit(PROGRAM.replace("print(name, 'wakes')", "print(name, 'woke')"));
        Divergence divergence = Divergence.await(before, after, Programs.WAIT);
        assertThat(divergence).isEqualTo(new Divergence(Divergence.Kind.AT,
                first(before.snapshot(), EventKind.OUTPUT, "a wakes\n")));
    }

    @Test
    void aCommentAfterTheCodeChangesNothing() throws InterruptedException {
        Session before = Programs.finished(PROGRAM);
        Session after = before.edit(PROGRAM + "# the end\n");
        assertThat(Divergence.await(before, after, Programs.WAIT))
                .isEqualTo(new Divergence(Divergence.Kind.IDENTICAL, before.snapshot().size()));
    }

    @Test
    void runsThatNeverEndAreComparedAsFarAsTheyDiffer() throws InterruptedException {
        String ticker = LookaheadTest.TICKER.replace("    count += 1\n",
                "    count += 1\n    if count == 500:\n        print('five hundred')\n");
        try (Session before = Session.start(RunInput.of("/work/prog.py", ticker));
                Session after = before.edit(ticker.replace("'five hundred'", "'500'"))) {
            Divergence divergence = Divergence.await(before, after, Programs.WAIT);
            assertThat(divergence.kind()).isEqualTo(Divergence.Kind.AT);
            Trace trace = before.snapshot();
            assertThat(divergence.event()).isEqualTo(first(trace, EventKind.OUTPUT, "five hundred\n"));
            assertThat(before.status().over()).isFalse();
        }
    }
}
