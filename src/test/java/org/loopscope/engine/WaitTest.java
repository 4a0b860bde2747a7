package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;
import org.loopscope.engine.support.Coroutines.Co;

/** {@code asyncio.wait}, against what CPython printed for the programs in the test resources. */
class WaitTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    private Coroutine ok(int n, double delay) {
        return py.coro("ok", a -> {
            a.await(asyncio.sleep(delay));
            py.print("ok", n, "at", py.now());
            return n;
        });
    }

    private Coroutine bad(double delay) {
        return py.coro("bad", a -> {
            a.await(asyncio.sleep(delay));
            py.print("bad raises at", py.now());
            asyncio.ensureFuture(py.ticker("tick", 3));
            throw new PythonError("ValueError", "boom");
        });
    }

    private Coroutine work(int n, double delay) {
        return py.coro("work", a -> {
            try {
                a.await(asyncio.sleep(delay));
            } catch (RuntimeException e) {
                if (py.cancelled(e)) {
                    py.print("work", n, "cancelled at", py.now());
                }
                throw e;
            }
            py.print("work", n, "done at", py.now());
            return n;
        });
    }

    private WaitResult await(Co a, List<Future> fs, Double timeout, Object returnWhen) {
        return (WaitResult) a.await(combinators.wait(fs, timeout, returnWhen));
    }

    @Test
    void conformance06DoneAndPending() {
        py.run(py.coro("main", a -> {
            List<Future> tasks = List.of(0, 1, 2, 3).stream()
                    .map(n -> asyncio.ensureFuture(workResult(n, 0.05 * (4 - n)))).toList();
            WaitResult r = await(a, tasks, null, ReturnWhen.FIRST_COMPLETED);
            py.print("first:", results(r.done()), "still pending:", r.pending().size());
            r = await(a, List.copyOf(r.pending()), 0.08, ReturnWhen.ALL_COMPLETED);
            py.print("within timeout:", sortedResults(r.done()), "pending:", r.pending().size());
            r = await(a, List.copyOf(r.pending()), null, ReturnWhen.ALL_COMPLETED);
            py.print("rest:", sortedResults(r.done()), r.pending().size());
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("06_wait_done_pending"));
    }

    private Coroutine workResult(int n, double delay) {
        return py.coro("work", a -> {
            a.await(asyncio.sleep(delay));
            return n;
        });
    }

    private static List<Object> results(Set<Future> futures) {
        return futures.stream().map(Future::result).toList();
    }

    private static List<Integer> sortedResults(Set<Future> futures) {
        return futures.stream().map(f -> (Integer) f.result()).sorted().toList();
    }

    @Test
    void firstExceptionReturnsAtTheFirstErrorOrWhenAllAreDone() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            py.setT0(loop.time());
            Future ta = asyncio.ensureFuture(ok(1, 0.1));
            Future tb = asyncio.ensureFuture(bad(0.2));
            Future tc = asyncio.ensureFuture(ok(3, 0.4));
            WaitResult r = await(a, List.of(ta, tb, tc), null, ReturnWhen.FIRST_EXCEPTION);
            py.print("returned at", py.now(), "done", r.done().stream().map(t -> t == ta || t == tb).toList(),
                    "pending", r.pending().size(), r.pending().equals(Set.of(tc)));
            py.print("b raised", py.repr(tb.exception()));
            Future td = asyncio.ensureFuture(ok(4, 0.1));
            r = await(a, List.of(tc, td), null, "FIRST_EXCEPTION");
            py.print("no exception: all done at", py.now(), r.done().size(), r.pending().size());
            Future te = asyncio.ensureFuture(ok(5, 1));
            Future tf = asyncio.ensureFuture(ok(6, 0.3));
            loop.callLater(0.1, Callback.named("cancel", te::cancel));
            r = await(a, List.of(te, tf), null, ReturnWhen.FIRST_EXCEPTION);
            py.print("a cancellation is no exception:", py.now(), te.cancelled(), r.done().size(), r.pending().size());
            Future tg = asyncio.ensureFuture(ok(7, 0.1));
            Future th = asyncio.ensureFuture(ok(8, 0.2));
            r = await(a, List.of(tg, th), null, ReturnWhen.FIRST_COMPLETED);
            py.print("first completed at", py.now(), results(r.done()), r.pending().size());
            return a.await(th);
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("wait_first_exception"));
    }

    @Test
    void timeoutLeavesPendingTasksRunning() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            py.setT0(loop.time());
            List<Future> ts = List.of(asyncio.ensureFuture(work(1, 0.1)), asyncio.ensureFuture(work(2, 0.3)),
                    asyncio.ensureFuture(work(3, 0.5)));
            loop.callLater(0.2, Callback.named("<lambda>", () -> asyncio.ensureFuture(py.ticker("tick", 3))));
            WaitResult r = await(a, ts, 0.2, ReturnWhen.ALL_COMPLETED);
            py.print("after wait at", py.now(), "done", ts.stream().filter(r.done()::contains).map(Future::result)
                    .toList(), "pending", ts.stream().filter(r.pending()::contains).map(t -> ((Task) t).getName())
                    .toList());
            r = await(a, List.copyOf(r.pending()), 1.0, ReturnWhen.ALL_COMPLETED);
            py.print("second wait at", py.now(), r.done().size(), r.pending().size());
            Future x = asyncio.ensureFuture(work(4, 0.1));
            asyncio.ensureFuture(py.ticker("tock", 3));
            r = await(a, List.of(x), 0.0, ReturnWhen.ALL_COMPLETED);
            py.print("timeout 0 at", py.now(), r.done().size(), r.pending().size(), x.done());
            x.cancel();
            r = await(a, List.of(x), null, ReturnWhen.ALL_COMPLETED);
            py.print("cancelled counts as done", r.done().size(), x.cancelled());
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("wait_timeout_pending"));
    }

    @Test
    void argumentsAreCheckedWhenTheCoroutineRuns() {
        py.run(py.coro("main", a -> {
            Future t = asyncio.ensureFuture(asyncio.sleep(0.1, "slept"));
            try {
                a.await(combinators.wait(List.of()));
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            try {
                a.await(combinators.wait(List.of(t), null, "SOMETIMES"));
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            Coroutine c = asyncio.sleep(0);
            try {
                a.await(combinators.wait(List.of(t, c)));
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            Coroutine w = combinators.wait(List.of());
            py.print("made, not yet run");
            try {
                a.await(w);
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            WaitResult r = (WaitResult) a.await(combinators.wait(List.of(t, t)));
            py.print("duplicates count once", r.done().size(), r.pending().size(), t.result());
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("wait_errors"));
    }

    private Coroutine square(int n) {
        return py.coro("get", a -> {
            a.await(asyncio.sleep(0.01 * (5 - n)));
            return n * n;
        });
    }

    private List<Future> fiveSquares() {
        return List.of(0, 1, 2, 3, 4).stream().map(n -> asyncio.ensureFuture(square(n))).toList();
    }

    @Test
    void conformance08NestedThreeWays() {
        py.run(py.coro("main", a -> {
            Coroutine viaWait = py.coro("via_wait", b -> {
                WaitResult r = (WaitResult) b.await(combinators.wait(fiveSquares()));
                return sortedResults(r.done());
            });
            Coroutine viaGather = py.coro("via_gather", b -> b.await(asyncio.gather(fiveSquares(), false)));
            Coroutine viaAsCompleted = py.coro("via_as_completed", b -> {
                List<Object> out = new java.util.ArrayList<>();
                for (java.util.Iterator<Coroutine> it = combinators.asCompleted(fiveSquares()); it.hasNext();) {
                    out.add(b.await(it.next()));
                }
                return out;
            });
            py.print("wait", a.await(viaWait));
            py.print("gather", a.await(viaGather));
            py.print("as_completed", a.await(viaAsCompleted));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("08_nested_three_ways"));
    }
}
