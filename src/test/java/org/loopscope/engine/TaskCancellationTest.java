package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;
import org.loopscope.engine.support.Transcript;

/**
 * {@code Task.cancel}: where the CancelledError lands, what it carries, and how cancelling()/uncancel() count.
 * Each test mirrors one part of this program, whose output (python3 3.11) the tests assert:
 * <pre>
 * async def body(name):
 *     print(name, 'body runs'); await asyncio.sleep(1)
 * async def catcher():
 *     try: await asyncio.sleep(1)
 *     except asyncio.CancelledError as e: print('catcher caught', repr(e)); return 'returned normally'
 * async def waiter(fut):
 *     try: return await fut
 *     except asyncio.CancelledError as e: print('waiter got', repr(e), e.args); raise
 * </pre>
 */
class TaskCancellationTest {

    private final Py py = Py.forJava();
    private final Asyncio asyncio = py.asyncio();

    private PyCoroutine body(String name) {
        return py.coro("body", c -> c.print(name + " body runs").await(() -> asyncio.sleep(1)));
    }

    private PyCoroutine waiter(Future fut) {
        return py.coro("waiter", c -> c
                .try_(t -> t.await(() -> fut).returns(v -> v.last()))
                .except("CancelledError", h -> h
                        .print(v -> Transcript.line("waiter got", Transcript.repr(v.exc()), argsOf(v.exc())))
                        .reraise()));
    }

    private static String argsOf(Object error) {
        var args = ((PythonError) error).args();
        return args.size() == 1 ? "(" + Transcript.repr(args.get(0)) + ",)" : Transcript.repr(args)
                .replace('[', '(').replace(']', ')');
    }

    /**
     * <pre>
     * t = asyncio.create_task(body('early')); print('cancel', t.cancel())      # cancel True
     * try: await t
     * except asyncio.CancelledError as e: print('awaiting early:', repr(e))   # CancelledError()
     * print('early', t.cancelled(), t.done())                                 # early True True
     * </pre>
     * The body never runs.
     */
    @Test
    void cancelBeforeTheFirstStep() {
        asyncio.run(py.coro("main", c -> c
                .let("t", v -> asyncio.createTask(body("early"), null))
                .print("cancel", v -> v.<Task>get("t").cancel())
                .try_(t -> t.await(v -> v.get("t")))
                .except("CancelledError", h -> h.print("awaiting early:", v -> Transcript.repr(v.exc())))
                .print(v -> Transcript.line("early", v.<Task>get("t").cancelled(), v.<Task>get("t").done()))));
        assertThat(py.lines()).containsExactly("cancel True", "awaiting early: CancelledError()", "early True True");
    }

    /**
     * <pre>
     * fut = loop.create_future(); w = asyncio.create_task(waiter(fut)); await asyncio.sleep(0)
     * print('cancel w', w.cancel('the message'))     # cancel w True
     * print('fut cancelled?', fut.cancelled())       # fut cancelled? True
     * await asyncio.sleep(0)                         # waiter got CancelledError('the message') ('the message',)
     * print('w', w.cancelled())                      # w True
     * w.result()                                     # CancelledError('the message') ('the message',)
     * </pre>
     */
    @Test
    void cancelWhileAwaitingAFutureCancelsTheFutureWithTheMessage() {
        asyncio.run(py.coro("main", c -> c
                .let("fut", v -> py.loop().createFuture())
                .let("w", v -> asyncio.createTask(waiter(v.get("fut")), null))
                .await(() -> asyncio.sleep(0))
                .print("cancel w", v -> v.<Task>get("w").cancel("the message"))
                .print("fut cancelled?", v -> v.<Future>get("fut").cancelled())
                .await(() -> asyncio.sleep(0))
                .print("w", v -> v.<Task>get("w").cancelled())
                .try_(t -> t.exec(v -> v.<Task>get("w").result()))
                .except("CancelledError", h -> h.print(v -> Transcript.line("w.result()",
                        Transcript.repr(v.exc()), argsOf(v.exc()))))));
        assertThat(py.lines()).containsExactly("cancel w True", "fut cancelled? True",
                "waiter got CancelledError('the message') ('the message',)", "w True",
                "w.result() CancelledError('the message') ('the message',)");
    }

