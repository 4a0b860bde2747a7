package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.EventLoopApiTest.assertError;
import static org.loopscope.engine.EventLoopApiTest.assertRaises;

import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.Transcript;

/**
 * {@code asyncio.Future} as CPython's C implementation: states, messages, cancellation, done callbacks and repr.
 * Expected values come from this program (run with python3 3.11):
 * <pre>
 * f = loop.create_future(); print(repr(f))               # &lt;Future pending&gt;
 * f.result()      # InvalidStateError: Result is not set.
 * f.exception()   # InvalidStateError: Exception is not set.
 * f.set_result(1); f.set_result(2)                       # InvalidStateError: invalid state
 * f.set_exception(ValueError())                          # InvalidStateError: invalid state
 * print(repr(f), f.exception(), f.cancel())              # &lt;Future finished result=1&gt; None False
 * g.set_exception(StopIteration('x'))   # TypeError: StopIteration interacts badly with generators and cannot
 *                                       #            be raised into a Future  (g stays pending)
 * g.set_exception(ValueError('bad')); print(repr(g))     # &lt;Future finished exception=ValueError('bad')&gt;
 * c.cancel('why'), c.cancel('again'), c.cancelled(), c.done()   # True False True True
 * c.result()      # CancelledError('why'), args ('why',); c.exception() likewise
 * d.cancel(); d.result()                                 # CancelledError(), args ()
 * h.add_done_callback(cb1); (cb2); (cb1)   # &lt;Future pending cb=[cb1(), &lt;1 more&gt;, cb1()]&gt;
 * h.remove_done_callback(cb1), h.remove_done_callback(cb1)    # 2 0
 * </pre>
 */
class FutureTest {

    private final Py py = Py.forJava();
    private final EventLoop loop = py.engine().newEventLoop();
    private final Future fut = loop.createFuture();

    @Test
    void pendingFutureHasNoResultNorException() {
        assertThat(fut).hasToString("<Future pending>");
        assertThat(fut.state()).isEqualTo(Future.State.PENDING);
        assertThat(fut.done()).isFalse();
        assertError(fut::result, "InvalidStateError", "Result is not set.");
        assertError(fut::exception, "InvalidStateError", "Exception is not set.");
    }

    @Test
    void aFutureIsSetOnlyOnce() {
        fut.setResult(1);
        assertError(() -> fut.setResult(2), "InvalidStateError", "invalid state");
        assertError(() -> fut.setException(new PythonError("ValueError")), "InvalidStateError", "invalid state");
        assertThat(fut).hasToString("<Future finished result=1>");
        assertThat(fut.exception()).isNull();
        assertThat(fut.cancel()).isFalse();
        assertThat(fut.result()).isEqualTo(1);
        assertThat(fut.state()).isEqualTo(Future.State.FINISHED);
    }

    @Test
    void stopIterationIsRefused() {
        assertError(() -> fut.setException(new PythonError("StopIteration", "x")), "TypeError",
                "StopIteration interacts badly with generators and cannot be raised into a Future");
        assertThat(fut.done()).isFalse();
        fut.setException(new PythonError("ValueError", "bad"));
        assertThat(fut).hasToString("<Future finished exception=ValueError('bad')>");
        assertRaises(fut::result, "ValueError", e -> assertThat(e.args()).containsExactly("bad"));
    }

    @Test
    void cancelWithAMessage() {
        assertThat(fut.cancel("why")).isTrue();
        assertThat(fut.cancel("again")).isFalse();
        assertThat(fut.cancelled()).isTrue();
        assertThat(fut.done()).isTrue();
        assertThat(fut.state()).isEqualTo(Future.State.CANCELLED);
        assertThat(fut).hasToString("<Future cancelled>");
        assertRaises(fut::result, "CancelledError", e -> assertThat(e.args()).containsExactly("why"));
        assertRaises(fut::exception, "CancelledError", e -> assertThat(e.args()).containsExactly("why"));
        Future plain = loop.createFuture();
        plain.cancel();
        assertRaises(plain::result, "CancelledError", e -> assertThat(e.args()).isEmpty());
        assertError(() -> plain.setResult(1), "InvalidStateError", "invalid state");
    }

