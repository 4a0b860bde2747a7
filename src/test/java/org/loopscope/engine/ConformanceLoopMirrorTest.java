package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.Transcript;

/**
 * The conformance cases about the loop itself (shared/conformance/NN_*.py), rebuilt from Java coroutines and
 * callbacks: each test prints exactly the lines of the case's {@code .expected} file, which CPython 3.11 printed.
 */
class ConformanceLoopMirrorTest {

    private final Py py = Py.forJava();
    private final Asyncio asyncio = py.asyncio();
    private final Engine engine = py.engine();

    /**
     * 04_blocking_vs_async_sleep: {@code time.sleep(0.2)} in three gathered tasks holds the loop 0.6 s in all;
     * {@code asyncio.sleep(0.2)} lets them overlap (0.2 s). Times are the virtual clock's.
     */
    @Test
    void blockingVersusAsyncSleep() {
        List<Coroutine> blocking = new ArrayList<>();
        List<Coroutine> cooperative = new ArrayList<>();
        for (int i : Py.range(3)) {
            blocking.add(py.coro("blocking", c -> c
                    .exec(() -> py.loop().block(0.2, "time.sleep"))
                    .print(() -> Transcript.line("blocking", i, "done"))));
            cooperative.add(py.coro("cooperative", c -> c
                    .await(() -> asyncio.sleep(0.2))
                    .print(() -> Transcript.line("cooperative", i, "done"))));
        }
        asyncio.run(py.coro("main", c -> c
                .let("start", v -> engine.clock().now())
                .await(() -> asyncio.gather(blocking, false))
                .print("blocking total", v -> round1(engine.clock().now() - v.<Double>get("start")))
                .let("start", v -> engine.clock().now())
                .await(() -> asyncio.gather(cooperative, false))
                .print("cooperative total", v -> round1(engine.clock().now() - v.<Double>get("start")))));
        assertThat(py.lines()).containsExactly("blocking 0 done", "blocking 1 done", "blocking 2 done",
                "blocking total 0.6", "cooperative 0 done", "cooperative 1 done", "cooperative 2 done",
                "cooperative total 0.2");
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    /** 05_gather_order: results in argument order whatever order the children finish in. */
    @Test
    void gatherOrder() {
        asyncio.run(py.coro("main", c -> c
                .await(() -> asyncio.gather(List.of(work("a", 0.15), work("b", 0.05), work("c", 0.1)), false))
                .print(v -> v.last())));
        assertThat(py.lines()).containsExactly("finished b", "finished c", "finished a", "['A', 'B', 'C']");
    }

    private Coroutine work(String name, double delay) {
        return py.coro("work", c -> c
                .await(() -> asyncio.sleep(delay))
                .print("finished " + name)
                .returns(name.toUpperCase(java.util.Locale.ROOT)));
    }

    /** 12_call_soon_call_later: call_soon in FIFO order on the next iteration, call_later by deadline. */
    @Test
    void callSoonAndCallLater() {
        asyncio.run(py.coro("main", c -> c
                .exec(() -> {
                    EventLoop loop = py.loop();
                    loop.callLater(0.05, say("later 0.05"));
                    loop.callLater(0.02, say("later 0.02"));
                    loop.callSoon(say("soon 1"));
                    loop.callSoon(say("soon 2"));
                })
                .print("scheduled")
                .await(() -> asyncio.sleep(0))
                .print("after one yield")
                .await(() -> asyncio.sleep(0.1))
                .print("end")));
        assertThat(py.lines()).containsExactly("scheduled", "soon 1", "soon 2", "after one yield", "later 0.02",
                "later 0.05", "end");
    }

    private Callback say(String what) {
        return Callback.named("say(" + Transcript.repr(what) + ")", () -> py.print(what));
    }

    /** 13_run_forever_stop: the loop turns until a callback calls stop(); then it can be closed. */
    @Test
    void runForeverUntilStop() {
        EventLoop loop = engine.newEventLoop();
        int[] count = {0};
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            count[0]++;
            py.print("tick", count[0]);
            if (count[0] < 3) {
                loop.callLater(0.02, Callback.named("tick()", tick[0]));
            } else {
                loop.stop();
            }
        };
        loop.callSoon(Callback.named("tick()", tick[0]));
        loop.runForever();
        py.print("stopped; running?", loop.isRunning(), "closed?", loop.isClosed());
        loop.close();
        py.print("closed?", loop.isClosed());
        assertThat(py.lines()).containsExactly("tick 1", "tick 2", "tick 3", "stopped; running? False closed? False",
                "closed? True");
    }

