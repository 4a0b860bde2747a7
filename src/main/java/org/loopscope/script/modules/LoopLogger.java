package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.ErrorContext;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Handle;
import org.loopscope.engine.LoopWarning;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.runtime.Output;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;

/**
 * asyncio's default exception handler as CPython's logger prints it on stderr: the message, one
 * {@code key: repr} line per context entry (sorted), then the exception's traceback.
 */
public final class LoopLogger {

    private LoopLogger() {
    }

    /** Writes the report of {@code context} to the run's stderr. */
    public static void log(Interpreter interp, Tracebacks tracebacks, EventLoop loop, ErrorContext context) {
        StringBuilder out = new StringBuilder();
        String message = context.message();
        out.append(message == null || message.isEmpty() ? "Unhandled exception in event loop" : message);
        List<String[]> entries = new ArrayList<>();
        if (context.future() != null) {
            boolean pendingTask = context.kind() == LoopWarning.Kind.TASK_DESTROYED_PENDING;
            entries.add(new String[] {pendingTask ? "task" : "future", PyOps.repr(context.future())});
        }
        if (context.handle() != null) {
            entries.add(new String[] {"handle", context.handle().toString()});
        }
        entries.sort((x, y) -> x[0].compareTo(y[0]));
        for (String[] e : entries) {
            out.append('\n').append(e[0]).append(": ").append(e[1]);
        }
        RuntimeException exception = context.exception();
        if (throughLogging(interp, out.toString(), exception)) {
            return;
        }
        out.append('\n');
        if (exception instanceof PyException error) {
            out.append(tracebacks.format(error));
        }
        interp.context().output().write(Output.Stream.STDERR, out.toString());
    }

    /**
     * Once the program imports {@code logging}, the report goes through its {@code asyncio} logger, as CPython's
     * {@code logger.error(message, exc_info=exception)} does (so the program's basicConfig format applies).
     */
    private static boolean throughLogging(Interpreter interp, String message, RuntimeException exception) {
        org.loopscope.script.runtime.PyModule logging = interp.modules().get("logging");
        if (logging == null || logging.dict().getStr("getLogger") == null) {
            return false;
        }
        Object logger = PyOps.call(PyOps.getattr(logging, "getLogger"), "asyncio");
        Object excInfo = exception instanceof PyException error ? error : (Object) Boolean.FALSE;
        LibraryNatives.asLibraryCaller(logging, "base_events.py", 1771, "default_exception_handler", () ->
                PyOps.call(PyOps.getattr(logger, "error"), new Object[] {message, excInfo}, new String[] {"exc_info"}));
        return true;
    }

    /** The engine's record of a Python context dict ({@code call_exception_handler(context)}). */
    static ErrorContext fromDict(PyDict dict) {
        Object message = dict.getStr("message");
        Object exception = dict.getStr("exception");
        Object future = dict.getStr("future");
        if (future == null) {
            future = dict.getStr("task");
        }
        Object handle = dict.getStr("handle");
        return new ErrorContext(message == null ? "" : PyOps.str(message),
                exception instanceof RuntimeException r ? r : null, future instanceof Future f ? f : null,
                handle instanceof HandleObject h ? h.handle : handle instanceof Handle h2 ? h2 : null);
    }
}
