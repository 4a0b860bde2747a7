package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.Transcript;

/** asyncio.sleep and the virtual clock: what costs time, what does not, and when a run cannot go on. */
class SleepAndClockTest {

    private final Py py = Py.forJava();
    private final Engine engine = py.engine();
    private final Asyncio asyncio = py.asyncio();

    /**
     * sleep(0) (and any delay &lt;= 0) yields exactly once; sleep returns its result.
     * <pre>
     * def tick(n): ticks.append(n); (n &lt; 5 and loop.call_soon(tick, n + 1))
     * loop.call_soon(tick, 0)
     * await asyncio.sleep(0); print('after sleep(0)', ticks)      # [0]
     * await asyncio.sleep(0); print('after sleep(0)', ticks)      # [0, 1]
     * await asyncio.sleep(-1); print('after sleep(-1)', ticks)    # [0, 1, 2]
     * print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.5, 'half'), await asyncio.sleep(-1, 'neg'))
     * # zero half neg
     * </pre>
     */
    @Test
    void sleepZeroYieldsExactlyOnceAndSleepReturnsItsResult() {
        List<Integer> ticks = new ArrayList<>();
        asyncio.run(py.coro("main", c -> c
                .exec(() -> py.loop().callSoon(tick(ticks, 0)))
                .await(() -> asyncio.sleep(0))
                .print("after sleep(0)", v -> List.copyOf(ticks))
                .await(() -> asyncio.sleep(0))
                .print("after sleep(0)", v -> List.copyOf(ticks))
                .await(() -> asyncio.sleep(-1))
                .print("after sleep(-1)", v -> List.copyOf(ticks))
                .await("a", () -> asyncio.sleep(0, "zero"))
                .await("b", () -> asyncio.sleep(0.5, "half"))
                .await("c", () -> asyncio.sleep(-1, "neg"))
                .print(v -> Transcript.line(v.get("a"), v.get("b"), v.get("c")))));
        assertThat(py.lines()).containsExactly("after sleep(0) [0]", "after sleep(0) [0, 1]",
                "after sleep(-1) [0, 1, 2]", "zero half neg");
    }

    private Callback tick(List<Integer> ticks, int n) {
        return () -> {
            ticks.add(n);
            if (n < 5) {
                py.loop().callSoon(tick(ticks, n + 1));
            }
        };
    }

    @Test
    void aCancelledSleepDisarmsItsTimer() {
        asyncio.run(py.coro("main", c -> c
                .let("t", v -> asyncio.createTask(asyncio.sleep(5), null))
                .await(() -> asyncio.sleep(0))
                .exec(v -> assertThat(py.loop().scheduledTimers()).hasSize(1))
                .exec(v -> v.<Task>get("t").cancel())
                .try_(t -> t.await(v -> v.get("t")))
                .except("CancelledError", h -> h.print("cancelled"))
                .exec(v -> assertThat(py.loop().scheduledTimers()).allMatch(Handle::cancelled))));
        assertThat(py.lines()).containsExactly("cancelled");
        assertThat(engine.clock().now()).isZero();
    }

    /** Statements cost no virtual time; an idle loop jumps straight to its next timer. */
    @Test
    void timeJumpsToTheNextTimerAndStatementsAreFree() {
        asyncio.run(py.coro("main", c -> c
                .forRange("i", 1000, l -> l.exec(v -> Math.sqrt(v.integer("i"))))
                .print(() -> engine.clock().now())
                .await(() -> asyncio.sleep(2.5))
                .print(() -> py.loop().time())
                .await(() -> asyncio.sleep(0))
                .print(() -> py.loop().time())));
        assertThat(py.lines()).containsExactly("0.0", "2.5", "2.5");
    }

    /**
     * A blocking call holds the loop: timers that fall due meanwhile fire late, after it.
     * <pre>
     * async def blocker(): time.sleep(0.3); print('blocker done', elapsed())     # 0.3
     * async def ticker(): await asyncio.sleep(0.1); print('ticker woke', elapsed())   # 0.3
     * async def later(): await asyncio.sleep(0.5); print('later woke', elapsed())     # 0.8
     * await asyncio.gather(ticker(), blocker(), later())
     * </pre>
     */
    @Test
    void blockingHoldsTheLoopAndDelaysDueTimers() {
        asyncio.run(py.coro("main", c -> c.await(() -> asyncio.gather(List.of(
                py.coro("ticker", t -> t.await(() -> asyncio.sleep(0.1)).print("ticker woke", v -> now())),
                py.coro("blocker", b -> b.exec(() -> py.loop().block(0.3, "time.sleep"))
                        .print("blocker done", v -> now())),
                py.coro("later", l -> l.await(() -> asyncio.sleep(0.5)).print("later woke", v -> now()))),
                false))));
        assertThat(py.lines()).containsExactly("blocker done 0.3", "ticker woke 0.3", "later woke 0.8");
    }

    private double now() {
        return Math.round(engine.clock().now() * 10) / 10.0;
    }

    /** With nothing ready and no timer armed, CPython would wait forever; the virtual run stops instead. */
    @Test
    void aLoopWithNothingToDoStalls() {
        EventLoop loop = engine.newEventLoop();
        assertThatThrownBy(loop::runForever).isInstanceOfSatisfying(RunAborted.class,
                aborted -> assertThat(aborted.reason()).isEqualTo(RunAborted.Reason.STALLED));
        assertThat(loop.isRunning()).isFalse();
        assertThat(engine.runningLoop()).isNull();
        Future never = loop.createFuture();
        assertThatThrownBy(() -> loop.runUntilComplete(never)).isInstanceOfSatisfying(RunAborted.class,
                aborted -> assertThat(aborted.reason()).isEqualTo(RunAborted.Reason.STALLED));
    }

    @Test
    void aRunPastTheTimeLimitIsAborted() {
        engine.timeLimit(5);
        assertThatThrownBy(() -> asyncio.run(py.coro("main", c -> c
                .await(() -> asyncio.sleep(4))
                .print("at 4")
                .await(() -> asyncio.sleep(4))
                .print("at 8"))))
                .isInstanceOfSatisfying(RunAborted.class,
                        aborted -> assertThat(aborted.reason()).isEqualTo(RunAborted.Reason.TIME_LIMIT));
        assertThat(py.lines()).containsExactly("at 4");
        assertThat(engine.clock().now()).isEqualTo(4.0);
    }

    @Test
    void theRealClockWaitsForReal() {
        Engine real = new Engine(new JavaHost(), Clock.real());
        Py livePy = new Py(real);
        long start = System.nanoTime();
        livePy.asyncio().run(livePy.coro("main", c -> c.await(() -> livePy.asyncio().sleep(0.05))));
        assertThat((System.nanoTime() - start) / 1e9).isGreaterThanOrEqualTo(0.045);
        assertThat(real.clock().isVirtual()).isFalse();
    }
}
