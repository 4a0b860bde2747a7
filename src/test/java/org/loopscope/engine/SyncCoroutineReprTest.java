package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.Transcript.expected;
import static org.loopscope.engine.support.Transcript.r;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;
import org.loopscope.engine.support.Coroutines.Co;
import org.loopscope.engine.support.Transcript;

/**
 * The primitives' coroutines inside task reprs, as CPython shows them (not started, suspended at the line of
 * their await in locks.py/queues.py, done): mirrors {@code coroutine_reprs.py}.
 */
class SyncCoroutineReprTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();

    private Task show(Co co, Coroutine coro) {
        Task task = asyncio.createTask(coro, null);
        out.print(r(task));
        co.await(asyncio.sleep(0));
        out.print(r(task));
        return task;
    }

    @Test
    void tasksShowWherePrimitiveCoroutinesAreSuspended() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Lock lock = new Lock(engine);
            co.await(lock.acquire());
            Task tLock = show(co, lock.acquire());
            Task tEnter = show(co, lock.aenter());
            Event event = new Event(engine);
            Task tEvent = show(co, event.waitSet());
            Condition cond = new Condition(engine);
            Task tBad = show(co, cond.waitFor(() -> false));
            co.await(cond.acquire());
            Task tCond = show(co, cond.waitFor(() -> false));
            co.await(cond.acquire());
            Task tWait = show(co, cond.waitNotified());
            Semaphore sem = new Semaphore(engine, 0);
            Task tSem = show(co, sem.acquire());
            Queue q = new Queue(engine, 1);
            Task tGet = show(co, q.get());
            q.putNowait(1);
            Task tPut = show(co, q.put(2));
            Task tJoin = show(co, q.join());
            lock.release();
            event.set();
            sem.release();
            co.await(asyncio.sleep(0));
            for (Object shown : List.of(tLock, tEvent, tSem, tGet, q, tPut)) {
                out.print(r(shown));
            }
            tEnter.cancel();
            tJoin.cancel();
            co.await(asyncio.gather(List.of(tLock, tEvent, tSem, tGet, tPut, tBad, tEnter, tJoin), true));
            tWait.cancel();
            co.await(asyncio.gather(List.of(tWait), true));
            out.print(r(tWait), cond.locked());
            cond.release();
            tCond.cancel();
            co.await(asyncio.gather(List.of(tCond), true));
            out.print(r(tCond), cond.locked());
            out.print(r(tEnter));
            out.print(r(tJoin));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "coroutine_reprs"));
    }
}
