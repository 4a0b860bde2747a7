package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.EventLoopApiTest.assertError;

import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;
import org.loopscope.engine.support.Transcript;

/** Tasks: names, reprs in every state, the errors a task step reports, current_task and all_tasks. */
class TaskTest {

    private static final String BASE_EVENTS = Engine.CPYTHON_ASYNCIO + "/base_events.py";

    private final Py py = Py.forJava();
    private final Asyncio asyncio = py.asyncio();
    private final Engine engine = py.engine();

    /**
     * Task-N counts per process, across loops; each asyncio.run also names the two tasks its shutdown runs
     * (shutdown_asyncgens, shutdown_default_executor), and run_until_complete wraps a coroutine in a task.
     * <pre>
     * async def main():
     *     t = asyncio.create_task(asyncio.sleep(0))
     *     print(asyncio.current_task().get_name(), t.get_name()); t.set_name('renamed'); print(t.get_name())
     *     await t
     * asyncio.run(main())                                  # Task-1 Task-2 / renamed
     * asyncio.run(main())                                  # Task-5 Task-6 / renamed
     * loop = asyncio.new_event_loop()
     * print(loop.create_task(main()).get_name())           # Task-9
     * loop.run_until_complete(asyncio.sleep(0))            # Task-9 Task-11 / renamed
     * print(loop.run_until_complete(asyncio.sleep(0, 'x')))   # x
     * print(asyncio.ensure_future(main(), loop=loop).get_name())   # Task-13
     * async def main2(): asyncio.create_task(leftover()); await asyncio.sleep(0)
     * asyncio.run(main2())            # leftover Task-15 cancelled at shutdown
     * async def main3(): print(asyncio.current_task().get_name())
     * asyncio.run(main3())            # Task-18
     * </pre>
     */
    @Test
    void taskNamesCountAcrossLoopsAndRuns() {
        asyncio.run(namesMain());
        asyncio.run(namesMain());
        EventLoop loop = engine.newEventLoop();
        py.print(loop.createTask(namesMain()).getName());
        loop.runUntilComplete(asyncio.sleep(0));
        py.print(loop.runUntilComplete(asyncio.sleep(0, "x")));
        py.print(((Task) loop.ensureFuture(namesMain())).getName());
        PyCoroutine leftover = py.coro("leftover", c -> c
                .try_(t -> t.await(() -> asyncio.sleep(10)))
                .finally_(f -> f.print(v -> Transcript.line("leftover", asyncio.currentTask().getName(),
                        "cancelled at shutdown"))));
        asyncio.run(py.coro("main2", c -> c
                .exec(() -> asyncio.createTask(leftover, null))
                .await(() -> asyncio.sleep(0))));
        asyncio.run(py.coro("main3", c -> c.print(() -> asyncio.currentTask().getName())));
        assertThat(py.lines()).containsExactly("Task-1 Task-2", "renamed", "Task-5 Task-6", "renamed", "Task-9",
                "Task-9 Task-11", "renamed", "x", "Task-13", "leftover Task-15 cancelled at shutdown", "Task-18");
    }

    /**
     * asyncio.create_task names the task after making it, so a named task uses up a number; loop.create_task
     * with a name does not.
     * <pre>
     * a = asyncio.create_task(c(), name='x'); b = asyncio.create_task(c())
     * d = loop.create_task(c(), name='y'); e = loop.create_task(c())
     * f = asyncio.ensure_future(c()); print(b.get_name(), e.get_name(), f.get_name())   # Task-3 Task-4 Task-5
     * </pre>
     */
    @Test
    void asyncioCreateTaskWithANameStillTakesANumber() {
        asyncio.run(py.coro("main", c -> c.exec(() -> {
            EventLoop loop = py.loop();
            Task a = asyncio.createTask(noop(), "x");
            Task b = asyncio.createTask(noop(), null);
            loop.createTask(noop(), "y");
            Task e = loop.createTask(noop());
            Task f = (Task) asyncio.ensureFuture(noop());
            py.print(a.getName(), b.getName(), e.getName(), f.getName());
        })));
        assertThat(py.lines()).containsExactly("x Task-3 Task-4 Task-5");
    }