    /**
     * <pre>
     * c = asyncio.create_task(catcher()); await asyncio.sleep(0); c.cancel()
     * print('result', await c, c.cancelled(), c.cancelling())
     * # catcher caught CancelledError()
     * # result returned normally False 1
     * </pre>
     */
    @Test
    void aTaskThatSwallowsTheCancellationFinishesNormally() {
        PyCoroutine catcher = py.coro("catcher", c -> c
                .try_(t -> t.await(() -> asyncio.sleep(1)))
                .except("CancelledError", h -> h
                        .print("catcher caught", v -> Transcript.repr(v.exc()))
                        .returns("returned normally")));
        asyncio.run(py.coro("main", c -> c
                .let("c", v -> asyncio.createTask(catcher, null))
                .await(() -> asyncio.sleep(0))
                .exec(v -> v.<Task>get("c").cancel())
                .await(v -> v.get("c"))
                .print(v -> Transcript.line("result", v.last(), v.<Task>get("c").cancelled(),
                        v.<Task>get("c").cancelling()))));
        assertThat(py.lines()).containsExactly("catcher caught CancelledError()", "result returned normally False 1");
    }

    /**
     * <pre>
     * d = asyncio.create_task(body('twice')); await asyncio.sleep(0)
     * print(d.cancel(), d.cancel('second msg'), d.cancelling())  # True True 2
     * try: await d
     * except asyncio.CancelledError as e: print('twice', repr(e))  # twice CancelledError()
     * print(d.cancel(), d.cancelling())                            # False 2
     * </pre>
     * The second message is lost: the first cancel already cancelled the sleep's future without one.
     */
    @Test
    void cancelTwice() {
        asyncio.run(py.coro("main", c -> c
                .let("d", v -> asyncio.createTask(body("twice"), null))
                .await(() -> asyncio.sleep(0))
                .print(v -> Transcript.line(v.<Task>get("d").cancel(), v.<Task>get("d").cancel("second msg"),
                        v.<Task>get("d").cancelling()))
                .try_(t -> t.await(v -> v.get("d")))
                .except("CancelledError", h -> h.print("twice", v -> Transcript.repr(v.exc())))
                .print(v -> Transcript.line(v.<Task>get("d").cancel(), v.<Task>get("d").cancelling()))));
        assertThat(py.lines()).containsExactly("twice body runs", "True True 2", "twice CancelledError()",
                "False 2");
    }

    /**
     * <pre>
     * e = asyncio.create_task(body('uncancel')); await asyncio.sleep(0); e.cancel(); e.cancel()
     * print('cancelling', e.cancelling(), 'uncancel', e.uncancel(), e.uncancel(), e.uncancel())
     * # cancelling 2 uncancel 1 0 0
     * try: await e
     * except asyncio.CancelledError: print('still cancelled', e.cancelled())   # still cancelled True
     * </pre>
     */
    @Test
    void uncancelOnlyCountsDown() {
        asyncio.run(py.coro("main", c -> c
                .let("e", v -> asyncio.createTask(body("uncancel"), null))
                .await(() -> asyncio.sleep(0))
                .exec(v -> {
                    Task e = v.get("e");
                    e.cancel();
                    e.cancel();
                    py.print("cancelling", e.cancelling(), "uncancel", e.uncancel(), e.uncancel(), e.uncancel());
                })
                .try_(t -> t.await(v -> v.get("e")))
                .except("CancelledError", h -> h.print("still cancelled", v -> v.<Task>get("e").cancelled()))));
        assertThat(py.lines()).containsExactly("uncancel body runs", "cancelling 2 uncancel 1 0 0",
                "still cancelled True");
    }

    /**
     * Cancelling a task that awaits another task cancels the inner one with the message. The inner task keeps the
     * CancelledError its coroutine raised and hands it out once; the next reader gets a fresh one without message.
     * <pre>
     * inner = asyncio.create_task(body('inner')); outer = asyncio.create_task(waiter(inner))
     * await asyncio.sleep(0); outer.cancel('from outer'); await asyncio.sleep(0)
     * print('inner cancelled', inner.cancelled(), 'outer', outer.cancelled())  # inner cancelled True outer False
     * inner.result()                           # inner.result() CancelledError('from outer')
     * # (after main returns) waiter got CancelledError() ()
     * </pre>
     */
    @Test
    void theCancelMessageReachesTheInnerTaskOnce() {
        asyncio.run(py.coro("main", c -> c
                .let("inner", v -> asyncio.createTask(body("inner"), null))
                .let("outer", v -> asyncio.createTask(waiter(v.get("inner")), null))
                .await(() -> asyncio.sleep(0))
                .exec(v -> v.<Task>get("outer").cancel("from outer"))
                .await(() -> asyncio.sleep(0))
                .print(v -> Transcript.line("inner cancelled", v.<Task>get("inner").cancelled(), "outer",
                        v.<Task>get("outer").cancelled()))
                .try_(t -> t.exec(v -> v.<Task>get("inner").result()))
                .except("CancelledError", h -> h.print("inner.result()", v -> Transcript.repr(v.exc())))));
        assertThat(py.lines()).containsExactly("inner body runs", "inner cancelled True outer False",
                "inner.result() CancelledError('from outer')", "waiter got CancelledError() ()");
    }

