package org.loopscope.session.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.loopscope.session.Outcome;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/**
 * The variables recorded while a session runs are those CPython has at the same points: the expected values below
 * are what {@code python3} printed with {@code locals()} before each {@code await} of the same program.
 */
class VariableRecorderTest {

    static final String PATH = "/work/prog.py";
    static final String TWO_WORKERS = String.join("\n",
            "import asyncio",
            "",
            "counter = 0",
            "",
            "",
            "async def worker(name, n):",
            "    total = 0",
            "    for i in range(n):",
            "        total += i",
            "        await asyncio.sleep(0.1)",
            "    return total",
            "",
            "",
            "async def main():",
            "    global counter",
            "    a = asyncio.create_task(worker(\"a\", 3))",
            "    b = asyncio.create_task(worker(\"b\", 2))",
            "    counter = 1",
            "    results = await asyncio.gather(a, b)",
            "    counter = 2",
            "    print(results, counter)",
            "",
            "",
            "asyncio.run(main())",
            "");

    static Session finished(String text, long budget) throws InterruptedException {
        Session session = Session.start(RunInput.of(PATH, text), budget);
        Outcome outcome = session.awaitOutcome(Duration.ofSeconds(60)).orElseThrow();
        assertEquals(0, outcome.exitStatus(), outcome.stderr());
        return session;
    }

    static VariablesState at(Session session, int position) {
        return VariablesBuilder.build(session.snapshot(), session.variables(), position, false, null);
    }

    /** {name: value text} of the innermost frame of {@code task}. */
    static Map<String, String> innermost(VariablesState state, String task) {
        VariablesState.TaskVariables entry = state.task(task);
        assertNotNull(entry, task + " listed");
        assertFalse(entry.frames().isEmpty(), task + " has frames");
        Map<String, String> values = new TreeMap<>();
        for (VariablesState.Variable v : entry.frames().get(entry.frames().size() - 1).variables()) {
            values.put(v.name(), v.value());
        }
        return values;
    }

