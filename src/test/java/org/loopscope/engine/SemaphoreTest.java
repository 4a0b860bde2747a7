package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.Transcript.expected;
import static org.loopscope.engine.support.Transcript.r;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;
import org.loopscope.engine.support.Transcript;

/** {@link Semaphore} and {@link BoundedSemaphore} against CPython: each test mirrors {@code NAME.py}. */
class SemaphoreTest {

    private final Engine engine = Engine.forJava();
    private final EngineHost host = engine.host();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();

    @Test
    void conformanceCaseSemaphoreLimit() {
        int[] activeAndPeak = {0, 0};
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Semaphore sem = new Semaphore(engine, 3);
            List<Object> fetches = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                int number = n;
                fetches.add(coroutines.async("fetch", inner -> {
                    inner.await(sem.aenter());
                    try {
                        activeAndPeak[0]++;
                        activeAndPeak[1] = Math.max(activeAndPeak[1], activeAndPeak[0]);
                        inner.await(asyncio.sleep(0.01));
                        activeAndPeak[0]--;
                        return number;
                    } finally {
                        inner.await(sem.aexit());
                    }
                }));
            }
            out.print(co.await(asyncio.gather(fetches, false)));
            out.print("peak concurrency", activeAndPeak[1]);
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "15_semaphore_limit"));
    }

    @Test
    void twoOfFiveWorkersRunAtOnce() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Semaphore sem = new Semaphore(engine, 2);
            out.print(r(sem), sem.locked());
            double t0 = asyncio.getRunningLoop().time();
            List<Object> workers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int number = i;
                workers.add(coroutines.async("worker", inner -> {
                    EventLoop loop = asyncio.getRunningLoop();
                    inner.await(sem.aenter());
                    try {
                        out.print("worker", number, "start", String.format("%.1f", loop.time() - t0), r(sem));
                        inner.await(asyncio.sleep(0.1 * (number % 3 + 1)));
                        out.print("worker", number, "end", String.format("%.1f", loop.time() - t0));
                    } finally {
                        inner.await(sem.aexit());
                    }
                    return number;
                }));
            }
            out.print(co.await(asyncio.gather(workers, false)), r(sem));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "semaphore_limit"));
        assertThat(engine.clock().now()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** semaphore_cancel.py's {@code worker}. */
    private Coroutine worker(Semaphore sem, String name) {
        return coroutines.async("worker", co -> {
            try {
                co.await(sem.acquire());
            } catch (RuntimeException e) {
                if (host.isCancelled(e)) {
                    out.print(name, "cancelled", r(sem));
                }
                throw e;
            }
            out.print(name, "acquired", r(sem));
            return null;
        });
    }

    @Test
    void aWaiterCancelledAfterItsWakeUpGivesTheUnitToTheNext() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Semaphore sem = new Semaphore(engine, 1);
            co.await(sem.acquire());
            Map<String, Task> tasks = new LinkedHashMap<>();
            for (String name : List.of("a", "b", "c", "d")) {
                tasks.put(name, asyncio.createTask(worker(sem, name), null));
            }
            co.await(asyncio.sleep(0));
            out.print(r(sem), sem.locked());
            tasks.get("a").cancel();
            co.await(asyncio.sleep(0));
            out.print("a cancelled while waiting", r(sem));
            sem.release();
            out.print("released", r(sem));
            tasks.get("b").cancel();
            co.await(asyncio.sleep(0));
            out.print("after b", r(sem));
            co.await(asyncio.sleep(0));
            out.print(r(sem), sem.locked());
            sem.release();
            sem.release();
            co.await(asyncio.gather(new ArrayList<>(tasks.values()), true));
            out.print("end", r(sem), sem.locked());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "semaphore_cancel"));
    }

    @Test
    void aWokenWaiterWakesTheNextWhenAUnitIsLeft() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Semaphore sem = new Semaphore(engine, 2);
            co.await(sem.acquire());
            co.await(sem.acquire());
            Task a = asyncio.createTask(worker(sem, "a"), null);
            co.await(asyncio.sleep(0));
            sem.release();
            sem.release();
            out.print("released twice", r(sem), sem.locked());
            co.await(sem.acquire());
            out.print("main acquired", r(sem), a.done());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "semaphore_chained_wakeup"));
    }

    @Test
    void boundedSemaphoreRefusesOverRelease() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            BoundedSemaphore sem = new BoundedSemaphore(engine, 2);
            out.print(r(sem));
            co.await(sem.aenter());
            co.await(sem.aenter());
            out.print("inside", r(sem), sem.locked());
            co.await(sem.aexit());
            out.print("one left", r(sem));
            co.await(sem.aexit());
            try {
                sem.release();
            } catch (PythonError e) {
                assertThat(host.isInstance(e, ErrorType.VALUE_ERROR)).isTrue();
                out.print("ValueError:", e);
            }
            out.print(r(sem));
            Semaphore plain = new Semaphore(engine, 0);
            plain.release();
            plain.release();
            out.print("plain semaphore grows", r(plain));
            for (boolean bounded : new boolean[] {false, true}) {
                try {
                    Object made = bounded ? new BoundedSemaphore(engine, -1) : new Semaphore(engine, -1);
                    out.print("made", made);
                } catch (PythonError e) {
                    assertThat(host.isInstance(e, ErrorType.VALUE_ERROR)).isTrue();
                    out.print("ValueError:", e);
                }
            }
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "bounded_semaphore"));
    }

    /**
     * Checked against CPython:
     * <pre>
     * sem = asyncio.BoundedSemaphore(1); await sem.acquire()
     * w = asyncio.create_task(sem.acquire()); await asyncio.sleep(0); sem.release()
     * print(await w, sem._value)      # True 0
     * </pre>
     */
    @Test
    void aBlockedAcquireWaitsOnAWaiterNamingTheSemaphore() {
        List<Object> seen = new ArrayList<>();
        coroutines.run(asyncio, coroutines.async("main", co -> {
            BoundedSemaphore sem = new BoundedSemaphore(engine, 1);
            co.await(sem.acquire());
            Task waiter = asyncio.createTask(sem.acquire(), null);
            co.await(asyncio.sleep(0));
            WaiterFuture fut = (WaiterFuture) waiter.waitingOn();
            seen.add(fut.owner() == sem);
            seen.add(fut.owner().kind());
            seen.add(fut.operation());
            sem.release();
            seen.add(co.await(waiter));
            seen.add(sem.value());
            return null;
        }));
        assertThat(seen).containsExactly(true, "BoundedSemaphore", "Semaphore.acquire", true, 0);
    }
}
