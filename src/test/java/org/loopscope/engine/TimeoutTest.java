package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;
import static org.loopscope.engine.support.CombinatorFixture.tenths;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;
import org.loopscope.engine.support.Coroutines.Co;

/** {@code asyncio.timeout}/{@code timeout_at}, against what CPython printed for the programs in the resources. */
class TimeoutTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    /** {@code async with cm: body}. */
    private Object with(Co a, Timeout cm, java.util.function.Supplier<Object> body) {
        return a.asyncWith(cm, entered -> {
            assertThat(entered).isSameAs(cm);
            return body.get();
        });
    }

    @Test
    void expiringAndNotExpiring() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            py.setT0(loop.time());
            Timeout cm = combinators.timeout(0.5);
            with(a, cm, () -> a.await(asyncio.sleep(0.1)));
            py.print("in time:", cm.expired(), cm, tenths(cm.when() - py.t0()));
            Timeout cm2 = combinators.timeout(0.2);
            try {
                with(a, cm2, () -> {
                    py.print("inside:", cm2.toString().startsWith("<Timeout [active] when="));
                    a.await(asyncio.sleep(1));
                    py.print("not reached");
                    return null;
                });
            } catch (PythonError e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError at", py.now(), "cause", py.repr(e.pyCause()), "context",
                        py.repr(e.pyContext()), cm2.expired(), cm2);
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
                    py.print("swallowed at", py.now());
                }
                asyncio.ensureFuture(py.ticker("tick", 2));
                a.await(asyncio.sleep(0));
                py.print("the block goes on");
                return null;
            });
            py.print("after swallowing:", cm3.expired(), asyncio.currentTask().cancelling(), cm3);
            try {
                with(a, combinators.timeoutAt(loop.time() - 1), () -> {
                    py.print("entered a past deadline");
                    asyncio.ensureFuture(py.ticker("tock", 3));
                    a.await(asyncio.sleep(0));
                    py.print("not reached");
                    return null;
                });
            } catch (RuntimeException e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("past deadline: TimeoutError at", py.now());
            }
            try {
                with(a, combinators.timeout(0.1), () -> {
                    throw new PythonError("ValueError", "inside");
                });
            } catch (PythonError e) {
                py.print("other errors pass through:", py.repr(e));
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("timeout_expiry"));
    }

    @Test
    void nestedTimeouts() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            py.setT0(loop.time());
            Timeout outer = combinators.timeout(0.1);
            Timeout inner = combinators.timeout(0.5);
            try {
                with(a, outer, () -> {
                    try {
                        with(a, inner, () -> a.await(asyncio.sleep(1)));
                    } catch (RuntimeException e) {
                        if (!py.isTimeout(e)) {
                            throw e;
                        }
                        py.print("inner TimeoutError?");
                    } finally {
                        py.print("inner expired", inner.expired(), "outer expired", outer.expired());
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("outer TimeoutError at", py.now());
            }
            Timeout outer2 = combinators.timeout(0.5);
            Timeout inner2 = combinators.timeout(0.1);
            with(a, outer2, () -> {
                try {
                    with(a, inner2, () -> a.await(asyncio.sleep(1)));
                } catch (RuntimeException e) {
                    if (!py.isTimeout(e)) {
                        throw e;
                    }
                    py.print("inner TimeoutError at", py.now(), inner2.expired(), outer2.expired());
                }
                return a.await(asyncio.sleep(0.1));
            });
            py.print("outer fine:", outer2.expired(), "at", py.now());
            double when = loop.time() + 0.1;
            Timeout outer3 = combinators.timeoutAt(when);
            Timeout inner3 = combinators.timeoutAt(when);
            try {
                with(a, outer3, () -> {
                    try {
                        with(a, inner3, () -> a.await(asyncio.sleep(1)));
                    } catch (RuntimeException e) {
                        if (!py.isTimeout(e)) {
                            throw e;
                        }
                        py.print("inner caught");
                    }
                    py.print("after inner", inner3.expired(), outer3.expired());
                    return null;
                });
            } catch (RuntimeException e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("outer caught at", py.now(), inner3.expired(), outer3.expired(),
                        asyncio.currentTask().cancelling());
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("timeout_nested"));
    }

    @Test
    void reschedule() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            py.setT0(loop.time());
            Timeout cm = combinators.timeout(null);
            with(a, cm, () -> {
                cm.reschedule(loop.time() + 0.3);
                a.await(asyncio.sleep(0.1));
                py.print("when", tenths(cm.when() - py.t0()));
                cm.reschedule(cm.when() + 0.2);
                a.await(asyncio.sleep(0.3));
                py.print("still inside at", py.now());
                return null;
            });
            py.print("moved later:", cm.expired());
            Timeout soon = combinators.timeout(10.0);
            try {
                with(a, soon, () -> {
                    soon.reschedule(loop.time());
                    py.print("rescheduled to now");
                    asyncio.ensureFuture(py.ticker("tick", 3));
                    a.await(asyncio.sleep(0));
                    py.print("not reached");
                    return null;
                });
            } catch (RuntimeException e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("expired at once, at", py.now());
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
                if (!py.isTimeout(e)) {
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
        py.run(py.coro("main", a -> {
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
