package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;
import org.loopscope.engine.support.Coroutines.Co;

/** {@code asyncio.gather}, against what CPython printed for the programs in the test resources. */
class GatherTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();

    private Coroutine sleepThen(double delay, String failure, int n) {
        return py.coro(failure == null ? "ok" : "bad", a -> {
            a.await(asyncio.sleep(delay));
            if (failure != null) {
                throw new PythonError("ValueError", failure);
            }
            return n;
        });
    }

    @Test
    void conformance10ExceptionsPropagateOrAreCollected() {
        py.run(py.coro("main", a -> {
            try {
                a.await(asyncio.gather(List.of(sleepThen(0.01, null, 1), sleepThen(0.02, "bad 2", 2),
                        sleepThen(0.03, null, 3)), false));
            } catch (PythonError e) {
                py.print("propagated:", e);
            }
            @SuppressWarnings("unchecked")
            List<Object> results = (List<Object>) a.await(asyncio.gather(List.of(sleepThen(0.01, null, 1),
                    sleepThen(0.02, "bad 2", 2), sleepThen(0.03, null, 3)), true));
            py.print(results.stream().map(r -> r instanceof PythonError e ? e.type() : "int").toList());
            py.print(results.get(0), results.get(2), py.str(results.get(1)));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("10_gather_exceptions"));
    }

    private Coroutine child(int n, double delay) {
        return py.coro("child", a -> {
            try {
                a.await(asyncio.sleep(delay));
            } catch (RuntimeException e) {
                if (py.cancelled(e)) {
                    py.print("child", n, "cancelled at", py.now());
                }
                throw e;
            }
            py.print("child", n, "done at", py.now(), "in", asyncio.currentTask().getName());
            return n;
        });
    }

    private String awaitCancelled(Co a, Future g) {
        try {
            a.await(g);
            return "no error";
        } catch (RuntimeException e) {
            if (!py.cancelled(e)) {
                throw e;
            }
            return py.repr(e);
        }
    }

    @Test
    void cancellationBothWays() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            py.setT0(loop.time());
            Future g = asyncio.gather(List.of(child(1, 0.1), child(2, 0.3)), false);
            a.await(asyncio.sleep(0.2));
            py.print("cancel outer:", g.cancel());
            py.print("outer raised", awaitCancelled(a, g), "cancelled:", g.cancelled());
            g = asyncio.gather(List.of(child(3, 0.3), child(4, 0.3)), false);
            a.await(asyncio.sleep(0.1));
            g.cancel("stop!");
            py.print("with a message:", awaitCancelled(a, g));
            Future c5 = asyncio.ensureFuture(child(5, 0.1));
            Future c6 = asyncio.ensureFuture(child(6, 0.3));
            g = asyncio.gather(List.of(c5, c6), false);
            loop.callLater(0.05, Callback.named("cancel", c5::cancel));
            String raised = awaitCancelled(a, g);
            py.print("child cancelled: outer raised", raised, "cancelled:", g.cancelled(), "c6 done:", c6.done());
            py.print("c6 goes on:", a.await(c6));
            Future c7 = asyncio.ensureFuture(child(7, 0.1));
            Future c8 = asyncio.ensureFuture(child(8, 0.2));
            loop.callLater(0.05, Callback.named("cancel", () -> c7.cancel("msg7")));
            py.print(a.await(asyncio.gather(List.of(c7, c8), true)));
            Future c9 = asyncio.ensureFuture(child(9, 0.1));
            Future c10 = asyncio.ensureFuture(child(10, 0.3));
            g = asyncio.gather(List.of(c10, c9), true);
            a.await(asyncio.sleep(0.2));
            g.cancel("msg");
            py.print("the error comes from the last child:", awaitCancelled(a, g));
            g = asyncio.gather(List.of(c9, c10), false);
            py.print("cancel after all done:", g.cancel(), g.done());
            py.print("empty:", a.await(asyncio.gather(List.of(), false)));
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("gather_cancel"));
    }

    @Test
    void aRepeatedArgumentIsAwaitedOnce() {
        py.run(py.coro("main", a -> {
            Coroutine c = py.coro("child", b -> {
                b.await(asyncio.sleep(0.1));
                py.print("child", 1, "in", asyncio.currentTask().getName());
                return 1;
            });
            Future t = asyncio.ensureFuture(py.coro("child", b -> {
                b.await(asyncio.sleep(0.2));
                py.print("child", 2, "in", asyncio.currentTask().getName());
                return 2;
            }));
            Coroutine third = py.coro("child", b -> {
                b.await(asyncio.sleep(0.3));
                py.print("child", 3, "in", asyncio.currentTask().getName());
                return 3;
            });
            py.print(a.await(asyncio.gather(List.of(c, t, c, t, third), false)));
            py.print(a.await(asyncio.gather(List.of(t, t), false)));
            py.print("tasks left:", asyncio.allTasks().size());
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("gather_repeated"));
    }

    @Test
    void theFirstFutureDecidesTheLoop() {
        py.run(py.coro("main", a -> {
            EventLoop other = py.engine().newEventLoop();
            Future f = other.createFuture();
            Future g = asyncio.gather(List.of(f), false);
            py.print("outer on the future loop:", g.loop() == other);
            try {
                asyncio.gather(List.of(asyncio.getRunningLoop().createFuture(), f), false);
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            other.close();
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("gather_loop"));
    }
}
