package org.loopscope.trace;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.PythonError;
import org.loopscope.engine.support.Py;
import org.loopscope.engine.support.PyCoroutine;

/**
 * A run of a test program with a {@link TraceRecorder} attached, the program written with the {@link Py} DSL.
 * {@link #print} writes through the instruments, as the script VM's {@code print} does, so the trace has the
 * output. Also the programs shared by several tests, each with the Python program it mirrors.
 */
final class TracedRun {

    /** Where the test programs' reprs say they are defined. */
    static final String FILE = "/work/prog.py";

    final Engine engine = Engine.forJava();
    final Py py = new Py(engine);
    final Asyncio asyncio = py.asyncio();
    final TraceRecorder recorder;

    TracedRun() {
        this(TraceRecorder.DEFAULT_CHECKPOINT_INTERVAL);
    }

    TracedRun(int checkpointInterval) {
        recorder = new TraceRecorder(checkpointInterval);
        engine.instruments().add(recorder);
    }

    /** {@code print(*parts)} in the running program. */
    void print(Object... parts) {
        List<String> words = new ArrayList<>();
        for (Object part : parts) {
            words.add(String.valueOf(part));
        }
        String text = String.join(" ", words) + "\n";
        EventLoop loop = engine.runningLoop();
        engine.instruments().emit(i -> i.output(loop, "stdout", text));
    }

    /** {@code asyncio.run(main)}; an exception it raises is returned, not thrown. Then the trace. */
    Trace run(PyCoroutine main) {
        try {
            asyncio.run(main);
        } catch (PythonError raised) {
            print("raised", raised.type());
        }
        return recorder.trace();
    }

    /**
     * <pre>
     * async def sleeper(d):
     *     await asyncio.sleep(d)      # line 2
     *     return d                    # line 3
     *
     * async def main():
     *     print('start')
     *     results = await asyncio.gather(sleeper(1), sleeper(2), sleeper(3))   # line 7
     *     print(results)
     * </pre>
     */
    Trace gatherOfThreeSleepers() {
        return run(py.coro("main", c -> c
                .line(6).exec(() -> print("start"))
                .line(7).await("results", () -> asyncio.gather(List.of(sleeper(1), sleeper(2), sleeper(3)), false))
                .line(8).exec(v -> print(v.value("results"))))
                .definedAt(FILE, 5));
    }

    PyCoroutine sleeper(double delay) {
        return py.coro("sleeper", c -> c
                .line(2).await(() -> asyncio.sleep(delay))
                .line(3).returns(delay))
                .definedAt(FILE, 1);
    }

    /** The task named {@code name}. */
    static int task(Trace trace, String name) {
        for (int t = 0; t < trace.taskCount(); t++) {
            if (trace.taskName(t).equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no task " + name);
    }

    /** The states of a task's intervals, in order. */
    static List<TaskState> states(Trace trace, int task) {
        return trace.intervalsOf(task).stream().map(TaskInterval::state).toList();
    }
}
