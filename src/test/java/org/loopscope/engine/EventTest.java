package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.Transcript.expected;
import static org.loopscope.engine.support.Transcript.r;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;
import org.loopscope.engine.support.Transcript;

/** {@link Event} against CPython: the test mirrors {@code event_set_clear.py} and expects its output. */
class EventTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();

    private Coroutine waiter(Event ev, String name) {
        return coroutines.async("waiter", co -> {
            out.print(name, "waits");
            Object result = co.await(ev.waitSet());
            out.print(name, "woke", result, ev.isSet());
            return null;
        });
    }

    @Test
    void setWakesEveryWaiterEvenIfClearedBeforeTheyRun() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Event ev = new Event(engine);
            out.print(r(ev), ev.isSet());
            List<Object> tasks = new ArrayList<>();
            for (String name : List.of("a", "b", "c")) {
                tasks.add(asyncio.createTask(waiter(ev, name), null));
            }
            co.await(asyncio.sleep(0));
            out.print(r(ev));
            ev.set();
            out.print("set", r(ev));
            ev.clear();
            out.print("cleared", r(ev));
            co.await(asyncio.sleep(0));
            out.print(r(ev));
            co.await(asyncio.gather(tasks, false));
            Task late = asyncio.createTask(waiter(ev, "late"), null);
            co.await(asyncio.sleep(0.1));
            out.print("late done", late.done());
            ev.set();
            ev.set();
            out.print("wait on set event", co.await(ev.waitSet()));
            co.await(late);
            ev.clear();
            Task doomed = asyncio.createTask(waiter(ev, "doomed"), null);
            co.await(asyncio.sleep(0));
            out.print(r(ev));
            doomed.cancel();
            co.await(asyncio.gather(List.of(doomed), true));
            out.print("cancelled", doomed.cancelled(), r(ev));
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "event_set_clear"));
    }

    /**
     * Checked against CPython: {@code t = create_task(ev.wait()); await sleep(0); ev.set(); print(await t)}
     * prints True.
     */
    @Test
    void waitingBindsTheEventAndTheWaiterNamesIt() {
        Event ev = new Event(engine);
        List<Object> seen = new ArrayList<>();
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Task waiter = asyncio.createTask(ev.waitSet(), null);
            co.await(asyncio.sleep(0));
            WaiterFuture fut = (WaiterFuture) waiter.waitingOn();
            seen.add(fut.owner() == ev);
            seen.add(fut.operation());
            seen.add(ev.boundLoop() == asyncio.getRunningLoop());
            ev.set();
            seen.add(co.await(waiter));
            return null;
        }));
        assertThat(seen).containsExactly(true, "Event.wait", true, true);
    }
}
