package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.Transcript;

/**
 * Callbacks and timers: ready-queue order, timer order, cancellation, the cleanup of many cancelled timers, and
 * what happens when a callback raises. Expected values come from the Python programs in the comments.
 */
class SchedulingTest {

    private final Py py = Py.forJava();
    private final Engine engine = py.engine();
    private final EventLoop loop = engine.newEventLoop();
    private final List<Object> seen = new ArrayList<>();

    private Callback rec(Object what) {
        return Callback.named("rec(" + Transcript.repr(what) + ")", () -> seen.add(what));
    }

    /**
     * <pre>
     * for i in range(5): loop.call_soon(rec, i)
     * h = loop.call_soon(rec, 'cancelled'); h.cancel(); print(repr(h))     # &lt;Handle cancelled&gt;
     * loop.call_soon(loop.stop); loop.run_forever(); print(seen)             # [0, 1, 2, 3, 4]
     * </pre>
     */
    @Test
    void callSoonRunsInFifoOrderAndSkipsCancelledHandles() {
        for (int i : Py.range(5)) {
            loop.callSoon(rec(i));
        }
        Handle cancelled = loop.callSoon(rec("cancelled"));
        cancelled.cancel();
        cancelled.cancel();
        loop.callSoon(loop::stop);
        assertThat(cancelled).hasToString("<Handle cancelled>");
        loop.runForever();
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
        assertThat(loop.readyHandles()).isEmpty();
    }

    /**
     * Due timers run by deadline; equal delays run first-in first-out (CPython's clock moves between the calls).
     * <pre>
     * for delay, name in [(0.3, 'c1'), (0.1, 'a1'), (0.3, 'c2'), (0.2, 'b'), (0.1, 'a2'), (0.3, 'c3'),
     *                     (0.1, 'a3'), (0.3, 'c4')]:
     *     loop.call_later(delay, rec, name)
     * loop.call_later(0.4, loop.stop); loop.run_forever()
     * print(seen)   # ['a1', 'a2', 'a3', 'b', 'c1', 'c2', 'c3', 'c4']
     * </pre>
     */
    @Test
    void timersRunByDeadlineThenFifo() {
        Object[][] plan = {{0.3, "c1"}, {0.1, "a1"}, {0.3, "c2"}, {0.2, "b"}, {0.1, "a2"}, {0.3, "c3"},
            {0.1, "a3"}, {0.3, "c4"}};
        for (Object[] entry : plan) {
            loop.callLater((Double) entry[0], rec(entry[1]));
        }
        loop.callLater(0.4, loop::stop);
        loop.runForever();
        assertThat(seen).containsExactly("a1", "a2", "a3", "b", "c1", "c2", "c3", "c4");
        assertThat(loop.time()).isEqualTo(0.4);
    }

    @Test
    void dueTimersJoinTheReadyQueueAfterWhatIsAlreadyThere() {
        loop.callLater(0, rec("timer"));
        loop.callSoon(rec("soon"));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(seen).containsExactly("soon", "timer");
    }

    /**
     * <pre>
     * a = loop.call_later(0.1, print, 'a'); b = loop.call_later(0.2, print, 'b'); c = loop.call_later(0.3, print, 'c')
     * b.cancel(); a.cancel()
     * print(a)          # &lt;TimerHandle cancelled when=...&gt;
     * loop.stop(); loop.run_forever()                          # the cancelled head timers leave the heap
     * print(len(loop._scheduled), a._scheduled, b._scheduled)  # 1 False False
     * loop.call_later(0.4, loop.stop); loop.run_forever()      # c
     * </pre>
     */
    @Test
    void cancelledTimersNeverRunAndLeaveTheHeapFromItsHead() {
        TimerHandle a = loop.callLater(0.1, rec("a"));
        TimerHandle b = loop.callLater(0.2, rec("b"));
        TimerHandle c = loop.callLater(0.3, rec("c"));
        b.cancel();
        a.cancel();
        assertThat(a).hasToString("<TimerHandle cancelled when=0.1>");
        assertThat(b.isScheduled()).isTrue();
        loop.stop();
        loop.runForever();
        assertThat(loop.scheduledTimers()).containsExactly(c);
        assertThat(a.isScheduled()).isFalse();
        assertThat(b.isScheduled()).isFalse();
        loop.callLater(0.4, loop::stop);
        loop.runForever();
        assertThat(seen).containsExactly("c");
        assertThat(c.isScheduled()).isFalse();
    }

    @Test
    void timerReprShowsWhenAndCallback() {
        TimerHandle timer = loop.callLater(1.5, rec("x"));
        assertThat(timer).hasToString("<TimerHandle when=1.5 rec('x')>");
    }

    /**
     * More than 100 timers, more than half cancelled: the next iteration rebuilds the heap without them.
     * <pre>
     * ts = [loop.call_later(0.001 * (150 - i), seen.append, 150 - i) for i in range(150)]
     * cancel all but those with delay % 10 == 3 ms; loop.call_later(1, loop.stop)
     * print(len(loop._scheduled), loop._timer_cancelled_count)   # 151 135
     * loop.stop(); loop.run_forever(); print(len(loop._scheduled))   # 16
     * loop.run_forever(); print(seen)   # [3, 13, 23, ..., 143]
     * </pre>
     */
    @Test
    void manyCancelledTimersAreCleanedUpAndTheRestFireInOrder() {
        List<TimerHandle> timers = new ArrayList<>();
        for (int i : Py.range(150)) {
            int ms = 150 - i;
            timers.add(loop.callLater(0.001 * ms, rec(ms)));
        }
        for (TimerHandle timer : timers) {
            if (Math.round(timer.when() * 1000) % 10 != 3) {
                timer.cancel();
            }
        }
        loop.callLater(1, loop::stop);
        assertThat(loop.scheduledTimers()).hasSize(151);
        loop.stop();
        loop.runForever();
        assertThat(loop.scheduledTimers()).hasSize(16).allMatch(t -> !t.cancelled());
        assertThat(timers).filteredOn(Handle::cancelled).allMatch(t -> !t.isScheduled());
        loop.runForever();
        assertThat(seen).containsExactly(3, 13, 23, 33, 43, 53, 63, 73, 83, 93, 103, 113, 123, 133, 143);
        assertThat(loop.scheduledTimers()).isEmpty();
    }

