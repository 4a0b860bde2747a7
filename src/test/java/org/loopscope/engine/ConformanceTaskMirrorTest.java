package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;
import org.loopscope.engine.support.Transcript;

/**
 * The conformance cases about futures and tasks (shared/conformance/NN_*.py), rebuilt from Java coroutines: each
 * test prints exactly the lines of the case's {@code .expected} file, which CPython 3.11 printed.
 */
class ConformanceTaskMirrorTest {

    private final Py py = Py.forJava();
    private final Asyncio asyncio = py.asyncio();
    private final Engine engine = py.engine();

    /** {@code async def do_some_work(x): print('Waiting: ', x); return x * 10}. */
    private Coroutine doSomeWork(int x) {
        return py.coro("do_some_work", c -> c.print(() -> Transcript.line("Waiting: ", x)).returns(x * 10));
    }

    /** 02_task_states: create_task / ensure_future wrap a coroutine; done(), cancelled(), _state, result(). */
    @Test
    void taskStates() {
        EventLoop loop = engine.newEventLoop();
        engine.setEventLoop(loop);
        Task task = loop.createTask(doSomeWork(2));
        py.print(task.done(), task.cancelled());
        py.print(task.state().name());
        loop.runUntilComplete(task);
        py.print(task.done(), task.result(), task.state().name());
        Future other = asyncio.ensureFuture(doSomeWork(3));
        py.print(other instanceof Task, other instanceof Future);
        py.print(loop.runUntilComplete(other));
        py.print(loop.ensureFuture(other) == other);
        loop.close();
        assertThat(py.lines()).containsExactly("False False", "PENDING", "Waiting:  2", "True 20 FINISHED",
                "True True", "Waiting:  3", "30", "True");
    }

    /** 03_done_callback: callbacks receive the finished future itself, in the order they were added. */
    @Test
    void doneCallbacks() {
        EventLoop loop = engine.newEventLoop();
        engine.setEventLoop(loop);
        Task task = loop.createTask(py.coro("test", c -> c.returns(5 + 3)));
        task.addDoneCallback(DoneCallback.named("callback", y -> py.print("callback got", y.result())));
        // functools.partial(tagged, 'second')
        task.addDoneCallback(DoneCallback.named("functools.partial(<function tagged>, 'second')",
                fut -> py.print("tagged", "second", fut.result(), fut == task)));
        py.print("before run");
        loop.runUntilComplete(task);
        py.print("after run", task.result());
        loop.close();
        assertThat(py.lines()).containsExactly("before run", "callback got 8", "tagged second 8 True",
                "after run 8");
    }

    /** 09_cancel_task: cancel() throws CancelledError into the task at its await; a second cancel() is refused. */
    @Test
    void cancelTask() {
        Coroutine main = py.coro("main", c -> c
                .let("task", v -> asyncio.createTask(sleeper("t1"), null))
                .await(() -> asyncio.sleep(0.05))
                .print("cancel returns", v -> v.<Task>get("task").cancel())
                .print("cancelling", v -> v.<Task>get("task").cancelling())
                .try_(t -> t.await(v -> v.get("task")))
                .except("CancelledError", h -> h.print("main saw CancelledError"))
                .print(v -> Transcript.line(v.<Task>get("task").cancelled(), v.<Task>get("task").done()))
                .print("second cancel returns", v -> v.<Task>get("task").cancel()));
        asyncio.run(main);
        assertThat(py.lines()).containsExactly("t1 sleeping", "cancel returns True", "cancelling 1",
                "t1 was cancelled", "t1 cleanup", "main saw CancelledError", "True True",
                "second cancel returns False");
    }

    private Coroutine sleeper(String name) {
        return py.coro("sleeper", c -> c
                .try_(t -> t
                        .print(name + " sleeping")
                        .await(() -> asyncio.sleep(10))
                        .print(name + " woke up"))
                .except("CancelledError", h -> h.print(name + " was cancelled").reraise())
                .finally_(f -> f.print(name + " cleanup")));
    }

    /** 18_future_set_result: a bare future resolved by a timer callback; set_result twice is InvalidStateError. */
    @Test
    void futureSetResult() {
        asyncio.run(py.coro("main", c -> c
                .let("fut", v -> py.loop().createFuture())
                .exec(v -> py.loop().callLater(0.02, Callback.named("Future.set_result",
                        () -> v.<Future>get("fut").setResult("hello from a callback"))))
                .print("done before?", v -> v.<Future>get("fut").done())
                .await(v -> v.get("fut"))
                .print(v -> v.last())
                .try_(t -> t.exec(v -> v.<Future>get("fut").setResult("again")))
                .except("InvalidStateError", h -> h.print("InvalidStateError"))
                .let("other", v -> py.loop().createFuture())
                .try_(t -> t.exec(v -> v.<Future>get("other").result()))
                .except("InvalidStateError",
                        h -> h.print("result() of a pending future raises InvalidStateError"))));
        assertThat(py.lines()).containsExactly("done before? False", "hello from a callback", "InvalidStateError",
                "result() of a pending future raises InvalidStateError");
    }

    /**
     * 19_awaitables: a native coroutine, a {@code @types.coroutine} generator with a bare yield, and an object
     * whose {@code __await__} delegates to {@code asyncio.sleep(0.01).__await__()}.
     */
    @Test
    void threeKindsOfAwaitable() {
        PyCoroutine main = py.coro("main", c -> c
                .await(() -> py.coro("native", n -> n.returns("from a native coroutine")))
                .print(v -> v.last())
                .await(() -> py.coro("legacy", g -> g.yieldNow().returns("from a generator-based coroutine")))
                .print(v -> v.last())
                .await(() -> py.coro("Ready.__await__", r -> r
                        .await(() -> asyncio.sleep(0.01))
                        .returns("from __await__")))
                .print(v -> v.last()));
        asyncio.run(main);
        assertThat(py.lines()).containsExactly("from a native coroutine", "from a generator-based coroutine",
                "from __await__");
        assertThat(engine.clock().now()).isEqualTo(0.01);
    }

    /** 22_current_and_all_tasks: names Task-N, a custom name, current_task() and all_tasks(). */
    @Test
    void currentAndAllTasks() {
        asyncio.run(py.coro("main", c -> c
                .print("main is", v -> asyncio.currentTask().getName())
                .let("t1", v -> asyncio.createTask(named(), null))
                .let("t2", v -> asyncio.createTask(named(), "custom"))
                .print(v -> asyncio.allTasks().stream().map(Task::getName).sorted().toList())
                .await(v -> asyncio.gather(List.of(v.get("t1"), v.get("t2")), false))
                .print(v -> asyncio.allTasks().size())));
        assertThat(py.lines()).containsExactly("main is Task-1", "['Task-1', 'Task-2', 'custom']", "inside Task-2",
                "inside custom", "1");
    }

    private Coroutine named() {
        return py.coro("named", c -> c
                .print("inside", v -> asyncio.currentTask().getName())
                .await(() -> asyncio.sleep(0.01)));
    }
}
