package org.loopscope.script.interp;

import java.util.Map;
import org.loopscope.engine.Engine;
import org.loopscope.script.runtime.TraceFrame;

/**
 * The frames of CPython's asyncio (written in Python there, in Java here) that appear in tracebacks, with the
 * source lines and marker columns CPython shows for them.
 */
public final class LibraryFrames {

    private static final String BASE = Engine.CPYTHON_ASYNCIO + "/";

    /** {@code asyncio.run}: {@code return runner.run(main)}. */
    public static final TraceFrame RUNNERS_RUN = new TraceFrame(BASE + "runners.py", 190, "run");
    /** {@code Runner.run}: {@code return self._loop.run_until_complete(task)}. */
    public static final TraceFrame RUNNER_RUN = new TraceFrame(BASE + "runners.py", 118, "run");
    /** {@code run_until_complete}: {@code return future.result()}. */
    public static final TraceFrame RUN_UNTIL_COMPLETE = new TraceFrame(BASE + "base_events.py", 653,
            "run_until_complete");
    /** {@code Handle._run}: {@code self._context.run(self._callback, *self._args)}. */
    public static final TraceFrame EVENTS_RUN = new TraceFrame(BASE + "events.py", 80, "_run");

    /** {@code BaseEventLoop._run_once}: {@code handle._run()}. */
    public static final TraceFrame RUN_ONCE = new TraceFrame(BASE + "base_events.py", 1922, "_run_once");
    /** {@code run_forever}: {@code self._run_once()}. */
    public static final TraceFrame RUN_FOREVER = new TraceFrame(BASE + "base_events.py", 607, "run_forever");
    /** {@code run_until_complete}: {@code self.run_forever()}. */
    public static final TraceFrame RUN_UNTIL_COMPLETE_FOREVER = new TraceFrame(BASE + "base_events.py", 640,
            "run_until_complete");
    /** {@code TaskGroup.__aexit__}: {@code raise me from None}. */
    public static final TraceFrame TASKGROUP_AEXIT = new TraceFrame(BASE + "taskgroups.py", 145, "__aexit__");

    /** A library source line: its text and the columns of the expression that failed. */
    record Line(String text, int col, int endCol) {
    }

    private static final Map<String, Line> LINES = Map.of(
            key(RUNNERS_RUN), new Line("        return runner.run(main)", 15, 31),
            key(RUNNER_RUN), new Line("            return self._loop.run_until_complete(task)", 19, 54),
            key(RUN_UNTIL_COMPLETE), new Line("        return future.result()", 15, 30),
            key(EVENTS_RUN), new Line("            self._context.run(self._callback, *self._args)", 12, 58),
            key(RUN_ONCE), new Line("                handle._run()", 16, 29),
            key(RUN_FOREVER), new Line("                self._run_once()", 16, 32),
            key(RUN_UNTIL_COMPLETE_FOREVER), new Line("            self.run_forever()", 12, 30),
            key(TASKGROUP_AEXIT), new Line("                raise me from None", 16, 34));

    private LibraryFrames() {
    }

    private static String key(TraceFrame f) {
        return f.file() + ":" + f.line();
    }

    static Line line(String file, int line) {
        return LINES.get(file + ":" + line);
    }
}
