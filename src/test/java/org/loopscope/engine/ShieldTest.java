package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;

/** {@code asyncio.shield}, against what CPython printed for {@code shield.py} in the test resources. */
class ShieldTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    private Coroutine precious(String name) {
        return py.coro("precious", a -> {
            py.print(name, "starts");
            a.await(asyncio.sleep(0.2));
            py.print(name, "finishes at", py.now());
            return "treasure " + name;
        });
    }

    private Coroutine boom() {
        return py.coro("boom", a -> {
            a.await(asyncio.sleep(0.1));
            throw new PythonError("ValueError", "boom");
        });
    }

    @Test
    void theInnerTaskSurvivesTheOuterCancellation() {
        py.run(py.coro("main", a -> {
            py.setT0(asyncio.getRunningLoop().time());
            Future inner = asyncio.ensureFuture(precious("one"));
            Future w = asyncio.ensureFuture(py.coro("waiter", b -> {
                try {
                    return b.await(combinators.shield(inner));
                } catch (RuntimeException e) {
                    if (py.cancelled(e)) {
                        py.print("waiter cancelled at", py.now(), "- inner done?", inner.done());
                    }
                    throw e;
                }
            }));
            a.await(asyncio.sleep(0.1));
            w.cancel();
            try {
                a.await(w);
            } catch (RuntimeException e) {
                if (!py.cancelled(e)) {
                    throw e;
                }
                py.print("w cancelled:", w.cancelled());
            }
            py.print("inner result", a.await(inner), "at", py.now());
            Future s = combinators.shield(precious("two"));
            py.print("shield made", s);
            py.print(a.await(s));
            Future inner3 = asyncio.ensureFuture(precious("three"));
            Future outer3 = combinators.shield(inner3);
            a.await(asyncio.sleep(0));
            inner3.cancel();
            try {
                a.await(outer3);
            } catch (RuntimeException e) {
                if (!py.cancelled(e)) {
                    throw e;
                }
                py.print("outer cancelled too:", outer3.cancelled());
            }
            py.print("a done future is its own shield:", combinators.shield(inner) == inner);
            Future failing = asyncio.ensureFuture(asyncio.sleep(0.1));
            Future outer4 = combinators.shield(failing);
            outer4.cancel();
            py.print("outer4", outer4);
            a.await(asyncio.sleep(0.2));
            py.print("failing still finished:", failing.done(), failing.cancelled());
            try {
                a.await(combinators.shield(boom()));
            } catch (PythonError e) {
                py.print("the error passes through:", py.repr(e), "at", py.now());
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("shield"));
    }

    /**
     * Whether the inner exception counts as retrieved, as CPython's exception handler reports when the inner task
     * is collected ("Task exception was never retrieved" for the first case only):
     * <pre>
     * inner = asyncio.ensure_future(boom(0.1)); outer = asyncio.shield(inner); outer.cancel()
     * await asyncio.sleep(0.2)            # _outer_done_callback removed _inner_done_callback: never retrieved
     * inner = asyncio.ensure_future(boom(0)); outer = asyncio.shield(inner); loop.call_soon(outer.cancel)
     * await asyncio.sleep(0); await asyncio.sleep(0)   # _inner_done_callback saw outer cancelled: retrieved
     * </pre>
     */
    @Test
    void aCancelledShieldMarksTheInnerExceptionRetrievedOnlyIfTheInnerFinishedFirst() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            Future first = asyncio.ensureFuture(boom());
            combinators.shield(first).cancel();
            a.await(asyncio.sleep(0.2));
            Future second = asyncio.ensureFuture(py.coro("boom", b -> {
                throw new PythonError("ValueError", "boom");
            }));
            Future outer = combinators.shield(second);
            loop.callSoon(Callback.named("cancel", outer::cancel));
            a.await(asyncio.sleep(0));
            a.await(asyncio.sleep(0));
            py.print(second.done(), outer.cancelled(), loop.unretrievedFutures().contains(first),
                    loop.unretrievedFutures().contains(second));
            return null;
        }));
        assertThat(py.out()).containsExactly("True True True False");
    }
}
