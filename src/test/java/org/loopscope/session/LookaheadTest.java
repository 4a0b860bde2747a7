package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.Trace;

/**
 * A session's run keeps a bounded distance ahead of its reader: a program that never ends pauses and goes on as the
 * cursor moves, and a program of 10,000 tasks never makes a reader wait.
 */
class LookaheadTest {

    /** A ticker that re-arms itself forever: {@code run_forever} never returns. */
    static final String TICKER = Programs.lines(
            "import asyncio",
            "loop = asyncio.new_event_loop()",
            "count = 0",
            "def tick():",
            "    global count",
            "    count += 1",
            "    loop.call_later(0.1, tick)",
            "loop.call_soon(tick)",
            "loop.run_forever()");

    static final String TEN_THOUSAND = Programs.lines(
            "import asyncio",
            "async def worker(i):",
            "    await asyncio.sleep(0.001 * (i % 10))",
            "    return i",
            "async def main():",
            "    results = await asyncio.gather(*(worker(i) for i in range(10000)))",
            "    print(len(results), sum(results))",
            "asyncio.run(main())");

    private static final int LOOKAHEAD = 5_000;

    private static Session start(String text, int lookahead) {
        return Session.start(RunInput.of("/work/prog.py", text)
                .withOptions(SessionOptions.defaults().withLookahead(lookahead)));
    }

    /** Waits until the session has paused with at least {@code events} events; its snapshot then. */
    private static Trace paused(Session session, int events) throws InterruptedException {
        long deadline = System.nanoTime() + Programs.WAIT.toNanos();
        while (session.status() != SessionStatus.PAUSED || session.snapshot().size() < events) {
            assertThat(System.nanoTime()).as("pauses in time").isLessThan(deadline);
            assertThat(session.status().over()).as("still running").isFalse();
            Thread.sleep(5);
        }
        return session.snapshot();
    }

    @Test
    void aProgramThatNeverEndsPausesAheadOfTheCursorAndGoesOnAsItMoves() throws InterruptedException {
        try (Session session = start(TICKER, LOOKAHEAD)) {
            Trace first = paused(session, LOOKAHEAD);
            assertThat(first.size()).isBetween(LOOKAHEAD, LOOKAHEAD + 100);
            Thread.sleep(100);
            assertThat(session.snapshot().size()).as("no events while paused").isEqualTo(first.size());
            assertThat(session.status()).isEqualTo(SessionStatus.PAUSED);

            Cursor cursor = new Cursor(session).patience(Programs.WAIT);
            assertThat(cursor.seekEvent(first.size() + 1_000).status()).isEqualTo(Cursor.Status.MOVED);
            int asked = first.size() + 1_000;
            assertThat(session.demanded()).isEqualTo(asked);
            Trace second = paused(session, asked + LOOKAHEAD);
            assertThat(second.size()).isBetween(asked + LOOKAHEAD, asked + LOOKAHEAD + 100);
            assertThat(cursor.state().time()).isGreaterThan(first.stateAt(first.size()).time());

            // A breakpoint never reached: the search makes the run go on until the patience runs out.
            cursor.patience(Duration.ofMillis(300));
            assertThat(cursor.runToLine(99).status()).isEqualTo(Cursor.Status.PENDING);
            assertThat(session.snapshot().size()).isGreaterThan(second.size());
        }
    }

    @Test
    void closingAPausedSessionEndsItsThread() throws InterruptedException {
        Session session = start(TICKER, LOOKAHEAD);
        paused(session, LOOKAHEAD);
        session.close();
        assertThat(session.join(Programs.WAIT)).isTrue();
        assertThat(session.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(session.outcome().orElseThrow().stderr()).isEqualTo("loopscope: the session was closed\n");
    }

    @Test
    void theRecordingStopsAtTheTraceLimitWhateverTheReaderAsksAndTheRunGoesOn() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Session session = Session.start(RunInput.of("/work/prog.py", TICKER)
                .withOptions(SessionOptions.defaults().withMaxEvents(20_000)), new SessionListener() {
                    @Override
                    public void recordingStopped(Session s, String note) {
                        stopped.countDown();
                    }
                });
        session.demand(Long.MAX_VALUE / 2);
        assertThat(stopped.await(Programs.WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Trace trace = session.snapshot();
        assertThat(session.recordingStopped()).contains(
                "the trace reached 20,000 events, the most a session keeps; the rest of the run was not recorded");
        assertThat(trace.size()).isBetween(20_000, 20_100);
        assertThat(session.status().over()).isFalse();
        session.close();
        assertThat(session.join(Programs.WAIT)).isTrue();
        assertThat(session.outcome().orElseThrow().stderr()).isEqualTo("loopscope: the session was closed\n");
    }

    @Test
    void tenThousandTasksNeverMakeTheReaderWait() throws InterruptedException {
        try (Session session = start(TEN_THOUSAND, 50_000)) {
            Cursor cursor = new Cursor(session);
            long slowest = 0;
            boolean sawItRunning = false;
            while (session.status() != SessionStatus.PAUSED && !session.status().over()) {
                long start = System.nanoTime();
                SessionStatus status = session.status();
                Trace trace = session.snapshot();
                trace.stateAt(trace.size()).tasks().size();
                cursor.state();
                cursor.narration();
                slowest = Math.max(slowest, System.nanoTime() - start);
                sawItRunning |= status == SessionStatus.RUNNING;
                Thread.sleep(1);
            }
            assertThat(sawItRunning).isTrue();
            assertThat(session.status()).isEqualTo(SessionStatus.PAUSED);
            assertThat(Duration.ofNanos(slowest)).as("slowest reader call").isLessThan(Duration.ofMillis(500));

            session.demand(Long.MAX_VALUE / 2);
            Outcome outcome = session.awaitOutcome(Programs.WAIT).orElseThrow();
            assertThat(outcome.stdout()).isEqualTo("10000 49995000\n");
            assertThat(cursor.end().status()).isEqualTo(Cursor.Status.AT_END);
            assertThat(cursor.state().taskCount()).isGreaterThan(10_000);
        }
    }

    @Test
    void anInstrumentTheEngineRemovedIsKeptForTheAppToReport() throws InterruptedException {
        try (Session session = start(TEN_THOUSAND, LOOKAHEAD)) {
            org.loopscope.engine.Instruments instruments = new org.loopscope.engine.Instruments();
            IllegalStateException bug = new IllegalStateException("a recorder's bug");
            instruments.add(new org.loopscope.engine.Instrument() {
                @Override
                public void iterationBegin(org.loopscope.engine.EventLoop loop, long iteration) {
                    throw bug;
                }
            });
            instruments.add(new Lookahead(session, new org.loopscope.trace.TraceRecorder(),
                    SessionOptions.defaults()));
            instruments.emit(instrument -> instrument.iterationBegin(null, 0));
            assertThat(session.instrumentFailures()).containsExactly(bug);
        }
    }
}
