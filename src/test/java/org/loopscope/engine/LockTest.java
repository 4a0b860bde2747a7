package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.Transcript.expected;
import static org.loopscope.engine.support.Transcript.r;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;
import org.loopscope.engine.support.Transcript;

/** {@link Lock} against CPython: each test mirrors {@code NAME.py} in the test resources and expects its output. */
class LockTest {

    private final Engine engine = Engine.forJava();
    private final EngineHost host = engine.host();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();

    /** lock_fairness.py: {@code worker} waits in {@code async with lock}, reports cancellation and re-raises. */
    private Coroutine worker(Lock lock, String name) {
        return coroutines.async("worker", co -> {
            out.print(name, "wants the lock");
            try {
                co.await(lock.aenter());
                try {
                    out.print(name, "acquired", r(lock));
                    co.await(asyncio.sleep(0));
                    out.print(name, "releases");
                } finally {
                    co.await(lock.aexit());
                }
            } catch (RuntimeException e) {
                if (host.isCancelled(e)) {
                    out.print(name, "cancelled while waiting", r(lock));
                }
                throw e;
            }
            return null;
        });
    }

    @Test
    void waitersAreServedInOrderAndACancelledOneIsSkipped() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Lock lock = new Lock(engine);
            out.print(r(lock));
            out.print("acquire returns", co.await(lock.acquire()));
            out.print("main acquired", r(lock));
            List<Task> tasks = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                tasks.add(asyncio.createTask(worker(lock, "w" + i), null));
            }
            co.await(asyncio.sleep(0));
            out.print(r(lock));
            tasks.get(1).cancel();
            co.await(asyncio.sleep(0));
            out.print("after cancel", r(lock), tasks.get(1).cancelled());
            lock.release();
            out.print("main released", r(lock));
            Task late = asyncio.createTask(worker(lock, "late"), null);
            List<Object> all = new ArrayList<>(tasks);
            all.add(late);
            co.await(asyncio.gather(all, true));
            out.print("end", r(lock), tasks.stream().map(Task::cancelled).toList());
            try {
                lock.release();
            } catch (PythonError e) {
                assertThat(host.isInstance(e, ErrorType.RUNTIME_ERROR)).isTrue();
                out.print("RuntimeError:", e);
            }
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "lock_fairness"));
    }

    @Test
    void aWaiterCancelledAfterItsWakeUpPassesItOn() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Lock lock = new Lock(engine);
            co.await(lock.acquire());
            Task a = asyncio.createTask(acquireAndRelease(lock, "a"), null);
            Task b = asyncio.createTask(acquireAndRelease(lock, "b"), null);
            co.await(asyncio.sleep(0));
            lock.release();
            out.print("released", r(lock));
            a.cancel();
            out.print("a cancelling", a.cancelling(), r(lock));
            co.await(asyncio.gather(List.of(a, b), true));
            out.print("end", a.cancelled(), b.done(), r(lock));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "lock_cancel_woken"));
    }

    /** lock_cancel_woken.py's {@code worker}. */
    private Coroutine acquireAndRelease(Lock lock, String name) {
        return coroutines.async("worker", co -> {
            try {
                co.await(lock.acquire());
            } catch (RuntimeException e) {
                if (host.isCancelled(e)) {
                    out.print(name, "cancelled", r(lock));
                }
                throw e;
            }
            out.print(name, "acquired", r(lock));
            lock.release();
            return null;
        });
    }

    @Test
    void nobodyTakesTheLockBeforeTheWokenWaiterRuns() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Lock lock = new Lock(engine);
            co.await(lock.acquire());
            Task w = asyncio.createTask(coroutines.async("worker", inner -> {
                inner.await(lock.acquire());
                out.print("worker acquired", r(lock));
                inner.await(asyncio.sleep(0));
                out.print("worker releases");
                lock.release();
                return null;
            }), null);
            co.await(asyncio.sleep(0));
            lock.release();
            out.print("released", r(lock), lock.locked());
            co.await(lock.acquire());
            out.print("main acquired again", r(lock), w.done());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "lock_no_barging"));
    }

    @Test
    void aLockIsBoundToTheFirstLoopThatMadeItWait() {
        Lock lock = new Lock(engine);
        coroutines.run(asyncio, coroutines.async("first", co -> {
            co.await(lock.acquire());
            Task waiter = asyncio.createTask(lock.acquire(), null);
            co.await(asyncio.sleep(0));
            lock.release();
            out.print("first run", co.await(waiter), r(lock));
            lock.release();
            return null;
        }));
        EventLoop first = lock.boundLoop();
        coroutines.run(asyncio, coroutines.async("second", co -> {
            out.print("uncontended", co.await(lock.acquire()));
            try {
                co.await(lock.acquire());
            } catch (PythonError e) {
                assertThat(host.isInstance(e, ErrorType.RUNTIME_ERROR)).isTrue();
                out.print("RuntimeError:", Transcript.str(e).replaceAll("0x[0-9a-f]+", "0x?"));
            }
            out.print(r(lock));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "lock_other_loop"));
        assertThat(first).isNotNull().isSameAs(lock.boundLoop()).isNotSameAs(engine.loops().get(1));
    }

    @Test
    void reprShowsAStableCPythonShapedAddress() {
        Lock lock = new Lock(engine);
        Lock other = new Lock(engine);
        assertThat(lock.toString()).matches("<asyncio\\.locks\\.Lock object at 0x7f[0-9a-f]{10} \\[unlocked]>")
                .isEqualTo(lock.toString()).isNotEqualTo(other.toString());
        assertThat(lock.address()).isNotEqualTo(other.address());
    }

    /**
     * The waiter is a plain pending future, as in CPython ({@code print(task._fut_waiter)} after
     * {@code lock.acquire(); task = create_task(lock.acquire()); sleep(0)} gives
     * {@code <Future pending cb=[Task.task_wakeup()]>}); it also names the lock and the operation.
     */
    @Test
    void aBlockedTaskWaitsOnAWaiterFutureNamingTheLock() {
        List<Object> seen = new ArrayList<>();
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Lock lock = new Lock(engine);
            co.await(lock.acquire());
            Task waiter = asyncio.createTask(lock.acquire(), null);
            co.await(asyncio.sleep(0));
            WaiterFuture fut = (WaiterFuture) waiter.waitingOn();
            seen.add(fut.owner());
            seen.add(fut.owner().kind());
            seen.add(fut.operation());
            seen.add(fut.toString());
            seen.add(lock.waiters());
            lock.release();
            co.await(waiter);
            seen.add(lock);
            return null;
        }));
        assertThat(seen.get(0)).isSameAs(seen.get(5));
        assertThat(seen.subList(1, 4))
                .containsExactly("Lock", "Lock.acquire", "<Future pending cb=[Task.task_wakeup()]>");
        assertThat((List<?>) seen.get(4)).hasSize(1);
    }
}
