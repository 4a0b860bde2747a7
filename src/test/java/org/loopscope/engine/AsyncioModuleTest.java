package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.EventLoopApiTest.assertError;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.Transcript;

/** The module-level functions: get_event_loop's choice of loop, ensure_future, and gather's corner cases. */
class AsyncioModuleTest {

    private final Py py = Py.forJava();
    private final Engine engine = py.engine();
    private final Asyncio asyncio = py.asyncio();

    /**
     * On the main thread, get_event_loop() makes a loop only while set_event_loop was never called; asyncio.run
     * calls it (and sets None at the end).
     * <pre>
     * loop = asyncio.get_event_loop(); print(loop is asyncio.get_event_loop())    # True
     * asyncio.run(main())
     * asyncio.get_event_loop()     # RuntimeError: There is no current event loop in thread 'MainThread'.
     * asyncio.ensure_future(main())    # the same RuntimeError
     * l = asyncio.new_event_loop(); asyncio.set_event_loop(l); print(asyncio.get_event_loop() is l)   # True
     * asyncio.set_event_loop(None); asyncio.get_event_loop()    # the same RuntimeError
     * </pre>
     */
    @Test
    void getEventLoopMakesALoopOnlyUntilOneIsSet() {
        EventLoop first = asyncio.getEventLoop();
        assertThat(asyncio.getEventLoop()).isSameAs(first);
        asyncio.run(py.coro("main", c -> c.exec(() -> assertThat(asyncio.getEventLoop()).isSameAs(py.loop()))));
        String noLoop = "There is no current event loop in thread 'MainThread'.";
        assertError(asyncio::getEventLoop, "RuntimeError", noLoop);
        assertError(() -> asyncio.ensureFuture(py.coro("main", c -> { })), "RuntimeError", noLoop);
        EventLoop loop = engine.newEventLoop();
        engine.setEventLoop(loop);
        assertThat(asyncio.getEventLoop()).isSameAs(loop);
        engine.setEventLoop(null);
        assertError(asyncio::getEventLoop, "RuntimeError", noLoop);
    }

    @Test
    void ensureFutureWithoutARunningLoopUsesTheCurrentOne() {
        EventLoop loop = engine.newEventLoop();
        engine.setEventLoop(loop);
        Future task = asyncio.ensureFuture(py.coro("c", c -> c.returns(7)));
        assertThat(task.loop()).isSameAs(loop);
        assertThat(loop.runUntilComplete(task)).isEqualTo(7);
    }

    /**
     * <pre>
     * async def main(): print(await asyncio.gather())     # []
     * </pre>
     */
    @Test
    void gatherOfNothingIsAnEmptyList() {
        asyncio.run(py.coro("main", c -> c.await(() -> asyncio.gather(List.of(), false)).print(v -> v.last())));
        assertThat(py.lines()).containsExactly("[]");
    }

    /**
     * gather takes its loop from its first argument when that is a future; only a coroutine first makes it ask
     * get_event_loop().
     * <pre>
     * loop = asyncio.new_event_loop()           # never set as the current loop
     * tasks = [loop.create_task(work(n)) for n in range(3)]
     * print(loop.run_until_complete(asyncio.gather(*tasks)))      # [0, 10, 20]
     * asyncio.run(main())
     * f = loop.create_future(); f.set_result('after run')
     * print(loop.run_until_complete(asyncio.gather(f)))           # ['after run']
     * asyncio.gather(work(1))      # RuntimeError: There is no current event loop in thread 'MainThread'.
     * </pre>
     */
    @Test
    void gatherTakesTheLoopOfItsFirstFuture() {
        EventLoop loop = engine.newEventLoop();
        List<Task> tasks = Py.range(3).stream().map(n -> loop.createTask(py.coro("work", c -> c
                .await(() -> asyncio.sleep(0.01 * n)).returns(n * 10)))).toList();
        py.print(loop.runUntilComplete(asyncio.gather(tasks, false)));
        asyncio.run(py.coro("main", c -> { }));
        Future f = loop.createFuture();
        f.setResult("after run");
        py.print(loop.runUntilComplete(asyncio.gather(List.of(f), false)));
        assertError(() -> asyncio.gather(List.of(py.coro("work", c -> { })), false), "RuntimeError",
                "There is no current event loop in thread 'MainThread'.");
        assertThat(py.lines()).containsExactly("[0, 10, 20]", "['after run']");
        assertThat(engine.loops()).hasSize(2);
    }

    /**
     * A cancelled gather(return_exceptions=True) raises the CancelledError made by the <em>last</em> child in
     * argument order (CPython's loop variable), here one that finished normally, so the message is lost.
     * <pre>
     * a = asyncio.create_task(slow()); b = asyncio.create_task(quick())
     * g = asyncio.gather(a, b, return_exceptions=True); await asyncio.sleep(0)
     * print(b.done(), g.cancel('stop'))                                 # True True
     * try: await g
     * except asyncio.CancelledError as e: print('gather raised', repr(e))   # gather raised CancelledError()
     * a2, b2 = two slow tasks; g2 = asyncio.gather(a2, b2); await asyncio.sleep(0); print(g2.cancel('stop2'))
     * await g2                           # gather2 raised CancelledError('stop2')
     * </pre>
     */
    @Test
    void cancelledGatherRaisesTheLastChildsCancelledError() {
        asyncio.run(py.coro("main", c -> c
                .let("a", v -> asyncio.createTask(slow(), null))
                .let("b", v -> asyncio.createTask(py.coro("quick", q -> q.returns("quick")), null))
                .let("g", v -> asyncio.gather(List.of(v.get("a"), v.get("b")), true))
                .await(() -> asyncio.sleep(0))
                .print(v -> Transcript.line(v.<Task>get("b").done(), v.<Future>get("g").cancel("stop")))
                .try_(t -> t.await(v -> v.get("g")))
                .except("CancelledError", h -> h.print("gather raised", v -> Transcript.repr(v.exc())))
                .let("g2", v -> asyncio.gather(List.of(asyncio.createTask(slow(), null),
                        asyncio.createTask(slow(), null)), false))
                .await(() -> asyncio.sleep(0))
                .print(v -> v.<Future>get("g2").cancel("stop2"))
                .try_(t -> t.await(v -> v.get("g2")))
                .except("CancelledError", h -> h.print("gather2 raised", v -> Transcript.repr(v.exc())))));
        assertThat(py.lines()).containsExactly("True True", "gather raised CancelledError()", "True",
                "gather2 raised CancelledError('stop2')");
    }

    private Coroutine slow() {
        return py.coro("slow", c -> c.await(() -> asyncio.sleep(1)));
    }
}