    /**
     * A cancel requested while the task is ready (not waiting on anything) is delivered at its next step, even
     * when that step would resume it normally.
     * <pre>
     * async def spinner():
     *     try:
     *         await asyncio.sleep(0)
     *     except asyncio.CancelledError as e:
     *         print('spinner got', repr(e))
     * t = asyncio.create_task(spinner()); await asyncio.sleep(0); print(t.cancel('late'))   # True
     * await asyncio.sleep(0)                      # spinner got CancelledError('late')
     * print(t.cancelled(), t.result())            # False None
     * </pre>
     */
    @Test
    void cancelAfterABareYieldIsThrownInAtTheNextStep() {
        PyCoroutine spinner = py.coro("spinner", c -> c
                .try_(t -> t.await(() -> asyncio.sleep(0)))
                .except("CancelledError", h -> h.print("spinner got", v -> Transcript.repr(v.exc()))));
        asyncio.run(py.coro("main", c -> c
                .let("t", v -> asyncio.createTask(spinner, null))
                .await(() -> asyncio.sleep(0))
                .print(v -> v.<Task>get("t").cancel("late"))
                .await(() -> asyncio.sleep(0))
                .print(v -> Transcript.line(v.<Task>get("t").cancelled(), v.<Task>get("t").result()))));
        assertThat(py.lines()).containsExactly("True", "spinner got CancelledError('late')", "False None");
    }

    /**
     * A task may cancel itself while running: the request is delivered at its next suspension, and the future it
     * suspends on is cancelled at once (no time passes).
     * <pre>
     * async def selfish():
     *     me = asyncio.current_task()
     *     print('cancel self', me.cancel('own'), me.cancelling()); print('still running')
     *     try: await asyncio.sleep(1)
     *     except asyncio.CancelledError as e: print('got', repr(e))
     *     print('again', me.cancel(), me.cancelling())
     *     try: await asyncio.sleep(0); print('not reached?')
     *     except asyncio.CancelledError as e: print('got 2', repr(e))
     *     return 'survived'
     * t = asyncio.create_task(selfish()); print(await t, t.cancelling())
     * # cancel self True 1 / still running / got CancelledError('own') / again True 2 / got 2 CancelledError()
     * # survived 2
     * </pre>
     */
    @Test
    void aTaskCancellingItselfIsCancelledAtItsNextAwait() {
        PyCoroutine selfish = py.coro("selfish", c -> c
                .let("me", v -> asyncio.currentTask())
                .print(v -> Transcript.line("cancel self", v.<Task>get("me").cancel("own"),
                        v.<Task>get("me").cancelling()))
                .print("still running")
                .try_(t -> t.await(() -> asyncio.sleep(1)))
                .except("CancelledError", h -> h.print("got", v -> Transcript.repr(v.exc())))
                .print(v -> Transcript.line("again", v.<Task>get("me").cancel(), v.<Task>get("me").cancelling()))
                .try_(t -> t.await(() -> asyncio.sleep(0)).print("not reached?"))
                .except("CancelledError", h -> h.print("got 2", v -> Transcript.repr(v.exc())))
                .returns("survived"));
        asyncio.run(py.coro("main", c -> c
                .let("t", v -> asyncio.createTask(selfish, null))
                .await(v -> v.get("t"))
                .print(v -> Transcript.line(v.last(), v.<Task>get("t").cancelling()))));
        assertThat(py.lines()).containsExactly("cancel self True 1", "still running", "got CancelledError('own')",
                "again True 2", "got 2 CancelledError()", "survived 2");
        assertThat(py.engine().clock().now()).isZero();
    }
}