    private PyCoroutine noop() {
        return py.coro("c", c -> { });
    }

    private PyCoroutine namesMain() {
        return py.coro("main", c -> c
                .let("t", v -> asyncio.createTask(asyncio.sleep(0), null))
                .print(v -> Transcript.line(asyncio.currentTask().getName(), v.<Task>get("t").getName()))
                .exec(v -> v.<Task>get("t").setName("renamed"))
                .print(v -> v.<Task>get("t").getName())
                .await(v -> v.get("t")));
    }

    /**
     * Reprs in every state; the coroutines say where they are as CPython's do ({@code definedAt}, {@code line}).
     * <pre>
     *  3 async def child():
     *  4     await asyncio.sleep(0)
     *  5     return 'child result'
     *  7 async def failing():
     *  8     raise ValueError('boom')
     * 10 async def waiter(fut):
     * 11     return await fut
     * 13 async def main():
     * 14     loop = asyncio.get_running_loop()
     * 15     me = asyncio.current_task()
     * 16     print(repr(me))
     *        t = asyncio.create_task(child()); print(repr(t))
     *        fut = loop.create_future(); w = asyncio.create_task(waiter(fut)); await asyncio.sleep(0)
     *        print(repr(t)); print(repr(w)); print(repr(fut))
     *        w.cancel('stop it'); print(repr(w)); print(repr(fut))
     *        await asyncio.sleep(0); print(repr(w))
     *        await asyncio.sleep(0); print(repr(t))
     *        f = asyncio.create_task(failing(), name='failer'); await asyncio.sleep(0); print(repr(f)); f.exception()
     *        p = asyncio.create_task(child()); p.cancel(); print(repr(p))
     *        await asyncio.sleep(0); print(repr(p))
     * </pre>
     */
    @Test
    void taskReprsInEveryState() {
        String file = "/tmp/pyt/trepr.py";
        asyncio.run(py.coro("main", c -> c
                .line(16)
                .print(() -> asyncio.currentTask().toString())
                .let("t", v -> asyncio.createTask(child(file), null))
                .print(v -> v.get("t").toString())
                .let("fut", v -> py.loop().createFuture())
                .let("w", v -> asyncio.createTask(py.coro("waiter", w -> w
                        .line(11).await(() -> v.get("fut")).returns(x -> x.last())).definedAt(file, 10), null))
                .await(() -> asyncio.sleep(0))
                .print(v -> v.get("t").toString())
                .print(v -> v.get("w").toString())
                .print(v -> v.get("fut").toString())
                .exec(v -> v.<Task>get("w").cancel("stop it"))
                .print(v -> v.get("w").toString())
                .print(v -> v.get("fut").toString())
                .await(() -> asyncio.sleep(0))
                .print(v -> v.get("w").toString())
                .await(() -> asyncio.sleep(0))
                .print(v -> v.get("t").toString())
                .let("f", v -> asyncio.createTask(py.coro("failing", f -> f
                        .raise(() -> new PythonError("ValueError", "boom"))).definedAt(file, 7), "failer"))
                .await(() -> asyncio.sleep(0))
                .print(v -> v.get("f").toString())
                .exec(v -> v.<Task>get("f").exception())
                .let("p", v -> asyncio.createTask(child(file), null))
                .exec(v -> v.<Task>get("p").cancel())
                .print(v -> v.get("p").toString())
                .await(() -> asyncio.sleep(0))
                .print(v -> v.get("p").toString())).definedAt(file, 13));
        assertThat(py.lines()).containsExactly(
                "<Task pending name='Task-1' coro=<main() running at /tmp/pyt/trepr.py:16> "
                        + "cb=[_run_until_complete_cb() at " + BASE_EVENTS + ":180]>",
                "<Task pending name='Task-2' coro=<child() running at /tmp/pyt/trepr.py:3>>",
                "<Task pending name='Task-2' coro=<child() running at /tmp/pyt/trepr.py:4>>",
                "<Task pending name='Task-3' coro=<waiter() running at /tmp/pyt/trepr.py:11> "
                        + "wait_for=<Future pending cb=[Task.task_wakeup()]>>",
                "<Future pending cb=[Task.task_wakeup()]>",
                "<Task cancelling name='Task-3' coro=<waiter() running at /tmp/pyt/trepr.py:11> "
                        + "wait_for=<Future cancelled>>",
                "<Future cancelled>",
                "<Task cancelled name='Task-3' coro=<waiter() done, defined at /tmp/pyt/trepr.py:10>>",
                "<Task finished name='Task-2' coro=<child() done, defined at /tmp/pyt/trepr.py:3> "
                        + "result='child result'>",
                "<Task finished name='failer' coro=<failing() done, defined at /tmp/pyt/trepr.py:7> "
                        + "exception=ValueError('boom')>",
                "<Task cancelling name='Task-5' coro=<child() running at /tmp/pyt/trepr.py:3>>",
                "<Task cancelled name='Task-5' coro=<child() done, defined at /tmp/pyt/trepr.py:3>>");
    }

