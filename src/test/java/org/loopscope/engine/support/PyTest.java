package org.loopscope.engine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.PythonError;

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

    @Test
    void elseFollowsIf() {
        asyncio.run(py.coro("f", c -> c
                .forEach("x", v -> List.of(1, 2), l -> l
                        .if_(v -> v.integer("x") == 1, t -> t.print("one"))
                        .else_(e -> e.print("not one")))));
        assertThat(py.lines()).containsExactly("one", "not one");
    }
}