    @Test
    void doneCallbacksShowInTheReprAndAreRemovedByEquality() {
        DoneCallback cb1 = DoneCallback.named("cb1() at /tmp/fut.py:33", f -> py.print("cb1", f.result()));
        DoneCallback cb2 = DoneCallback.named("cb2() at /tmp/fut.py:34", f -> py.print("cb2", f.result()));
        fut.addDoneCallback(cb1);
        assertThat(fut).hasToString("<Future pending cb=[cb1() at /tmp/fut.py:33]>");
        fut.addDoneCallback(cb2);
        assertThat(fut).hasToString("<Future pending cb=[cb1() at /tmp/fut.py:33, cb2() at /tmp/fut.py:34]>");
        fut.addDoneCallback(cb1);
        assertThat(fut).hasToString("<Future pending cb=[cb1() at /tmp/fut.py:33, <1 more>, cb1() at /tmp/fut.py:33]>");
        assertThat(fut.removeDoneCallback(cb1)).isEqualTo(2);
        assertThat(fut.removeDoneCallback(cb1)).isZero();
        assertThat(fut).hasToString("<Future pending cb=[cb2() at /tmp/fut.py:34]>");
    }

    @Test
    void theCallbackCountFollowsAddsAndRemovals() {
        DoneCallback cb1 = DoneCallback.named("cb1()", f -> { });
        DoneCallback cb2 = DoneCallback.named("cb2()", f -> { });
        assertThat(fut.callbackCount()).isZero();
        fut.addDoneCallback(cb1);
        fut.addDoneCallback(cb2);
        fut.addDoneCallback(cb1);
        assertThat(fut.callbackCount()).isEqualTo(3).isEqualTo(fut.callbacks().size());
        fut.removeDoneCallback(cb1);
        assertThat(fut.callbackCount()).isEqualTo(1).isEqualTo(fut.callbacks().size());
        fut.removeDoneCallback(cb2);
        assertThat(fut.callbackCount()).isZero();
    }

    /**
     * Callbacks run through the ready queue in the order added, after what was queued before set_result; one
     * added to a done future is scheduled at once.
     * <pre>
     * h.add_done_callback(cb2); h.add_done_callback(cb1); h.add_done_callback(cb2); h.add_done_callback(cb1)
     * h.set_result('x'); print(len(loop._ready), repr(h))      # 4 &lt;Future finished result='x'&gt;
     * loop.call_soon(lambda: print('queued after set_result'))
     * h.add_done_callback(cb2); loop.call_soon(loop.stop); loop.run_forever()
     * # cb2 x / cb1 x / cb2 x / cb1 x / queued after set_result / cb2 x
     * print(h.remove_done_callback(cb2))                       # 0
     * </pre>
     */
    @Test
    void callbacksRunSoonInOrder() {
        DoneCallback cb1 = DoneCallback.named("cb1()", f -> py.print("cb1", f.result()));
        DoneCallback cb2 = DoneCallback.named("cb2()", f -> py.print("cb2", f.result()));
        fut.addDoneCallback(cb2);
        fut.addDoneCallback(cb1);
        fut.addDoneCallback(cb2);
        fut.addDoneCallback(cb1);
        fut.setResult("x");
        assertThat(py.lines()).isEmpty();
        assertThat(loop.readyHandles()).hasSize(4);
        assertThat(fut).hasToString("<Future finished result='x'>");
        loop.callSoon(() -> py.print("queued after set_result"));
        fut.addDoneCallback(cb2);
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(py.lines()).containsExactly("cb2 x", "cb1 x", "cb2 x", "cb1 x", "queued after set_result",
                "cb2 x");
        assertThat(fut.removeDoneCallback(cb2)).isZero();
    }

    @Test
    void cancellingSchedulesTheCallbacksToo() {
        fut.addDoneCallback(DoneCallback.named("cb()", f -> py.print("cb", f.cancelled())));
        fut.cancel();
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(py.lines()).containsExactly("cb True");
    }

    /**
     * Awaiting a future suspends the task on it exactly once.
     * <pre>
     * async def main():
     *     fut = loop.create_future(); loop.call_later(0.02, fut.set_result, 'hello')
     *     print(await fut, loop.time() - t0)            # hello 0.02
     * </pre>
     */
    @Test
    void awaitingAFutureSuspendsUntilItIsDone() {
        Object result = loop.runUntilComplete(py.coro("main", c -> c
                .exec(() -> loop.callLater(0.02, () -> fut.setResult("hello")))
                .await(() -> fut)
                .returns(v -> Transcript.line(v.last(), loop.time()))));
        assertThat(result).isEqualTo("hello 0.02");
    }

    @Test
    void awaitingAFailedFutureRaisesItsException() {
        fut.setException(new PythonError("ValueError", "bad"));
        Object result = loop.runUntilComplete(py.coro("main", c -> c
                .try_(t -> t.await(() -> fut))
                .except("ValueError", h -> h.returns(v -> "caught " + Transcript.repr(v.exc())))));
        assertThat(result).isEqualTo("caught ValueError('bad')");
        assertThat(loop.unretrievedFutures()).isEmpty();
    }
}