    private PyCoroutine child(String file) {
        return py.coro("child", c -> c.line(4).await(() -> asyncio.sleep(0)).line(5).returns("child result"))
                .definedAt(file, 3);
    }

    /**
     * <pre>
     * async def self_awaiter(): await asyncio.current_task()
     * t = asyncio.create_task(self_awaiter()); await t
     * # RuntimeError: Task cannot await on itself: &lt;Task pending name='Task-2'
     * #     coro=&lt;self_awaiter() running at /tmp/pyt/taskerr.py:4&gt; cb=[Task.task_wakeup()]&gt;
     * t.set_result(1)     # RuntimeError: Task does not support set_result operation
     * t.set_exception(ValueError())   # RuntimeError: Task does not support set_exception operation
     * </pre>
     */
    @Test
    void aTaskCannotAwaitItselfNorBeSetFromOutside() {
        asyncio.run(py.coro("main", c -> c
                .let("t", v -> asyncio.createTask(py.coro("self_awaiter", s -> s
                        .line(4).await(() -> asyncio.currentTask())).definedAt("/tmp/pyt/taskerr.py", 3), null))
                .try_(t -> t.await(v -> v.get("t")))
                .except("RuntimeError", h -> h.print("RuntimeError", v -> v.exc()))
                .exec(v -> assertError(() -> v.<Task>get("t").setResult(1), "RuntimeError",
                        "Task does not support set_result operation"))
                .exec(v -> assertError(() -> v.<Task>get("t").setException(new PythonError("ValueError")),
                        "RuntimeError", "Task does not support set_exception operation"))));
        assertThat(py.lines()).containsExactly("RuntimeError Task cannot await on itself: <Task pending name='Task-2' "
                + "coro=<self_awaiter() running at /tmp/pyt/taskerr.py:4> cb=[Task.task_wakeup()]>");
    }

    /**
     * <pre>
     * @types.coroutine
     * def bad(): yield 'not a future'
     * async def bad_yield(): await bad()
     * await asyncio.create_task(bad_yield())      # RuntimeError: Task got bad yield: 'not a future'
     * </pre>
     */
    @Test
    void aBadYieldIsThrownBackIntoTheTask() {
        asyncio.run(py.coro("main", c -> c
                .try_(t -> t.await(() -> asyncio.createTask(py.coro("bad_yield", b -> b
                        .await(() -> yielding("bad", "not a future"))), null)))
                .except("RuntimeError", h -> h.print(v -> v.exc()))));
        assertThat(py.lines()).containsExactly("Task got bad yield: 'not a future'");
    }

