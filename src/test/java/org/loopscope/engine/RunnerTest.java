package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loopscope.engine.EventLoopApiTest.assertError;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;
import org.loopscope.engine.support.Transcript;

/** asyncio.run's shutdown, Ctrl+C through {@link Runner#interrupt()}, and KeyboardInterrupt out of a task. */
class RunnerTest {

    private final Py py = Py.forJava();
    private final Engine engine = py.engine();
    private final Asyncio asyncio = py.asyncio();

    /**
     * <pre>
     * async def stubborn():
     *     try: await asyncio.sleep(10)
     *     except asyncio.CancelledError:
     *         print('stubborn cancelled, raising ValueError'); raise ValueError('during shutdown')
     * def handler(loop, context): print('handler:', context['message'], repr(context.get('exception')),
     *                                   context.get('task').get_name())
     * async def main():
     *     asyncio.get_running_loop().set_exception_handler(handler)
     *     asyncio.create_task(stubborn()); await asyncio.sleep(0); print('main returns'); return 'main result'
     * print(asyncio.run(main()))
     * # main returns
     * # stubborn cancelled, raising ValueError
     * # handler: unhandled exception during asyncio.run() shutdown ValueError('during shutdown') Task-2
     * # main result
     * </pre>
     */
    @Test
    void shutdownCancelsLeftoverTasksAndReportsTheirErrors() {
        PyCoroutine stubborn = py.coro("stubborn", c -> c
                .try_(t -> t.await(() -> asyncio.sleep(10)))
                .except("CancelledError", h -> h
                        .print("stubborn cancelled, raising ValueError")
                        .raise(() -> new PythonError("ValueError", "during shutdown"))));
        Object result = asyncio.run(py.coro("main", c -> c
                .exec(() -> py.loop().setExceptionHandler((loop, context) -> py.print("handler:", context.message(),
                        Transcript.repr(context.exception()), ((Task) context.future()).getName())))
                .exec(() -> asyncio.createTask(stubborn, null))
                .await(() -> asyncio.sleep(0))
                .print("main returns")
                .returns("main result")));
        py.print(result);
        assertThat(py.lines()).containsExactly("main returns", "stubborn cancelled, raising ValueError",
                "handler: unhandled exception during asyncio.run() shutdown ValueError('during shutdown') Task-2",
                "main result");
        EventLoop loop = engine.loops().get(0);
        assertThat(loop.isClosed()).isTrue();
        assertThat(engine.currentLoop()).isNull();
        assertThat(engine.runningLoop()).isNull();
    }

    /**
     * <pre>
     * async def interrupted():
     *     try: (Ctrl+C at 0.5) await asyncio.sleep(10)
     *     except asyncio.CancelledError: print('main cancelled by Ctrl+C', asyncio.current_task().cancelling()); raise
     *     finally: print('finally at', elapsed())
     * try: asyncio.run(interrupted())
     * except KeyboardInterrupt: print('KeyboardInterrupt out of asyncio.run')
     * # main cancelled by Ctrl+C 1 / finally at 0.5 / KeyboardInterrupt out of asyncio.run
     * </pre>
     */
    @Test
    void interruptCancelsTheMainTaskAndTheRunRaisesKeyboardInterrupt() {
        Runner runner = new Runner(engine);
        assertThatThrownBy(() -> runner.run(py.coro("interrupted", c -> c
                .try_(t -> t
                        .exec(() -> py.loop().callLater(0.5, runner::interrupt))
                        .await(() -> asyncio.sleep(10)))
                .except("CancelledError", h -> h
                        .print("main cancelled by Ctrl+C", v -> asyncio.currentTask().cancelling())
                        .reraise())
                .finally_(f -> f.print("finally at", v -> py.loop().time())))))
                .isInstanceOfSatisfying(PythonError.class, e -> assertThat(e.type()).isEqualTo("KeyboardInterrupt"));
        assertThat(py.lines()).containsExactly("main cancelled by Ctrl+C 1", "finally at 0.5");
        assertThat(runner.loop().isClosed()).isTrue();
    }

    /**
     * A second Ctrl+C raises KeyboardInterrupt where the loop is; shutdown then cancels the main task.
     * <pre>
     * (Ctrl+C at 0.5 and 1.0)
     * try: await asyncio.sleep(10)
     * except asyncio.CancelledError: print('first ctrl+c ignored', t.cancelling(), t.uncancel())   # 1 0
     * try: await asyncio.sleep(10)
     * except asyncio.CancelledError: print('cancelled at shutdown'); raise
     * finally: print('finally')
     * # first ctrl+c ignored 1 0 / cancelled at shutdown / finally / KeyboardInterrupt
     * </pre>
     * A main task that swallows the only Ctrl+C returns normally: {@code swallowed / swallow result}.
     */
    @Test
    void aSecondInterruptRaisesAndAMainTaskMaySwallowTheFirst() {
        Runner runner = new Runner(engine);
        assertThatThrownBy(() -> runner.run(py.coro("main", c -> c
                .exec(() -> py.loop().callLater(0.5, runner::interrupt))
                .exec(() -> py.loop().callLater(1.0, runner::interrupt))
                .try_(t -> t.await(() -> asyncio.sleep(10)))
                .except("CancelledError", h -> h.print(() -> Transcript.line("first ctrl+c ignored",
                        asyncio.currentTask().cancelling(), asyncio.currentTask().uncancel())))
                .try_(t -> t.await(() -> asyncio.sleep(10)))
                .except("CancelledError", h -> h.print("cancelled at shutdown").reraise())
                .finally_(f -> f.print("finally")))))
                .isInstanceOfSatisfying(PythonError.class, e -> assertThat(e.type()).isEqualTo("KeyboardInterrupt"));
        Runner second = new Runner(engine);
        py.print(second.run(py.coro("swallow", c -> c
                .exec(() -> py.loop().callLater(0.5, second::interrupt))
                .try_(t -> t.await(() -> asyncio.sleep(10)))
                .except("CancelledError", h -> h.print("swallowed"))
                .returns("swallow result"))));
        assertThat(py.lines()).containsExactly("first ctrl+c ignored 1 0", "cancelled at shutdown", "finally",
                "swallowed", "swallow result");
    }

