package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.Transcript.expected;
import static org.loopscope.engine.support.Transcript.r;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;
import org.loopscope.engine.support.Transcript;

/** {@link Condition} against CPython: each test mirrors {@code NAME.py} in the test resources. */
class ConditionTest {

    private final Engine engine = Engine.forJava();
    private final EngineHost host = engine.host();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();

    /** condition_notify.py's {@code consumer}. */
    private Coroutine consumer(Condition cond, String name) {
        return coroutines.async("consumer", co -> {
            co.await(cond.aenter());
            try {
                out.print(name, "waits");
                Object result = co.await(cond.waitNotified());
                out.print(name, "notified", result, r(cond));
                co.await(asyncio.sleep(0));
                out.print(name, "leaves");
            } finally {
                co.await(cond.aexit());
            }
            return null;
        });
    }

    @Test
    void notifyWakesWaitersInOrderAndEachReturnsHoldingTheLock() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Condition cond = new Condition(engine);
            out.print(r(cond));
            try {
                cond.notifyWaiters(1);
            } catch (PythonError e) {
                out.print("RuntimeError:", e);
            }
            try {
                co.await(cond.waitNotified());
            } catch (PythonError e) {
                out.print("RuntimeError:", e);
            }
            List<Object> tasks = new ArrayList<>();
            for (String name : List.of("a", "b", "c", "d", "e")) {
                tasks.add(asyncio.createTask(consumer(cond, name), null));
            }
            co.await(asyncio.sleep(0));
            out.print(r(cond));
            co.await(cond.aenter());
            cond.notifyWaiters(1);
            out.print("notify(1)", r(cond));
            co.await(cond.aexit());
            co.await(asyncio.sleep(0));
            out.print("after one iteration", r(cond));
            co.await(cond.aenter());
            cond.notifyWaiters(2);
            out.print("notify(2)", r(cond));
            co.await(cond.aexit());
            for (int i = 0; i < 3; i++) {
                co.await(asyncio.sleep(0));
            }
            out.print(r(cond));
            co.await(cond.aenter());
            cond.notifyAllWaiters();
            out.print("notify_all", r(cond));
            co.await(cond.aexit());
            co.await(asyncio.gather(tasks, false));
            out.print("end", r(cond));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "condition_notify"));
    }

    @Test
    void waitForRechecksThePredicateAndReturnsItsLastValue() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Condition cond = new Condition(engine);
            int[] n = {0};
            Supplier<Object> predicate = () -> {
                out.print("predicate sees", n[0]);
                return n[0] >= 3 ? (Object) n[0] : Boolean.FALSE;
            };
            Task w = asyncio.createTask(coroutines.async("watcher", inner -> {
                inner.await(cond.aenter());
                try {
                    out.print("wait_for returned", inner.await(cond.waitFor(predicate, ConditionTest::truthy)));
                } finally {
                    inner.await(cond.aexit());
                }
                return null;
            }), null);
            for (int i = 1; i < 5; i++) {
                co.await(asyncio.sleep(0));
                co.await(cond.aenter());
                n[0] = i;
                out.print("n =", i);
                cond.notifyAllWaiters();
                co.await(cond.aexit());
            }
            co.await(w);
            co.await(cond.aenter());
            out.print("already true", co.await(cond.waitFor(() -> "yes", ConditionTest::truthy)));
            co.await(cond.aexit());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "condition_wait_for"));
    }

    /** Python's truth test for the values these programs use. */
    private static boolean truthy(Object value) {
        return !(value == null || Boolean.FALSE.equals(value) || Integer.valueOf(0).equals(value) || "".equals(value));
    }

    /** condition_cancel.py's {@code waiter}. */
    private Coroutine waiter(Condition cond, String name) {
        return coroutines.async("waiter", co -> {
            co.await(cond.aenter());
            try {
                co.await(cond.waitNotified());
                out.print(name, "notified");
            } catch (RuntimeException e) {
                if (host.isCancelled(e)) {
                    out.print(name, "cancelled, holds lock", cond.locked(), host.repr(e));
                }
                throw e;
            } finally {
                co.await(cond.aexit());
            }
            return null;
        });
    }

    @Test
    void aCancelledWaitReacquiresTheLockBeforeRaising() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Condition cond = new Condition(engine);
            Task t = asyncio.createTask(waiter(cond, "first"), null);
            co.await(asyncio.sleep(0));
            co.await(cond.acquire());
            t.cancel();
            co.await(asyncio.sleep(0));
            out.print("main holds lock, first done:", t.done(), r(cond));
            cond.release();
            co.await(asyncio.gather(List.of(t), true));
            out.print("first cancelled", t.cancelled(), r(cond));

            Task u = asyncio.createTask(waiter(cond, "second"), null);
            co.await(asyncio.sleep(0));
            co.await(cond.aenter());
            try {
                cond.notifyWaiters(1);
                co.await(asyncio.sleep(0));
                out.print("second re-acquiring", r(cond), r(cond.lock()));
                u.cancel("stop");
                co.await(asyncio.sleep(0));
                out.print("second still waiting for the lock", u.done(), r(cond.lock()));
            } finally {
                co.await(cond.aexit());
            }
            co.await(asyncio.gather(List.of(u), true));
            out.print("second cancelled", u.cancelled(), r(cond));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "condition_cancel"));
    }

    @Test
    void cancelledAgainWhileReacquiringRaisesABareCancelledError() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Condition cond = new Condition(engine);
            Task t = asyncio.createTask(coroutines.async("waiter", inner -> {
                inner.await(cond.aenter());
                try {
                    inner.await(cond.waitNotified());
                } catch (PythonError e) {
                    out.print("cancelled", host.repr(e), "context", host.repr(e.pyContext()), "holds lock",
                            cond.locked());
                    throw e;
                } finally {
                    inner.await(cond.aexit());
                }
                return null;
            }), null);
            co.await(asyncio.sleep(0));
            co.await(cond.acquire());
            t.cancel("one");
            co.await(asyncio.sleep(0));
            out.print("re-acquiring", t.done(), cond.lock().waiters().size());
            t.cancel("two");
            co.await(asyncio.sleep(0));
            out.print("still re-acquiring", t.done(), cond.lock().waiters().size());
            cond.release();
            co.await(asyncio.gather(List.of(t), true));
            out.print("end", t.cancelled(), cond.locked());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "condition_cancel_twice"));
    }

    /**
     * Checked against CPython:
     * <pre>
     * lock = asyncio.Lock(); cond = asyncio.Condition(lock)
     * await lock.acquire(); a = cond.locked()
     * waiter = asyncio.create_task(cond.wait()); await asyncio.sleep(0)
     * b = lock.locked()
     * await cond.acquire(); cond.notify_all(); cond.release()
     * print(a, b, await waiter, lock.locked())      # True False True True
     * </pre>
     */
    @Test
    void aConditionCanShareALockAndItsWaitersNameIt() {
        Lock lock = new Lock(engine);
        Condition cond = new Condition(engine, lock);
        List<Object> seen = new ArrayList<>();
        coroutines.run(asyncio, coroutines.async("main", co -> {
            co.await(lock.acquire());
            seen.add(cond.locked());
            Task waiter = asyncio.createTask(cond.waitNotified(), null);
            co.await(asyncio.sleep(0));
            WaiterFuture fut = (WaiterFuture) waiter.waitingOn();
            seen.add(fut.owner() == cond);
            seen.add(fut.operation());
            seen.add(lock.locked());
            co.await(cond.acquire());
            cond.notifyAllWaiters();
            cond.release();
            seen.add(co.await(waiter));
            seen.add(lock.locked());
            return null;
        }));
        assertThat(cond.lock()).isSameAs(lock);
        assertThat(seen).containsExactly(true, true, "Condition.wait", false, true, true);
    }
}