    /** The positions just after each step end of task {@code task} that left it suspended. */
    static List<Integer> suspensions(Trace trace, int task) {
        EventLog log = trace.events();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.STEP_END && log.task(i) == task && log.arg(i) > 0) {
                positions.add(i + 1);
            }
        }
        return positions;
    }

    @Test
    void eachSuspendedWorkerKeepsTheLocalsItHadAtItsAwait() throws InterruptedException {
        Session session = finished(TWO_WORKERS, VariableLog.DEFAULT_BUDGET);
        Trace trace = session.snapshot();
        // python3: a at 0 total 0, a at 1 total 1, a at 2 total 3; b at 0 total 0, b at 1 total 1
        String[][] workerA = {{"0", "0"}, {"1", "1"}, {"2", "3"}};
        String[][] workerB = {{"0", "0"}, {"1", "1"}};
        checkWorker(session, trace, 1, "Task-2", "'a'", "3", workerA);
        checkWorker(session, trace, 2, "Task-3", "'b'", "2", workerB);
    }

    private static void checkWorker(Session session, Trace trace, int task, String name, String label, String n,
            String[][] expected) {
        List<Integer> positions = suspensions(trace, task);
        assertEquals(expected.length, positions.size(), name + " suspensions");
        for (int k = 0; k < expected.length; k++) {
            VariablesState state = at(session, positions.get(k));
            assertEquals(Map.of("name", label, "n", n, "i", expected[k][0], "total", expected[k][1]),
                    innermost(state, name), name + " at its await #" + k);
            VariablesState.TaskVariables entry = state.task(name);
            assertFalse(entry.running(), "suspended at its await");
            assertEquals(10, entry.frames().get(0).line(), "suspended at the await line");
            assertEquals("WAITING", entry.state());
        }
    }

    @Test
    void theOtherTaskStaysAsItWasWhileOneRuns() throws InterruptedException {
        Session session = finished(TWO_WORKERS, VariableLog.DEFAULT_BUDGET);
        Trace trace = session.snapshot();
        // While worker b takes its second step, worker a (suspended earlier, at i = 1) keeps i = 1, total = 1.
        int bSecond = suspensions(trace, 2).get(1);
        VariablesState state = at(session, bSecond - 1);
        assertTrue(state.task("Task-3").running(), "b's step runs at the cursor");
        assertEquals("1", innermost(state, "Task-2").get("i"));
        assertEquals("1", innermost(state, "Task-2").get("total"));
        assertEquals("1", innermost(state, "Task-3").get("total"));
    }

    @Test
    void mainSeesItsTasksAndTheGlobalItSet() throws InterruptedException {
        Session session = finished(TWO_WORKERS, VariableLog.DEFAULT_BUDGET);
        Trace trace = session.snapshot();
        VariablesState state = at(session, suspensions(trace, 0).get(0));
        Map<String, String> main = innermost(state, "Task-1");
        // python3 printed repr(a) there: <Task pending name='Task-2' coro=<worker() running at PATH:6>>
        assertEquals("<Task pending name='Task-2' coro=<worker() running at /work/prog.py:6>>", main.get("a"));
        assertNull(main.get("results"), "not bound yet");
        assertEquals(List.of(new VariablesState.Variable("counter", "1", "int")), state.globals());
        // Before the tasks ran, they already show their arguments.
        assertEquals(Map.of("name", "'b'", "n", "2"), innermost(state, "Task-3"));
        // At the end: the workers are done with their results, counter is 2, results bound.
        VariablesState end = at(session, trace.size());
        assertEquals("done", end.task("Task-2").outcome());
        assertEquals("3", end.task("Task-2").outcomeText());
        assertEquals("1", end.task("Task-3").outcomeText());
        assertEquals("[3, 1]", innermost(end, "Task-1").get("results"));
        assertEquals("2", end.globals().get(0).value());
    }

    @Test
    void aLineEventShowsTheLocalsBeforeThatLineRuns() throws InterruptedException {
        Session session = finished(TWO_WORKERS, VariableLog.DEFAULT_BUDGET);
        EventLog log = session.snapshot().events();
        // Worker a's second pass: at line 10 (the await) total is already 1; at line 9 before it, still 0.
        List<Integer> line9 = new ArrayList<>();
        List<Integer> line10 = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.LINE && log.task(i) == 1) {
                (log.arg(i) == 9 ? line9 : log.arg(i) == 10 ? line10 : new ArrayList<Integer>()).add(i + 1);
            }
        }
        assertEquals("0", innermost(at(session, line9.get(1)), "Task-2").get("total"));
        assertEquals("1", innermost(at(session, line9.get(1)), "Task-2").get("i"));
        // The await line reached from line 9 (a resumption also starts at line 10, before the loop goes on).
        int await = line10.stream().filter(p -> p > line9.get(1)).findFirst().orElseThrow();
        assertEquals("1", innermost(at(session, await), "Task-2").get("total"));
        assertTrue(at(session, await).task("Task-2").running());
        assertEquals(10, at(session, await).task("Task-2").frames().get(0).line());
    }

    @Test
    void aFinishedTaskKeepsItsFrameAtTheLastLineItRan() throws InterruptedException {
        Session session = finished(TWO_WORKERS, VariableLog.DEFAULT_BUDGET);
        VariablesState end = at(session, session.snapshot().events().size());
        // python3: worker a returns from line 11 ("return total") with total 3.
        List<VariablesState.FrameVariables> frames = end.task("Task-2").frames();
        assertEquals(11, frames.get(frames.size() - 1).line());
        assertEquals("3", innermost(end, "Task-2").get("total"));
    }

    static final String NESTED = String.join("\n",
            "import asyncio",
            "",
            "",
            "def helper(k):",
            "    doubled = k * 2",
            "    return doubled",
            "",
            "",
            "async def inner(x):",
            "    y = helper(x)",
            "    await asyncio.sleep(1)",
            "    return y",
            "",
            "",
            "async def main():",
            "    got = await inner(5)",
            "    print(got)",
            "",
            "",
            "asyncio.run(main())",
            "");

    @Test
    void aTaskShowsItsWholeChainOfFramesOutermostFirst() throws InterruptedException {
        Session session = finished(NESTED, VariableLog.DEFAULT_BUDGET);
        Trace trace = session.snapshot();
        EventLog log = trace.events();
        int inHelper = -1;
        for (int i = 0; i < log.size() && inHelper < 0; i++) {
            if (log.kind(i) == EventKind.LINE && log.arg(i) == 6) {
                inHelper = i + 1;
            }
        }
        VariablesState.TaskVariables running = at(session, inHelper).task("Task-1");
        assertEquals(List.of("main", "inner", "helper"), running.frames().stream()
                .map(VariablesState.FrameVariables::function).toList());
        assertEquals(List.of(16, 10, 6), running.frames().stream().map(VariablesState.FrameVariables::line).toList());
        assertEquals(List.of(new VariablesState.Variable("k", "5", "int"),
                new VariablesState.Variable("doubled", "10", "int")), running.frames().get(2).variables());
        assertTrue(running.frames().get(0).variables().isEmpty(), "got is not bound yet");

        VariablesState.TaskVariables suspended = at(session, suspensions(trace, 0).get(0)).task("Task-1");
        assertEquals(List.of("main", "inner"), suspended.frames().stream()
                .map(VariablesState.FrameVariables::function).toList(), "the call to helper has returned");
        assertEquals(List.of(16, 11), suspended.frames().stream().map(VariablesState.FrameVariables::line).toList());
        assertEquals(List.of(new VariablesState.Variable("x", "5", "int"),
                new VariablesState.Variable("y", "10", "int")), suspended.frames().get(1).variables());
        assertEquals("10", innermost(at(session, trace.size()), "Task-1").get("got"));
    }
}
