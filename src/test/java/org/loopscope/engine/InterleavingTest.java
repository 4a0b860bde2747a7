package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;
import org.loopscope.engine.support.Transcript;

/**
 * Callbacks, timers, task steps, future wake-ups, gather and cancellation interleaved in one program: the order
 * of the log is decided by how many loop iterations each operation takes, so it must be CPython's to the line.
 */
class InterleavingTest {

    private final Py py = Py.forJava();
    private final Asyncio asyncio = py.asyncio();
    private final List<String> log = new ArrayList<>();

    /**
     * <pre>
     * async def child(name, delay, fail=False):
     *     log.append(f'{name} start'); await asyncio.sleep(delay); log.append(f'{name} after sleep')
     *     if fail: raise ValueError(name)
     *     return name
     * async def waiter(fut):
     *     log.append('waiter waits'); r = await fut; log.append(f'waiter got {r}'); return r
     * async def main():
     *     loop = asyncio.get_running_loop(); fut = loop.create_future()
     *     loop.call_soon(log.append, 'cb1'); w = asyncio.create_task(waiter(fut)); loop.call_soon(log.append, 'cb2')
     *     g = asyncio.gather(child('a', 0), child('b', 0.1), child('c', 0, True), return_exceptions=True)
     *     loop.call_later(0, log.append, 'later0'); loop.call_soon(fut.set_result, 'F')
     *     log.append('main before await'); res = await g; log.append(f'gather {res}')
     *     t = asyncio.create_task(child('d', 1)); await asyncio.sleep(0); t.cancel()
     *     loop.call_soon(log.append, 'after cancel')
     *     try: await t
     *     except asyncio.CancelledError: log.append('d cancelled')
     *     log.append(f'w done {w.done()}'); await w
     * </pre>
     */
    @Test
    void aMixedProgramRunsInCPythonsOrder() {
        asyncio.run(py.coro("main", c -> c
                .let("fut", v -> py.loop().createFuture())
                .exec(() -> py.loop().callSoon(append("cb1")))
                .let("w", v -> asyncio.createTask(waiter(v.get("fut")), null))
                .exec(() -> py.loop().callSoon(append("cb2")))
                .let("g", v -> asyncio.gather(List.of(child("a", 0, false), child("b", 0.1, false),
                        child("c", 0, true)), true))
                .exec(() -> py.loop().callLater(0, append("later0")))
                .exec(v -> py.loop().callSoon(() -> v.<Future>get("fut").setResult("F")))
                .exec(() -> log.add("main before await"))
                .await(v -> v.get("g"))
                .exec(v -> log.add("gather " + Transcript.str(v.last())))
                .let("t", v -> asyncio.createTask(child("d", 1, false), null))
                .await(() -> asyncio.sleep(0))
                .exec(v -> v.<Task>get("t").cancel())
                .exec(() -> py.loop().callSoon(append("after cancel")))
                .try_(t -> t.await(v -> v.get("t")))
                .except("CancelledError", h -> h.exec(() -> log.add("d cancelled")))
                .exec(v -> log.add("w done " + Transcript.str(v.<Task>get("w").done())))
                .await(v -> v.get("w"))));
        assertThat(log).containsExactly("main before await", "cb1", "waiter waits", "cb2", "a start", "b start",
                "c start", "later0", "a after sleep", "c after sleep", "waiter got F", "b after sleep",
                "gather ['a', 'b', ValueError('c')]", "d start", "after cancel", "d cancelled", "w done True");
    }

    /**
     * Nested coroutines take no extra iterations, awaiting a task does; a failing child ends gather at once while
     * the others go on.
     * <pre>
     * async def leaf(name, n):
     *     for i in range(n): log.append(f'{name} {i}'); await asyncio.sleep(0)
     *     if name == 'boom': raise KeyError(name)
     *     return name
     * async def middle(name, n): r = await leaf(name, n); log.append(f'middle got {r}'); return r
     * async def main():
     *     t1 = asyncio.create_task(middle('x', 2)); t1.add_done_callback(lambda f: log.append(f'cb t1 {f.result()}'))
     *     t2 = asyncio.create_task(leaf('boom', 1)); t3 = asyncio.create_task(leaf('y', 3))
     *     try: await asyncio.gather(t1, t2, t3)
     *     except KeyError as e: log.append(f'gather raised {e!r}')
     *     log.append(f'states {t1.done()} {t2.done()} {t3.done()}')
     *     r = await t3; log.append(f't3 {r}')
     *     loop.call_soon(log.append, 'soon'); log.append(f'direct {await middle("z", 0)}')
     *     await asyncio.sleep(0); log.append('end')
     * </pre>
     */
    @Test
    void nestedCoroutinesTasksAndAFailingGather() {
        asyncio.run(py.coro("main", c -> c
                .let("t1", v -> asyncio.createTask(middle("x", 2), null))
                .exec(v -> v.<Task>get("t1").addDoneCallback(f -> log.add("cb t1 " + f.result())))
                .let("t2", v -> asyncio.createTask(leaf("boom", 1), null))
                .let("t3", v -> asyncio.createTask(leaf("y", 3), null))
                .try_(t -> t.await(v -> asyncio.gather(List.of(v.get("t1"), v.get("t2"), v.get("t3")), false)))
                .except("KeyError", h -> h.exec(v -> log.add("gather raised " + Transcript.repr(v.exc()))))
                .exec(v -> log.add(Transcript.line("states", v.<Task>get("t1").done(), v.<Task>get("t2").done(),
                        v.<Task>get("t3").done())))
                .await(v -> v.get("t3"))
                .exec(v -> log.add("t3 " + v.last()))
                .exec(() -> py.loop().callSoon(append("soon")))
                .await(() -> middle("z", 0))
                .exec(v -> log.add("direct " + v.last()))
                .await(() -> asyncio.sleep(0))
                .exec(() -> log.add("end"))));
        assertThat(log).containsExactly("x 0", "boom 0", "y 0", "x 1", "y 1", "middle got x", "y 2", "cb t1 x",
                "gather raised KeyError('boom')", "states True True False", "t3 y", "middle got z", "direct z",
                "soon", "end");
    }

    private PyCoroutine leaf(String name, int n) {
        return py.coro("leaf", c -> c
                .forRange("i", n, l -> l
                        .exec(v -> log.add(name + " " + v.get("i")))
                        .await(() -> asyncio.sleep(0)))
                .if_(() -> name.equals("boom"), r -> r.raise(() -> new PythonError("KeyError", name)))
                .returns(name));
    }

    private PyCoroutine middle(String name, int n) {
        return py.coro("middle", c -> c
                .await("r", () -> leaf(name, n))
                .exec(v -> log.add("middle got " + v.get("r")))
                .returns(v -> v.get("r")));
    }

    private Callback append(String what) {
        return () -> log.add(what);
    }

    private PyCoroutine child(String name, double delay, boolean fail) {
        return py.coro("child", c -> c
                .exec(() -> log.add(name + " start"))
                .await(() -> asyncio.sleep(delay))
                .exec(() -> log.add(name + " after sleep"))
                .if_(() -> fail, r -> r.raise(() -> new PythonError("ValueError", name)))
                .returns(name));
    }

    private PyCoroutine waiter(Future fut) {
        return py.coro("waiter", c -> c
                .exec(() -> log.add("waiter waits"))
                .await("r", () -> fut)
                .exec(v -> log.add("waiter got " + v.get("r")))
                .returns(v -> v.get("r")));
    }
}
