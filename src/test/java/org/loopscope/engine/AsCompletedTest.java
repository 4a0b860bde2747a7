package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;

/** {@code asyncio.as_completed}, against what CPython printed for the programs in the test resources. */
class AsCompletedTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    private Coroutine work(int n, double delay) {
        return py.coro("work", a -> {
            a.await(asyncio.sleep(delay));
            return "work " + n;
        });
    }

    @Test
    void conformance07ResultsInCompletionOrder() {
        py.run(py.coro("main", a -> {
            List<Future> tasks = new ArrayList<>();
            double[] delays = {0.3, 0.1, 0.2};
            for (int n = 0; n < delays.length; n++) {
                int number = n;
                double delay = delays[n];
                tasks.add(asyncio.ensureFuture(py.coro("work", b -> {
                    b.await(asyncio.sleep(delay));
                    return String.format("task %d after %.2f", number, delay);
                })));
            }
            for (Iterator<Coroutine> it = combinators.asCompleted(tasks); it.hasNext();) {
                Object result = a.await(it.next());
                py.print("Task ret: " + result);
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("07_as_completed"));
    }

    @Test
    void aQueuedFutureIsTakenWithoutSuspending() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            Future gate1 = loop.createFuture();
            Future gate2 = loop.createFuture();
            List<Future> tasks = List.of(asyncio.ensureFuture(gated("a", gate1)),
                    asyncio.ensureFuture(gated("b", gate2)), asyncio.ensureFuture(gated("c", gate1)));
            loop.callLater(0.1, Callback.named("set_result", () -> gate1.setResult(null)));
            loop.callLater(0.1, Callback.named("<lambda>", () -> asyncio.ensureFuture(py.ticker("t1", 6))));
            loop.callLater(0.2, Callback.named("set_result", () -> gate2.setResult(null)));
            loop.callLater(0.2, Callback.named("<lambda>", () -> asyncio.ensureFuture(py.ticker("t2", 6))));
            List<Future> args = new ArrayList<>(tasks);
            args.add(tasks.get(0));
            Iterator<Coroutine> it = combinators.asCompleted(args);
            py.print("nothing happens before the first next():", tasks.get(0).callbacks().size());
            int n = 0;
            while (it.hasNext()) {
                Coroutine c = it.next();
                py.print("awaiting", n);
                py.print("got", a.await(c));
                n++;
            }
            py.print("coroutines:", n);
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("as_completed_queue"));
    }

    private Coroutine gated(String name, Future gate) {
        return py.coro("work", a -> {
            a.await(gate);
            py.print("work", name, "returns");
            return name;
        });
    }

    @Test
    void coroutinesBecomeTasksAtTheFirstNext() {
        py.run(py.coro("main", a -> {
            Iterator<Coroutine> it = combinators.asCompleted(List.of(work(1, 0.2), work(2, 0.1)));
            py.print("tasks before next():", asyncio.allTasks().size());
            Coroutine first = it.next();
            py.print("tasks after next():", asyncio.allTasks().size());
            py.print(a.await(first));
            List<Coroutine> rest = new ArrayList<>();
            it.forEachRemaining(rest::add);
            py.print("rest:", rest.size());
            py.print(a.await(rest.get(0)));
            py.print("empty:", combinators.asCompleted(List.of(), null).toList());
            Future done = asyncio.getRunningLoop().createFuture();
            done.setResult("already");
            for (Coroutine c : combinators.asCompleted(List.of(done), null).toList()) {
                py.print(a.await(c));
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("as_completed_lazy"));
    }

    @Test
    void theTimeoutRaisesTimeoutErrorFromTheAwaitedCoroutine() {
        py.run(py.coro("main", a -> {
            py.setT0(asyncio.getRunningLoop().time());
            List<Future> ts = List.of(asyncio.ensureFuture(work(1, 0.1)), asyncio.ensureFuture(work(2, 0.5)),
                    asyncio.ensureFuture(py.coro("fail", b -> {
                        b.await(asyncio.sleep(0.2));
                        throw new PythonError("ValueError", "failed");
                    })));
            try {
                for (Iterator<Coroutine> it = combinators.asCompleted(ts, 0.3); it.hasNext();) {
                    Coroutine c = it.next();
                    try {
                        py.print("got", a.await(c), "at", py.now());
                    } catch (PythonError e) {
                        if (!e.type().equals("ValueError")) {
                            throw e;
                        }
                        py.print("raised", py.repr(e), "at", py.now());
                    }
                }
            } catch (PythonError e) {
                if (!e.type().equals("TimeoutError")) {
                    throw e;
                }
                py.print("TimeoutError", py.repr(e), "at", py.now());
            }
            py.print("work 2 still running:", !ts.get(1).done());
            py.print(a.await(ts.get(1)), "at", py.now());
            List<String> results = new ArrayList<>();
            for (Coroutine c : combinators.asCompleted(ts.subList(0, 2), 0.1).toList()) {
                results.add((String) a.await(c));
            }
            results.sort(null);
            py.print("all done already:", results);
            Future late = asyncio.ensureFuture(work(3, 0.2));
            List<Coroutine> coros = combinators.asCompleted(List.of(late), 0.1).toList();
            a.await(asyncio.sleep(0.12));
            try {
                a.await(coros.get(0));
            } catch (PythonError e) {
                if (!e.type().equals("TimeoutError")) {
                    throw e;
                }
                py.print("TimeoutError even when awaited after the timer fired, at", py.now());
            }
            py.print(a.await(late), "at", py.now());
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("as_completed_timeout"));
    }

    private Coroutine named(String name, double delay) {
        return py.coro("work", a -> {
            a.await(asyncio.sleep(delay));
            py.print("work", name, "returns");
            return name;
        });
    }

    @Test
    void coroutinesAwaitedConcurrentlyTakeTurnsOnTheQueue() {
        py.run(py.coro("main", a -> {
            List<Future> tasks = List.of(asyncio.ensureFuture(named("a", 0.3)),
                    asyncio.ensureFuture(named("b", 0.1)), asyncio.ensureFuture(named("c", 0.2)));
            py.print(a.await(asyncio.gather(combinators.asCompleted(tasks, null).toList(), false)));
            List<Future> more = List.of(asyncio.ensureFuture(named("d", 0.1)), asyncio.ensureFuture(named("e", 0.1)));
            List<Future> waiters = combinators.asCompleted(more, null).toList().stream()
                    .map(asyncio::ensureFuture).toList();
            a.await(asyncio.sleep(0));
            waiters.get(0).cancel();
            asyncio.ensureFuture(py.ticker("tick", 5));
            for (Future w : waiters) {
                try {
                    py.print("waiter got", a.await(w));
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print("waiter cancelled");
                }
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("as_completed_concurrent"));
    }
}
