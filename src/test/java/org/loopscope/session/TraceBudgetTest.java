package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session's trace stays within its memory budget: past it the recording ends, the run goes on to its end with
 * exactly the output and exit status it has unbudgeted, and a note says where the trace stopped and why.
 */
class TraceBudgetTest {

    /** Many events: a periodic callback ticking 30,000 times, printing now and then, then a failing end. */
    static final String TICKER = Programs.lines(
            "import asyncio",
            "loop = asyncio.new_event_loop()",
            "count = 0",
            "def tick():",
            "    global count",
            "    count += 1",
            "    if count % 5000 == 0:",
            "        print('tick', count, loop.time())",
            "    if count == 30000:",
            "        loop.stop()",
            "    else:",
            "        loop.call_later(0.01, tick)",
            "loop.call_soon(tick)",
            "loop.run_forever()",
            "print('stopped at', count)",
            "raise SystemExit(3)");

    private static Session run(SessionOptions options, SessionListener... listeners) throws InterruptedException {
        Session session = Session.start(RunInput.of("/work/ticker.py", TICKER)
                .withOptions(options.withLookahead(Integer.MAX_VALUE)), listeners);
        assertThat(session.awaitOutcome(Programs.WAIT)).isPresent();
        return session;
    }

    @Test
    void pastItsBudgetTheTraceStopsAndTheRunGoesOnExactly() throws InterruptedException {
        Session whole = run(SessionOptions.defaults());
        List<String> heard = new ArrayList<>();
        Session budgeted = run(SessionOptions.defaults().withTraceBudget(1L << 20), new SessionListener() {
            @Override
            public void recordingStopped(Session session, String note) {
                heard.add(note);
            }
        });

        Outcome expected = whole.outcome().orElseThrow();
        Outcome outcome = budgeted.outcome().orElseThrow();
        assertThat(expected.stdout()).contains("stopped at 30000\n");
        assertThat(outcome.stdout()).isEqualTo(expected.stdout());
        assertThat(outcome.stderr()).isEqualTo(expected.stderr());
        assertThat(outcome.exitStatus()).isEqualTo(3).isEqualTo(expected.exitStatus());
        assertThat(budgeted.status()).isEqualTo(SessionStatus.FINISHED);

        assertThat(whole.recordingStopped()).isEmpty();
        assertThat(expected.notes()).isEmpty();
        String note = budgeted.recordingStopped().orElseThrow();
        assertThat(note).startsWith("the trace reached its memory budget of 1 MB at ")
                .endsWith("; the rest of the run was not recorded (java -Dloopscope.trace.budget=MB sets the "
                        + "budget)");
        assertThat(outcome.notes()).containsExactly(note);
        assertThat(heard).containsExactly(note);

        int kept = budgeted.snapshot().size();
        assertThat(kept).isPositive().isLessThan(whole.snapshot().size() / 4);
        // the events kept are the first ones of the whole run
        assertThat(budgeted.snapshot().endTime()).isLessThan(whole.snapshot().endTime());
    }

    @Test
    void theEventLimitAlsoEndsOnlyTheRecording() throws InterruptedException {
        Session session = run(SessionOptions.defaults().withMaxEvents(20_000));
        Outcome outcome = session.outcome().orElseThrow();
        assertThat(outcome.stdout()).endsWith("stopped at 30000\n");
        assertThat(outcome.exitStatus()).isEqualTo(3);
        assertThat(outcome.notes()).containsExactly("the trace reached 20,000 events, the most a session keeps; the "
                + "rest of the run was not recorded");
        assertThat(session.snapshot().size()).isBetween(20_000, 20_100);
    }

    @Test
    void theDefaultBudgetIsAQuarterGigabyte() {
        assertThat(SessionOptions.defaults().traceBudget()).isEqualTo(SessionOptions.defaultTraceBudget());
        if (System.getProperty(SessionOptions.TRACE_BUDGET_PROPERTY) == null) {
            assertThat(SessionOptions.defaultTraceBudget()).isEqualTo(256L << 20);
        }
    }
}