    /**
     * 14_keyboard_interrupt_cleanup: a task raising KeyboardInterrupt ends run_until_complete with it; the
     * workers are still pending, get cancelled and gathered, and the loop closes.
     */
    @Test
    void keyboardInterruptCleanup() {
        EventLoop loop = engine.newEventLoop();
        engine.setEventLoop(loop);
        for (int n : Py.range(3)) {
            loop.createTask(py.coro("worker", c -> c
                    .try_(t -> t.await(() -> asyncio.sleep(1)))
                    .except("CancelledError", h -> h.print(() -> Transcript.line("worker", n, "cancelled"))
                            .reraise())));
        }
        try {
            loop.runUntilComplete(py.coro("interrupter", c -> c
                    .await(() -> asyncio.sleep(0.05))
                    .raise(() -> PythonError.baseException("KeyboardInterrupt"))));
        } catch (PythonError error) {
            assertThat(error.type()).isEqualTo("KeyboardInterrupt");
            py.print("KeyboardInterrupt caught");
            List<Task> pending = loop.allTasks().stream().filter(t -> !t.done()).toList();
            py.print("pending tasks:", pending.size());
            pending.forEach(Task::cancel);
            Object results = loop.runUntilComplete(asyncio.gather(pending, true));
            py.print(((List<?>) results).stream().map(Transcript::typeName).toList());
        } finally {
            loop.close();
        }
        py.print("loop closed", loop.isClosed());
        assertThat(py.lines()).containsExactly("KeyboardInterrupt caught", "pending tasks: 3", "worker 0 cancelled",
                "worker 1 cancelled", "worker 2 cancelled", "['CancelledError', 'CancelledError', 'CancelledError']",
                "loop closed True");
    }

    /** 20_uncaught_error: an exception nobody catches propagates out of asyncio.run. */
    @Test
    void uncaughtErrorEndsTheRun() {
        assertThatThrownBy(() -> asyncio.run(py.coro("main", c -> c
                .await(() -> divide(1, 2))
                .print(v -> v.last())
                .await(() -> divide(1, 0))
                .print(v -> v.last()))))
                .isInstanceOfSatisfying(PythonError.class, error -> {
                    assertThat(error.type()).isEqualTo("ZeroDivisionError");
                    assertThat(error.args()).containsExactly("division by zero");
                });
        assertThat(py.lines()).containsExactly("0.5");
    }

    private Coroutine divide(double a, double b) {
        return py.coro("divide", c -> c
                .await(() -> asyncio.sleep(0))
                .if_(() -> b == 0, r -> r.raise(() -> new PythonError("ZeroDivisionError", "division by zero")))
                .returns(a / b));
    }

    /** 21_sleep_zero_round_robin: sleep(0) yields exactly once, so ready tasks take turns in FIFO order. */
    @Test
    void sleepZeroRoundRobin() {
        asyncio.run(py.coro("main", c -> c
                .await(() -> asyncio.gather(List.of(spinner("a", 3), spinner("b", 2), spinner("c", 3)), false))));
        assertThat(py.lines()).containsExactly("a 0", "b 0", "c 0", "a 1", "b 1", "c 1", "a 2", "c 2");
    }

    private Coroutine spinner(String name, int n) {
        return py.coro("spinner", c -> c
                .forRange("i", n, body -> body
                        .print(v -> Transcript.line(name, v.get("i")))
                        .await(() -> asyncio.sleep(0))));
    }
}
