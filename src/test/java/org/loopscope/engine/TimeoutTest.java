package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorCoroutines.expected;
import static org.loopscope.engine.support.CombinatorCoroutines.tenths;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorCoroutines;
import org.loopscope.engine.support.CombinatorCoroutines.Async;

/** {@code asyncio.timeout}/{@code timeout_at}, against what CPython printed for the programs in the resources. */
class TimeoutTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Combinators combinators = new Combinators(engine);
    private final CombinatorCoroutines py = new CombinatorCoroutines(engine.host());
    private double t0;

    private String now() {
        return tenths(engine.clock().now() - t0);
    }

    private Coroutine ticker(String label, int n) {
        return py.coro("ticker", a -> {
            for (int i = 0; i < n; i++) {
                py.print(label, i);
                a.await(asyncio.sleep(0));
            }
            return null;
        });
    }

    /** {@code async with cm: body}. */
    private Object with(Async a, Timeout cm, java.util.function.Supplier<Object> body) {
        return py.asyncWith(a, cm.aenter(), cm::aexit, entered -> {
            assertThat(entered).isSameAs(cm);
            return body.get();
        });
    }

    private boolean isTimeout(RuntimeException e) {
        return py.is(e, ErrorType.TIMEOUT_ERROR);
    }

    private RuntimeException unlessTimeout(RuntimeException e) {
        return isTimeout(e) ? null : e;
    }

    @Test
    void expiringAndNotExpiring() {
        py.run(asyncio, py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            t0 = loop.time();
            Timeout cm = combinators.timeout(0.5);
            with(a, cm, () -> a.await(asyncio.sleep(0.1)));
            py.print("in time:", cm.expired(), cm, tenths(cm.when() - t0));
            Timeout cm2 = combinators.timeout(0.2);
            try {
                with(a, cm2, () -> {
                    py.print("inside:", cm2.toString().startsWith("<Timeout [active] when="));
                    a.await(asyncio.sleep(1));
                    py.print("not reached");
                    return null;
                });
            } catch (PythonError e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError at", now(), "cause", engine.host().repr(e.pyCause()), "context",
                        engine.host().repr(e.pyContext()), cm2.expired(), cm2);
            }
            py.print("cancelling:", asyncio.currentTask().cancelling());
            Timeout never = combinators.timeout(null);
            with(a, never, () -> {
                a.await(asyncio.sleep(0.1));
                py.print(never);
                return null;
            });
            Timeout cm3 = combinators.timeout(0.1);
            with(a, cm3, () -> {
                try {
                    a.await(asyncio.sleep(1));
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print("swallowed at", now());
                }
                asyncio.ensureFuture(ticker("tick", 2));
                a.await(asyncio.sleep(0));
                py.print("the block goes on");
                return null;
            });
            py.print("after swallowing:", cm3.expired(), asyncio.currentTask().cancelling(), cm3);
            try {
                with(a, combinators.timeoutAt(loop.time() - 1), () -> {
                    py.print("entered a past deadline");
                    asyncio.ensureFuture(ticker("tock", 3));
                    a.await(asyncio.sleep(0));
                    py.print("not reached");
                    return null;
                });
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("past deadline: TimeoutError at", now());
            }
            try {
                with(a, combinators.timeout(0.1), () -> {
                    throw new PythonError("ValueError", "inside");
                });
            } catch (PythonError e) {
                py.print("other errors pass through:", engine.host().repr(e));
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("timeout_expiry"));
    }

    @Test
    void nestedTimeouts() {
        py.run(asyncio, py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            t0 = loop.time();
            Timeout outer = combinators.timeout(0.1);
            Timeout inner = combinators.timeout(0.5);
            try {
                with(a, outer, () -> {
                    try {
                        with(a, inner, () -> a.await(asyncio.sleep(1)));
                    } catch (RuntimeException e) {
                        if (!isTimeout(e)) {
                            throw e;
                        }
                        py.print("inner TimeoutError?");
                    } finally {
                        py.print("inner expired", inner.expired(), "outer expired", outer.expired());
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("outer TimeoutError at", now());
            }
            Timeout outer2 = combinators.timeout(0.5);
            Timeout inner2 = combinators.timeout(0.1);
            with(a, outer2, () -> {
                try {
                    with(a, inner2, () -> a.await(asyncio.sleep(1)));
                } catch (RuntimeException e) {
                    if (!isTimeout(e)) {
                        throw e;
                    }
                    py.print("inner TimeoutError at", now(), inner2.expired(), outer2.expired());
                }
                return a.await(asyncio.sleep(0.1));
            });
            py.print("outer fine:", outer2.expired(), "at", now());
            double when = loop.time() + 0.1;
            Timeout outer3 = combinators.timeoutAt(when);
            Timeout inner3 = combinators.timeoutAt(when);
            try {
                with(a, outer3, () -> {
                    try {
                        with(a, inner3, () -> a.await(asyncio.sleep(1)));
                    } catch (RuntimeException e) {
                        if (!isTimeout(e)) {
                            throw e;
                        }
                        py.print("inner caught");
                    }
                    py.print("after inner", inner3.expired(), outer3.expired());
                    return null;
                });
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("outer caught at", now(), inner3.expired(), outer3.expired(),
                        asyncio.currentTask().cancelling());
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("timeout_nested"));
    }

    @Test
    void reschedule() {
        py.run(asyncio, py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            t0 = loop.time();
            Timeout cm = combinators.timeout(null);
            with(a, cm, () -> {
                cm.reschedule(loop.time() + 0.3);
                a.await(asyncio.sleep(0.1));
                py.print("when", tenths(cm.when() - t0));
                cm.reschedule(cm.when() + 0.2);
                a.await(asyncio.sleep(0.3));
                py.print("still inside at", now());
                return null;
            });
            py.print("moved later:", cm.expired());
            Timeout soon = combinators.timeout(10.0);
            try {
                with(a, soon, () -> {
                    soon.reschedule(loop.time());
                    py.print("rescheduled to now");
                    asyncio.ensureFuture(ticker("tick", 3));
                    a.await(asyncio.sleep(0));
                    py.print("not reached");
                    return null;
                });
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("expired at once, at", now());
            }
            Timeout disabled = combinators.timeout(0.1);
            with(a, disabled, () -> {
                disabled.reschedule(null);
                return a.await(asyncio.sleep(0.2));
            });
            py.print("disabled:", disabled.expired(), disabled.when());
            for (Timeout t : List.of(disabled, combinators.timeout(1.0))) {
                try {
                    t.reschedule(1.0);
                } catch (PythonError e) {
                    py.print(e.type(), e);
                }
            }
            try {
                a.await(disabled.aenter());
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            Timeout expired = combinators.timeout(0.1);
            try {
                with(a, expired, () -> a.await(asyncio.sleep(1)));
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                try {
                    expired.reschedule(null);
                } catch (PythonError error) {
                    py.print(error.type(), error);
                }
            }
            py.print(combinators.timeoutAt(null), combinators.timeout(1.23456).toString()
                    .startsWith("<Timeout [created]"));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("timeout_reschedule"));
    }

    @Test
    void reprRoundsTheDeadlineToThreePlaces() {
        Timeout[] seen = new Timeout[1];
        String[] shown = new String[2];
        py.run(asyncio, py.coro("main", a -> {
            Timeout cm = combinators.timeoutAt(12.3456);
            seen[0] = cm;
            return with(a, cm, () -> {
                shown[0] = cm.toString();
                cm.reschedule(12.3455);
                shown[1] = cm.toString();
                return null;
            });
        }));
        // python3: round(12.3456, 3) == 12.346; round(12.3455, 3) == 12.345 (a little below the tie in binary)
        assertThat(shown).containsExactly("<Timeout [active] when=12.346>", "<Timeout [active] when=12.345>");
        assertThat(seen[0]).hasToString("<Timeout [finished]>");
    }
}