    /**
     * <pre>
     *  2 @types.coroutine
     *  3 def raw(fut): yield fut
     *  5 async def main():
     *  6     loop = asyncio.get_running_loop()
     *  7     fut = loop.create_future()
     *  8     try:
     *  9         await raw(fut)
     * 10     except RuntimeError as e:
     * 11         print(e)
     * 12     other = asyncio.new_event_loop()
     * 13     f2 = other.create_future()
     * 14     try:
     * 15         await f2
     * 16     except RuntimeError as e:
     * 17         print(e)
     * 18     print(f2._asyncio_future_blocking, fut._asyncio_future_blocking)
     * </pre>
     */
    @Test
    void aFutureYieldedBareOrFromAnotherLoopIsThrownBackIntoTheTask() {
        EventLoop other = engine.newEventLoop();
        String file = "/tmp/pyt/yields.py";
        asyncio.run(py.coro("main", c -> c
                .let("fut", v -> py.loop().createFuture())
                .line(9)
                .try_(t -> t.await(v -> yielding("raw", v.get("fut"))))
                .except("RuntimeError", h -> h.print(v -> v.exc()))
                .let("f2", v -> other.createFuture())
                .line(15)
                .try_(t -> t.await(v -> v.get("f2")))
                .except("RuntimeError", h -> h.print(v -> v.exc()))
                .print(v -> Transcript.line(v.<Future>get("f2").blocking(), v.<Future>get("fut").blocking())))
                .definedAt(file, 5));
        String main = "<Task pending name='Task-1' coro=<main() running at " + file + ":%d> "
                + "cb=[_run_until_complete_cb() at " + BASE_EVENTS + ":180]>";
        assertThat(py.lines()).containsExactly(
                "yield was used instead of yield from in task " + main.formatted(9) + " with <Future pending>",
                "Task " + main.formatted(15) + " got Future <Future pending> attached to a different loop",
                "True False");
    }

    /** A {@code @types.coroutine} generator that yields {@code value} to the task, then returns. */
    private static Coroutine yielding(String name, Object value) {
        return new StepCoroutine(name) {
            private boolean yielded;

            @Override
            protected Resumption resume(Object sent, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!yielded) {
                    yielded = true;
                    return suspendOn(value);
                }
                return returnValue(null);
            }
        };
    }

    /**
     * <pre>
     * print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())   # 1 True
     * (outside a loop) asyncio.current_task(); asyncio.all_tasks()   # RuntimeError: no running event loop
     * </pre>
     */
    @Test
    void currentTaskAndAllTasksNeedARunningLoop() {
        asyncio.run(py.coro("main", c -> c
                .let("done", v -> asyncio.createTask(py.coro("quick", q -> q.returns(null)), null))
                .await(v -> v.get("done"))
                .print(() -> Transcript.line(asyncio.allTasks().size(),
                        asyncio.allTasks().contains(asyncio.currentTask())))));
        assertThat(py.lines()).containsExactly("1 True");
        assertError(asyncio::currentTask, "RuntimeError", "no running event loop");
        assertError(asyncio::allTasks, "RuntimeError", "no running event loop");
        EventLoop loop = engine.newEventLoop();
        assertThat(loop.currentTask()).isNull();
        Task pending = loop.createTask(py.coro("c", c -> c.returns(null)));
        assertThat(loop.allTasks()).containsExactly(pending);
        loop.runUntilComplete(pending);
        assertThat(loop.allTasks()).isEmpty();
    }

    @Test
    void ensureFutureChecksItsArgument() {
        EventLoop loop = engine.newEventLoop();
        EventLoop other = engine.newEventLoop();
        Future fut = loop.createFuture();
        assertThat(loop.ensureFuture(fut)).isSameAs(fut);
        assertError(() -> other.ensureFuture(fut), "ValueError",
                "The future belongs to a different loop than the one specified as the loop argument");
        assertError(() -> loop.ensureFuture("text"), "TypeError",
                "An asyncio.Future, a coroutine or an awaitable is required");
    }
}
