package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Py;

/**
 * The loop's public API — run_until_complete, run_forever, stop, close, is_running, is_closed — and its errors,
 * each as CPython 3.11 behaves. The Python programs are in the comments; their output is what the tests assert.
 */
class EventLoopApiTest {

    private final Py py = Py.forJava();
    private final Engine engine = py.engine();
    private final Asyncio asyncio = py.asyncio();
    private final EventLoop loop = engine.newEventLoop();
    private final List<Object> seen = new ArrayList<>();

    /**
     * <pre>
     * async def c(): return 'coro result'
     * print(loop.run_until_complete(c()))                     # coro result
     * fut = loop.create_future(); loop.call_soon(fut.set_result, 'future result')
     * print(loop.run_until_complete(fut))                     # future result
     * </pre>
     */
    @Test
    void runUntilCompleteTakesACoroutineOrAFuture() {
        assertThat(loop.runUntilComplete(py.coro("c", c -> c.returns("coro result")))).isEqualTo("coro result");
        Future fut = loop.createFuture();
        loop.callSoon(() -> fut.setResult("future result"));
        assertThat(loop.runUntilComplete(fut)).isEqualTo("future result");
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void runUntilCompleteRaisesWhatTheFutureRaised() {
        Future fut = loop.createFuture();
        loop.callSoon(() -> fut.setException(new PythonError("ValueError", "bad")));
        assertThatThrownBy(() -> loop.runUntilComplete(fut)).isInstanceOfSatisfying(PythonError.class,
                e -> assertThat(e.type()).isEqualTo("ValueError"));
        assertThat(loop.isRunning()).isFalse();
        assertThat(fut.callbacks()).isEmpty();
    }

    /**
     * stop() before run_forever(): exactly one iteration runs.
     * <pre>
     * def cb(n): seen.append(n); loop.call_soon(cb, n + 1)
     * loop.call_soon(cb, 1); loop.stop(); loop.run_forever(); print(seen)   # [1]
     * </pre>
     */
    @Test
    void stopBeforeRunForeverRunsExactlyOneIteration() {
        loop.callSoon(chain(1));
        loop.stop();
        long before = loop.iterations();
        loop.runForever();
        assertThat(seen).containsExactly(1);
        assertThat(loop.iterations() - before).isEqualTo(1);
        assertThat(loop.readyHandles()).hasSize(1);
    }

    private Callback chain(int n) {
        return () -> {
            seen.add(n);
            loop.callSoon(chain(n + 1));
        };
    }

    /**
     * stop() from a callback: the current iteration completes, later ones do not run.
     * <pre>
     * loop.call_soon(stopper)                         # seen.append('stopper'); loop.stop()
     * loop.call_soon(lambda: seen.append('after stopper'))
     * loop.run_forever(); print(seen)                 # ['stopper', 'after stopper']
     * </pre>
     */
    @Test
    void stopFromACallbackFinishesTheIteration() {
        loop.callSoon(() -> {
            seen.add("stopper");
            loop.stop();
            loop.callSoon(() -> seen.add("next iteration"));
        });
        loop.callSoon(() -> seen.add("after stopper"));
        loop.runForever();
        assertThat(seen).containsExactly("stopper", "after stopper");
        assertThat(loop.isRunning()).isFalse();
        loop.callSoon(loop::stop);
        loop.runForever();
        assertThat(seen).containsExactly("stopper", "after stopper", "next iteration");
    }

    /**
     * <pre>
     * f2 = loop.create_future(); loop.call_soon(loop.stop)
     * loop.run_until_complete(f2)    # RuntimeError: Event loop stopped before Future completed.
     * </pre>
     */
    @Test
    void stoppingBeforeTheFutureIsDoneIsAnError() {
        Future never = loop.createFuture();
        loop.callSoon(loop::stop);
        assertError(() -> loop.runUntilComplete(never), "RuntimeError", "Event loop stopped before Future completed.");
        assertThat(never.callbacks()).isEmpty();
    }

    /**
     * Inside a running loop:
     * <pre>
     * loop.run_until_complete(asyncio.sleep(0))  # RuntimeError: This event loop is already running
     * loop.run_forever()                         # RuntimeError: This event loop is already running
     * loop.close()                               # RuntimeError: Cannot close a running event loop
     * print(loop.is_running(), loop.is_closed()) # True False; after the run: False False
     * </pre>
     */
    @Test
    void aRunningLoopRefusesToRunAgainOrClose() {
        loop.runUntilComplete(py.coro("nested", c -> c
                .exec(() -> assertError(() -> loop.runUntilComplete(asyncio.sleep(0)), "RuntimeError",
                        "This event loop is already running"))
                .exec(() -> assertError(loop::runForever, "RuntimeError", "This event loop is already running"))
                .exec(() -> assertError(loop::close, "RuntimeError", "Cannot close a running event loop"))
                .exec(() -> py.print(loop.isRunning(), loop.isClosed()))));
        py.print(loop.isRunning(), loop.isClosed());
        assertThat(py.lines()).containsExactly("True False", "False False");
    }

    @Test
    void anotherLoopCannotRunWhileOneRuns() {
        EventLoop other = engine.newEventLoop();
        loop.runUntilComplete(py.coro("main", c -> c.exec(() -> assertError(() -> other.runForever(),
                "RuntimeError", "Cannot run the event loop while another loop is running"))));
        assertThat(engine.runningLoop()).isNull();
    }

    /**
     * <pre>
     * loop.close(); loop.close(); print(loop.is_closed())     # True (closing twice is fine)
     * loop.call_soon(print)           # RuntimeError: Event loop is closed (also call_later, call_at,
     *                                 # create_task, run_until_complete, run_forever)
     * </pre>
     */
    @Test
    void aClosedLoopSchedulesNothing() {
        loop.callSoon(() -> seen.add("dropped"));
        loop.callLater(1, () -> seen.add("dropped timer"));
        loop.close();
        loop.close();
        assertThat(loop.isClosed()).isTrue();
        assertThat(loop.readyHandles()).isEmpty();
        assertThat(loop.scheduledTimers()).isEmpty();
        List<Runnable> calls = List.of(
                () -> loop.callSoon(() -> { }),
                () -> loop.callLater(1, () -> { }),
                () -> loop.callAt(1, () -> { }),
                () -> loop.createTask(py.coro("c", c -> c.returns(null))),
                () -> loop.runUntilComplete(loop.createFuture()),
                loop::runForever);
        for (Runnable call : calls) {
            assertError(call, "RuntimeError", "Event loop is closed");
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void aClosedLoopDoesNotConsumeATaskName() {
        loop.close();
        assertError(() -> loop.createTask(py.coro("c", c -> c.returns(null))), "RuntimeError",
                "Event loop is closed");
        EventLoop next = engine.newEventLoop();
        assertThat(next.createTask(py.coro("c", c -> c.returns(null))).getName()).isEqualTo("Task-1");
    }

    @Test
    void reprShowsRunningAndClosed() {
        assertThat(loop).hasToString("<_UnixSelectorEventLoop running=False closed=False debug=False>");
        loop.runUntilComplete(py.coro("main", c -> c.exec(() -> py.print(loop.toString()))));
        loop.close();
        assertThat(py.lines()).containsExactly("<_UnixSelectorEventLoop running=True closed=False debug=False>");
        assertThat(loop).hasToString("<_UnixSelectorEventLoop running=False closed=True debug=False>");
    }

    /** Asserts that {@code call} raises the Python exception {@code type(message)}. */
    static void assertError(Runnable call, String type, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PythonError.class, error -> {
            assertThat(error.type()).isEqualTo(type);
            assertThat(error.args()).containsExactly(message);
        });
    }

    /** Asserts that {@code call} raises a Python exception of {@code type} and hands it to {@code check}. */
    static void assertRaises(Runnable call, String type, Consumer<PythonError> check) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PythonError.class, error -> {
            assertThat(error.type()).isEqualTo(type);
            check.accept(error);
        });
    }
}
