package org.loopscope.engine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Lock;
import org.loopscope.engine.PythonError;
import org.loopscope.engine.Queue;

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

    @Test
    void elseFollowsIf() {
        asyncio.run(py.coro("f", c -> c
                .forEach("x", v -> List.of(1, 2), l -> l
                        .if_(v -> v.integer("x") == 1, t -> t.print("one"))
                        .else_(e -> e.print("not one")))));
        assertThat(py.lines()).containsExactly("one", "not one");
    }
}