    @Test
    void asyncioRunRefusesToNest() {
        asyncio.run(py.coro("nested", c -> c.exec(() -> assertError(() -> asyncio.run(asyncio.sleep(0)),
                "RuntimeError", "asyncio.run() cannot be called from a running event loop"))));
    }

    /**
     * Conformance case 14, looked at closely: KeyboardInterrupt raised by a task leaves run_until_complete at
     * once. The loop is stopped but not closed and still usable; the task is done with the exception (read by
     * run_until_complete, since it made the task); the stop callback it scheduled stays in the ready queue.
     * <pre>
     * tasks = [loop.create_task(worker(n)) for n in range(3)]; it = loop.create_task(interrupter())
     * loop.call_later(0.05, print, 'timer due at the same time')
     * try: loop.run_until_complete(it)
     * except KeyboardInterrupt as e: print('caught', repr(e), e is it.exception())   # caught KeyboardInterrupt() True
     * print('running', loop.is_running(), 'closed', loop.is_closed())               # running False closed False
     * print('ready', [repr(h) for h in loop._ready])    # ['&lt;Handle _run_until_complete_cb(...)&gt;']
     * print('pending', len(asyncio.all_tasks(loop)))    # pending 3
     * print(loop.run_until_complete(asyncio.sleep(0.1, 'loop still usable')))
     * for t in tasks: t.cancel()
     * print(loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True)))
     * # worker 0 cancelled / worker 1 cancelled / worker 2 cancelled
     * # [CancelledError(''), CancelledError(''), CancelledError('')]
     * </pre>
     */
    @Test
    void keyboardInterruptFromATaskLeavesTheLoopUsable() {
        EventLoop loop = engine.newEventLoop();
        engine.setEventLoop(loop);
        List<Task> tasks = Py.range(3).stream().map(n -> loop.createTask(py.coro("worker", c -> c
                .try_(t -> t.await(() -> asyncio.sleep(1)))
                .except("CancelledError", h -> h.print(() -> Transcript.line("worker", n, "cancelled")).reraise())))
        ).toList();
        Task interrupter = loop.createTask(py.coro("interrupter", c -> c
                .await(() -> asyncio.sleep(0.05))
                .raise(() -> PythonError.baseException("KeyboardInterrupt"))));
        loop.callLater(0.05, () -> py.print("timer due at the same time"));
        try {
            loop.runUntilComplete(interrupter);
        } catch (PythonError e) {
            py.print("caught", Transcript.repr(e), e == interrupter.exception());
        }
        py.print("running", loop.isRunning(), "closed", loop.isClosed());
        assertThat(loop.readyHandles()).singleElement()
                .satisfies(h -> assertThat(h.callback().describe()).startsWith("_run_until_complete_cb()"));
        py.print("pending", loop.allTasks().size());
        py.print(loop.runUntilComplete(asyncio.sleep(0.1, "loop still usable")));
        tasks.forEach(Task::cancel);
        py.print(loop.runUntilComplete(asyncio.gather(tasks, true)));
        loop.close();
        assertThat(py.lines()).containsExactly("timer due at the same time", "caught KeyboardInterrupt() True",
                "running False closed False", "pending 3", "loop still usable", "worker 0 cancelled",
                "worker 1 cancelled", "worker 2 cancelled",
                "[CancelledError(''), CancelledError(''), CancelledError('')]");
    }

    /** When run_until_complete made the task itself, it reads the exception, so nothing is left unretrieved. */
    @Test
    void keyboardInterruptFromAWrappedCoroutineIsMarkedRetrieved() {
        EventLoop loop = engine.newEventLoop();
        assertThatThrownBy(() -> loop.runUntilComplete(py.coro("interrupter", c -> c
                .raise(() -> PythonError.baseException("KeyboardInterrupt")))))
                .isInstanceOfSatisfying(PythonError.class, e -> assertThat(e.type()).isEqualTo("KeyboardInterrupt"));
        assertThat(loop.unretrievedFutures()).isEmpty();
        assertThat(loop.currentTask()).isNull();
    }
}
