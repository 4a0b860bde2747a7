package org.loopscope.engine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Lock;
import org.loopscope.engine.PythonError;
import org.loopscope.engine.Queue;
import org.loopscope.engine.TaskGroup;

/**
 * The DSL itself behaves as Python's statements do. Expected lines come from the Python programs in the comments
 * (run with python3 3.11).
 */
class PyTest {

    private final Py py = Py.forJava();
    private final Asyncio asyncio = py.asyncio();

    @Test
    void sequentialStepsAwaitAndReturn() {
        // async def worker(): print('start'); x = await asyncio.sleep(1, 'slept'); print('got', x); return 42
        Object result = asyncio.run(py.coro("worker", c -> c
                .print("start")
                .await("x", () -> asyncio.sleep(1, "slept"))
                .print("got", v -> v.get("x"))
                .returns(42)));
        assertThat(result).isEqualTo(42);
        assertThat(py.lines()).containsExactly("start", "got slept");
        assertThat(py.engine().clock().now()).isEqualTo(1.0);
    }

    @Test
    void exceptionsUnwindThroughExceptElseFinally() {
        // async def main():
        //     for i in range(3):
        //         try:
        //             await asyncio.sleep(0)
        //             if i == 1: raise ValueError(i)
        //             if i == 2: break
        //         except ValueError as e:
        //             print('caught', e)
        //         else:
        //             print('else', i)
        //         finally:
        //             print('finally', i)
        //     print('after loop')
        // prints: else 0, finally 0, caught 1, finally 1, finally 2, after loop
        asyncio.run(py.coro("main", c -> c
                .forRange("i", 3, body -> body
                        .try_(t -> t
                                .await(() -> asyncio.sleep(0))
                                .if_(v -> v.integer("i") == 1, r -> r.raise(() -> new PythonError("ValueError", 1)))
                                .if_(v -> v.integer("i") == 2, r -> r.break_()))
                        .except("ValueError", h -> h.print("caught", Vars::exc))
                        .else_(e -> e.print("else", v -> v.get("i")))
                        .finally_(f -> f.print("finally", v -> v.get("i"))))
                .print("after loop")));
        assertThat(py.lines()).containsExactly("else 0", "finally 0", "caught 1", "finally 1", "finally 2",
                "after loop");
    }

    @Test
    void bareRaiseReraisesAndFinallyRunsOnReturn() {
        // async def f():
        //     try:
        //         try:
        //             raise KeyError('k')
        //         except KeyError:
        //             print('inner'); raise
        //     except Exception as e:
        //         print('outer', repr(e))
        //     try:
        //         return 'r'
        //     finally:
        //         print('finally on return')
        Object result = asyncio.run(py.coro("f", c -> c
                .try_(t -> t
                        .try_(inner -> inner.raise(() -> new PythonError("KeyError", "k")))
                        .except("KeyError", h -> h.print("inner").reraise()))
                .except("Exception", h -> h.print("outer", v -> Transcript.repr(v.exc())))
                .try_(t -> t.returns("r"))
                .finally_(f -> f.print("finally on return"))));
        assertThat(result).isEqualTo("r");
        assertThat(py.lines()).containsExactly("inner", "outer KeyError('k')", "finally on return");
    }

    @Test
    void uncaughtErrorsLeaveTheCoroutine() {
        // while True: n += 1; if n == 3: continue; if n > 4: raise ZeroDivisionError('division by zero')
        assertThatThrownBy(() -> asyncio.run(py.coro("f", c -> c
                .let("n", v -> 0)
                .while_(v -> true, w -> w
                        .let("n", v -> v.integer("n") + 1)
                        .if_(v -> v.integer("n") == 3, r -> r.continue_())
                        .print("n", v -> v.get("n"))
                        .if_(v -> v.integer("n") > 4,
                                r -> r.raise(() -> new PythonError("ZeroDivisionError", "division by zero")))))))
                .isInstanceOf(PythonError.class).hasMessageContaining("ZeroDivisionError");
        assertThat(py.lines()).containsExactly("n 1", "n 2", "n 4", "n 5");
    }

    /**
     * The DSL drives the engine's locks and queues ({@code async with}, {@code await q.get()}).
     * <pre>
     * async def worker(name, lock, q):
     *     while True:
     *         item = await q.get()
     *         if item is None:
     *             q.task_done(); break
     *         try:
     *             async with lock:
     *                 print(name, 'got', item); await asyncio.sleep(0.01)
     *                 if item == 2: raise ValueError(item)
     *                 print(name, 'done', item)
     *         except ValueError as e:
     *             print(name, 'failed', e, 'locked', lock.locked())
     *         q.task_done()
     * async def main():
     *     lock = asyncio.Lock(); q = asyncio.Queue()
     *     for i in range(4): q.put_nowait(i)
     *     q.put_nowait(None); q.put_nowait(None)
     *     await asyncio.gather(worker('a', lock, q), worker('b', lock, q))
     *     await q.join(); print('empty', q.empty(), 'locked', lock.locked())
     * </pre>
     */
    @Test
    void asyncWithAndQueuesOfTheEngine() {
        Lock lock = new Lock(py.engine());
        Queue q = new Queue(py.engine());
        asyncio.run(py.coro("main", c -> c
                .exec(() -> {
                    Py.range(4).forEach(q::putNowait);
                    q.putNowait(null);
                    q.putNowait(null);
                })
                .await(() -> asyncio.gather(List.of(worker("a", lock, q), worker("b", lock, q)), false))
                .await(q::join)
                .print(() -> Transcript.line("empty", q.empty(), "locked", lock.locked()))));
        assertThat(py.lines()).containsExactly("a got 0", "a done 0", "b got 1", "b done 1", "a got 2",
                "a failed 2 locked False", "b got 3", "b done 3", "empty True locked False");
    }

