package org.loopscope.session.view;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.PythonError;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceRecorder;

/**
 * A test program run on a Java engine with a {@link TraceRecorder} attached, written with the {@link Py} DSL, and the
 * programs several tests share, each with the Python program it mirrors. {@link #snapshot()} inside the program keeps
 * the trace as it was then, as a live session would see it.
 */
public final class Recorded {

    /** Where the programs' coroutines say they are defined. */
    static final String FILE = "/work/prog.py";

    public final Py py = Py.forJava();
    public final Asyncio asyncio = py.asyncio();
    public final TraceRecorder recorder = TraceRecorder.attach(py.engine());
    public final List<Trace> snapshots = new ArrayList<>();

    /** {@code asyncio.run(main)} (an exception it raises is kept in the trace), then the whole trace. */
    public Trace run(PyCoroutine main) {
        try {
            asyncio.run(main);
        } catch (PythonError raised) {
            // The trace shows the failure; the tests look at the trace.
        }
        return recorder.trace();
    }

    /** Keeps the trace so far. */
    public void snapshot() {
        snapshots.add(recorder.trace());
    }

    /**
     * <pre>
     * async def sleeper(d):
     *     await asyncio.sleep(d)     # line 2
     *     return d
     *
     * async def main():
     *     print(await asyncio.gather(sleeper(1), sleeper(2), sleeper(3)))   # line 6
     * </pre>
     * python3 prints the sleepers waking at 1, 2 and 3 s, then [1, 2, 3].
     */
    public Trace gatherOfThreeSleepers() {
        return run(py.coro("main", c -> c
                .line(6).await(() -> asyncio.gather(List.of(sleeper(1), sleeper(2), sleeper(3)), false)))
                .definedAt(FILE, 5));
    }

    PyCoroutine sleeper(double delay) {
        return py.coro("sleeper", c -> c
                .exec(this::snapshot)
                .line(2).await(() -> asyncio.sleep(delay))
                .exec(this::snapshot)
                .line(3).returns(delay))
                .definedAt(FILE, 1);
    }

    /**
     * /work/shared/conformance/04_blocking_vs_async_sleep.py, without its prints:
     * <pre>
     * async def blocking(i):
     *     time.sleep(0.2)
     * async def cooperative(i):
     *     await asyncio.sleep(0.2)
     * async def main():
     *     await asyncio.gather(*[blocking(i) for i in range(3)])      # python3: "blocking total 0.6"
     *     await asyncio.gather(*[cooperative(i) for i in range(3)])   # python3: "cooperative total 0.2"
     * </pre>
     */
    public Trace blockingVersusAsyncSleep() {
        return run(py.coro("main", c -> c
                .await(() -> asyncio.gather(List.of(blocking(), blocking(), blocking()), false))
                .await(() -> asyncio.gather(List.of(cooperative(), cooperative(), cooperative()), false))));
    }

    private PyCoroutine blocking() {
        return py.coro("blocking", c -> c.line(7).exec(() -> py.engine().getRunningLoop().block(0.2, "time.sleep")));
    }

    private PyCoroutine cooperative() {
        return py.coro("cooperative", c -> c.line(12).await(() -> asyncio.sleep(0.2)));
    }

    /**
     * <pre>
     * async def sleeper():
     *     await asyncio.sleep(10)
     * async def main():
     *     t = asyncio.get_running_loop().create_task(sleeper())
     *     await asyncio.sleep(0.05)
     *     t.cancel()
     *     try:
     *         await t
     *     except asyncio.CancelledError:
     *         print('cancelled', t.cancelled(), t.get_name())   # python3: cancelled True Task-2
     * </pre>
     */
    public Trace cancelASleeper() {
        Object[] task = new Object[1];
        return run(py.coro("main", c -> c
                .exec(() -> task[0] = asyncio.getRunningLoop().createTask(
                        py.coro("sleeper", s -> s.await(() -> asyncio.sleep(10))), null))
                .await(() -> asyncio.sleep(0.05))
                .exec(() -> ((org.loopscope.engine.Task) task[0]).cancel())
                .try_(t -> t.await(() -> task[0]))
                .except("CancelledError", h -> h.exec(() -> { }))));
    }

    /**
     * <pre>
     * async def worker(i):
     *     for _ in range(sleeps):
     *         await asyncio.sleep(0.001 * (i % 10 + 1))
     * async def main():
     *     await asyncio.gather(*[worker(i) for i in range(tasks)])
     * </pre>
     * A program with many lanes and many events, for the cost of drawing.
     */
    public Trace manySleepers(int tasks, int sleeps) {
        return run(py.coro("main", c -> c.await(() -> {
            List<Object> workers = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                double delay = 0.001 * (i % 10 + 1);
                workers.add(py.coro("worker", w -> w.forRange("k", sleeps, b -> b.await(() -> asyncio.sleep(delay)))));
            }
            return asyncio.gather(workers, false);
        })));
    }
}
