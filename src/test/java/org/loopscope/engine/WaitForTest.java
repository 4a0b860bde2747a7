package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorCoroutines.expected;
import static org.loopscope.engine.support.CombinatorCoroutines.tenths;

import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorCoroutines;

/** {@code asyncio.wait_for} (3.11.7), against what CPython printed for the programs in the test resources. */
class WaitForTest {

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

    private boolean isTimeout(RuntimeException e) {
        return py.is(e, ErrorType.TIMEOUT_ERROR);
    }

    @Test
    void conformance11TheTimeoutCancelsTheInnerCoroutine() {
        py.run(asyncio, py.coro("main", a -> {
            Coroutine slow = py.coro("slow", b -> {
                try {
                    b.await(asyncio.sleep(1));
                    return "finished";
                } catch (RuntimeException e) {
                    if (py.cancelled(e)) {
                        py.print("slow was cancelled by the timeout");
                    }
                    throw e;
                }
            });
            try {
                a.await(combinators.waitFor(slow, 0.05));
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("timed out");
            }
            py.print(a.await(combinators.waitFor(asyncio.sleep(0.01, "quick"), 1.0)));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("11_wait_for_timeout"));
    }

    @Test
    void aTaskThatSwallowsTheCancellationDecidesTheOutcome() {
        py.run(asyncio, py.coro("main", a -> {
            t0 = asyncio.getRunningLoop().time();
            Future t = asyncio.ensureFuture(py.coro("stubborn", b -> {
                try {
                    b.await(asyncio.sleep(1));
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print("stubborn swallows the cancellation at", now());
                    b.await(asyncio.sleep(0.1));
                    return "kept going";
                }
                return "finished";
            }));
            try {
                py.print("result", a.await(combinators.waitFor(t, 0.2)), "at", now());
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("timeout");
            }
            Coroutine grumpy = py.coro("grumpy", b -> {
                try {
                    return b.await(asyncio.sleep(1));
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print("grumpy raises instead");
                    throw new PythonError("ValueError", "not now");
                }
            });
            try {
                a.await(combinators.waitFor(grumpy, 0.1));
            } catch (PythonError e) {
                if (!e.type().equals("ValueError")) {
                    throw e;
                }
                py.print("ValueError", e, "at", now());
            }
            Coroutine quick = py.coro("quick", b -> {
                b.await(asyncio.sleep(0.1));
                asyncio.ensureFuture(ticker("tick", 4));
                py.print("quick returns");
                return "quick";
            });
            py.print(a.await(combinators.waitFor(quick, 1.0)), "at", now());
            try {
                a.await(combinators.waitFor(asyncio.sleep(1), 0.1));
            } catch (PythonError e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError", engine.host().repr(e), "cause", engine.host().repr(e.pyCause()),
                        "context", engine.host().repr(e.pyContext()));
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("wait_for_swallow"));
    }

    private Coroutine work(String name) {
        return py.coro("work", a -> {
            py.print("work", name, "starts");
            try {
                a.await(asyncio.sleep(0.1));
            } catch (RuntimeException e) {
                if (py.cancelled(e)) {
                    py.print("work", name, "cancelled");
                }
                throw e;
            }
            return name;
        });
    }

    @Test
    void timeoutNoneAwaitsDirectlyAndZeroCancelsAtOnce() {
        py.run(asyncio, py.coro("main", a -> {
            asyncio.ensureFuture(ticker("a", 3));
            py.print(a.await(combinators.waitFor(work("none"), null)));
            Future f = asyncio.getRunningLoop().createFuture();
            f.setResult("ready");
            asyncio.ensureFuture(ticker("b", 3));
            py.print(a.await(combinators.waitFor(f, 0.0)));
            asyncio.ensureFuture(ticker("c", 4));
            try {
                a.await(combinators.waitFor(work("zero"), 0.0));
            } catch (PythonError e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError from", engine.host().repr(e.pyCause()));
            }
            Future t = asyncio.ensureFuture(work("negative"));
            a.await(asyncio.sleep(0));
            asyncio.ensureFuture(ticker("d", 4));
            try {
                a.await(combinators.waitFor(t, -1.0));
            } catch (RuntimeException e) {
                if (!isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError; task cancelled:", t.cancelled());
            }
            asyncio.ensureFuture(ticker("e", 3));
            py.print(a.await(combinators.waitFor(asyncio.sleep(0, "slept 0"), 0.5)));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("wait_for_zero_none"));
    }
}