    private PyCoroutine worker(String name, Lock lock, Queue q) {
        return py.coro("worker", c -> c.while_(v -> true, w -> w
                .await("item", q::get)
                .if_(v -> v.get("item") == null, stop -> stop.exec(q::taskDone).break_())
                .try_(t -> t.asyncWith(() -> lock, body -> body
                        .print(v -> Transcript.line(name, "got", v.get("item")))
                        .await(() -> asyncio.sleep(0.01))
                        .if_(v -> v.integer("item") == 2,
                                r -> r.raise(v -> new PythonError("ValueError", v.value("item"))))
                        .print(v -> Transcript.line(name, "done", v.get("item")))))
                .except("ValueError", h -> h.print(v -> Transcript.line(name, "failed", v.exc(), "locked",
                        lock.locked())))
                .exec(q::taskDone)));
    }

    /**
     * The DSL drives the combinators: {@code async with TaskGroup()}, {@code async with timeout()},
     * {@code wait_for}.
     * <pre>
     * async def job(name, delay, fail=False):
     *     try:
     *         await asyncio.sleep(delay)
     *         if fail: raise ValueError(name)
     *         print(name, 'done'); return name
     *     except asyncio.CancelledError:
     *         print(name, 'cancelled'); raise
     * async def main():
     *     try:
     *         async with asyncio.TaskGroup() as tg:
     *             tg.create_task(job('a', 0.1)); tg.create_task(job('b', 0.2, fail=True))
     *             tg.create_task(job('c', 0.3)); print('body done')
     *     except ExceptionGroup as eg:
     *         print('group', eg.args[0], [repr(e) for e in eg.exceptions])
     *     try:
     *         async with asyncio.timeout(0.05): await job('slow', 1)
     *     except TimeoutError:
     *         print('timed out at', round(loop.time() - t0, 2))
     *     try:
     *         print(await asyncio.wait_for(job('quick', 0.01), timeout=1))
     *         await asyncio.wait_for(job('late', 1), timeout=0.1)
     *     except TimeoutError:
     *         print('wait_for timed out at', round(loop.time() - t0, 2))
     * </pre>
     */
    @Test
    void asyncWithTaskGroupTimeoutAndWaitFor() {
        asyncio.run(py.coro("main", c -> c
                .try_(t -> t.asyncWith("tg", asyncio::taskGroup, body -> body
                        .exec(v -> v.<TaskGroup>get("tg").createTask(job("a", 0.1, false), null))
                        .exec(v -> v.<TaskGroup>get("tg").createTask(job("b", 0.2, true), null))
                        .exec(v -> v.<TaskGroup>get("tg").createTask(job("c", 0.3, false), null))
                        .print("body done")))
                .except("ExceptionGroup", h -> h.print(v -> Transcript.line("group", args(v.exc()).get(0),
                        ((List<?>) args(v.exc()).get(1)).stream().map(Transcript::repr).toList())))
                .try_(t -> t.asyncWith(() -> asyncio.timeout(0.05), body -> body.await(() -> job("slow", 1, false))))
                .except("TimeoutError", h -> h.print("timed out at", v -> round2(py.loop().time())))
                .try_(t -> t
                        .await(() -> asyncio.waitFor(job("quick", 0.01, false), 1.0))
                        .print(v -> v.last())
                        .await(() -> asyncio.waitFor(job("late", 1, false), 0.1)))
                .except("TimeoutError", h -> h.print("wait_for timed out at", v -> round2(py.loop().time())))));
        assertThat(py.lines()).containsExactly("body done", "a done", "c cancelled",
                "group unhandled errors in a TaskGroup [\"ValueError('b')\"]", "slow cancelled", "timed out at 0.25",
                "quick done", "quick", "late cancelled", "wait_for timed out at 0.36");
    }

    private PyCoroutine job(String name, double delay, boolean fail) {
        return py.coro("job", c -> c
                .try_(t -> t
                        .await(() -> asyncio.sleep(delay))
                        .if_(() -> fail, r -> r.raise(() -> new PythonError("ValueError", name)))
                        .print(name + " done")
                        .returns(name))
                .except("CancelledError", h -> h.print(name + " cancelled").reraise()));
    }

    private static List<Object> args(RuntimeException error) {
        return ((PythonError) error).args();
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    @Test
    void elseFollowsIf() {
        asyncio.run(py.coro("f", c -> c
                .forEach("x", v -> List.of(1, 2), l -> l
                        .if_(v -> v.integer("x") == 1, t -> t.print("one"))
                        .else_(e -> e.print("not one")))));
        assertThat(py.lines()).containsExactly("one", "not one");
    }
}