    /**
     * <pre>
     * def boom(x): raise ValueError(x)
     * def handler(loop, context): print('handler', context['message'], repr(context['exception']),
     *                                     type(context['handle']).__name__)
     * loop.set_exception_handler(handler)
     * loop.call_soon(boom, 1); loop.call_soon(ok, 2); loop.call_later(0.1, boom, 3)
     * # handler Exception in callback boom(1) ValueError(1) Handle
     * # ok 2
     * # handler Exception in callback boom(3) ValueError(3) TimerHandle
     * </pre>
     */
    @Test
    void aRaisingCallbackGoesToTheCustomHandlerAndTheLoopGoesOn() {
        loop.setExceptionHandler((l, context) -> py.print("handler", context.message(),
                Transcript.repr(context.exception()), context.handle().getClass().getSimpleName()));
        loop.callSoon(boom(1));
        loop.callSoon(() -> py.print("ok", 2));
        loop.callLater(0.1, boom(3));
        loop.callLater(0.2, loop::stop);
        loop.runForever();
        assertThat(py.lines()).containsExactly("handler Exception in callback boom(1) ValueError(1) Handle", "ok 2",
                "handler Exception in callback boom(3) ValueError(3) TimerHandle");
    }

    private Callback boom(int x) {
        return Callback.named("boom(" + x + ")", () -> {
            throw new PythonError("ValueError", x);
        });
    }

    /**
     * Without a custom handler the default one reports the context; a handler that raises is itself reported.
     * <pre>
     * loop.set_exception_handler(bad_handler)   # raises TypeError('bad handler')
     * loop.call_soon(boom, 4) -> default_exception_handler({'message': 'Unhandled error in exception handler',
     *                                                       'exception': TypeError('bad handler'), 'context': ...})
     * loop.set_exception_handler(None); loop.call_soon(boom, 5)
     *                         -> default_exception_handler({'message': 'Exception in callback boom(5)', ...})
     * </pre>
     */
    @Test
    void theDefaultHandlerReportsErrorsAndFailingHandlers() {
        List<LoopWarning> warnings = new ArrayList<>();
        engine.instruments().add(new Instrument() {
            @Override
            public void warning(EventLoop l, LoopWarning warning) {
                warnings.add(warning);
            }
        });
        engine.defaultExceptionHandler((l, context) -> py.print("default", context.message(),
                Transcript.repr(context.exception())));
        loop.setExceptionHandler((l, context) -> {
            throw new PythonError("TypeError", "bad handler");
        });
        loop.callSoon(boom(4));
        loop.callSoon(loop::stop);
        loop.runForever();
        loop.setExceptionHandler(null);
        loop.callSoon(boom(5));
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(py.lines()).containsExactly(
                "default Unhandled error in exception handler TypeError('bad handler')",
                "default Exception in callback boom(5) ValueError(5)");
        assertThat(warnings).extracting(LoopWarning::kind).containsOnly(LoopWarning.Kind.CALLBACK_ERROR);
        assertThat(warnings).extracting(LoopWarning::message).containsExactly(
                "Unhandled error in exception handler", "Exception in callback boom(5)");
    }

    /**
     * KeyboardInterrupt from a callback leaves run_forever at once; the rest of the iteration stays queued.
     * <pre>
     * loop.call_soon(ok, 'before'); loop.call_soon(ki); loop.call_soon(ok, 'after')
     * try: loop.run_forever()
     * except KeyboardInterrupt: print(loop.is_running(), len(loop._ready))    # False 1
     * loop.call_soon(loop.stop); loop.run_forever()                            # ok after
     * </pre>
     */
    @Test
    void keyboardInterruptInACallbackStopsTheLoopAndPropagates() {
        loop.callSoon(() -> py.print("ok", "before"));
        loop.callSoon(() -> {
            throw PythonError.baseException("KeyboardInterrupt");
        });
        loop.callSoon(() -> py.print("ok", "after"));
        assertThatThrownBy(loop::runForever).isInstanceOfSatisfying(PythonError.class,
                e -> assertThat(e.type()).isEqualTo("KeyboardInterrupt"));
        assertThat(loop.isRunning()).isFalse();
        assertThat(engine.runningLoop()).isNull();
        assertThat(loop.readyHandles()).hasSize(1);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(py.lines()).containsExactly("ok before", "ok after");
    }

    @Test
    void systemExitInACallbackPropagatesToo() {
        loop.callSoon(() -> {
            throw PythonError.baseException("SystemExit", 3);
        });
        assertThatThrownBy(loop::runForever).isInstanceOfSatisfying(PythonError.class,
                e -> assertThat(e.type()).isEqualTo("SystemExit"));
        assertThat(loop.isRunning()).isFalse();
    }
}
