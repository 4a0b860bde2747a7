package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;

/** {@code asyncio.wait_for} (3.11.7), against what CPython printed for the programs in the test resources. */
class WaitForTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    @Test
    void conformance11TheTimeoutCancelsTheInnerCoroutine() {
        py.run(py.coro("main", a -> {
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
                if (!py.isTimeout(e)) {
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
        py.run(py.coro("main", a -> {
            py.setT0(asyncio.getRunningLoop().time());
            Future t = asyncio.ensureFuture(py.coro("stubborn", b -> {
                try {
                    b.await(asyncio.sleep(1));
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print("stubborn swallows the cancellation at", py.now());
                    b.await(asyncio.sleep(0.1));
                    return "kept going";
                }
                return "finished";
            }));
            try {
                py.print("result", a.await(combinators.waitFor(t, 0.2)), "at", py.now());
            } catch (RuntimeException e) {
                if (!py.isTimeout(e)) {
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
                py.print("ValueError", e, "at", py.now());
            }
            Coroutine quick = py.coro("quick", b -> {
                b.await(asyncio.sleep(0.1));
                asyncio.ensureFuture(py.ticker("tick", 4));
                py.print("quick returns");
                return "quick";
            });
            py.print(a.await(combinators.waitFor(quick, 1.0)), "at", py.now());
            try {
                a.await(combinators.waitFor(asyncio.sleep(1), 0.1));
            } catch (PythonError e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError", py.repr(e), "cause", py.repr(e.pyCause()),
                        "context", py.repr(e.pyContext()));
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
        py.run(py.coro("main", a -> {
            asyncio.ensureFuture(py.ticker("a", 3));
            py.print(a.await(combinators.waitFor(work("none"), null)));
            Future f = asyncio.getRunningLoop().createFuture();
            f.setResult("ready");
            asyncio.ensureFuture(py.ticker("b", 3));
            py.print(a.await(combinators.waitFor(f, 0.0)));
            asyncio.ensureFuture(py.ticker("c", 4));
            try {
                a.await(combinators.waitFor(work("zero"), 0.0));
            } catch (PythonError e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError from", py.repr(e.pyCause()));
            }
            Future t = asyncio.ensureFuture(work("negative"));
            a.await(asyncio.sleep(0));
            asyncio.ensureFuture(py.ticker("d", 4));
            try {
                a.await(combinators.waitFor(t, -1.0));
            } catch (RuntimeException e) {
                if (!py.isTimeout(e)) {
                    throw e;
                }
                py.print("TimeoutError; task cancelled:", t.cancelled());
            }
            asyncio.ensureFuture(py.ticker("e", 3));
            py.print(a.await(combinators.waitFor(asyncio.sleep(0, "slept 0"), 0.5)));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("wait_for_zero_none"));
    }
}
