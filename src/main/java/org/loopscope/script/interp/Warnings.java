package org.loopscope.script.interp;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.loopscope.script.runtime.Exceptions;
import org.loopscope.script.runtime.Output;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyOps;

/**
 * What CPython writes on stderr by itself, outside tracebacks: {@code RuntimeWarning: coroutine 'f' was never
 * awaited} (with the line, once per location as the warnings module's default action does, or located at
 * {@code sys:1} when the coroutine is only collected at shutdown), and "Exception ignored in: ..." for an exception
 * a finalizer raised.
 */
final class Warnings {

    private final Interpreter in;
    private final Set<String> warned = new HashSet<>();
    private BiFunction<String, Integer, String> sourceLines = (file, line) -> null;
    private Tracebacks tracebacks;

    Warnings(Interpreter in) {
        this.in = in;
    }

    void sourceLines(BiFunction<String, Integer, String> lines) {
        sourceLines = lines;
    }

    void tracebacks(Tracebacks printer) {
        tracebacks = printer;
    }

    /** The coroutine {@code qualname} was dropped at {@code f}'s instruction {@code lasti} without running. */
    void unawaited(String qualname, Frame f, int lasti) {
        String file = f.code.filename();
        int line = f.code.line(lasti);
        String message = "coroutine '" + qualname + "' was never awaited";
        if (!warned.add(file + ":" + line + ":" + message)) {
            return;
        }
        StringBuilder out = new StringBuilder();
        out.append(file).append(':').append(line).append(": RuntimeWarning: ").append(message).append('\n');
        String text = sourceLines.apply(file, line);
        if (text != null && !text.isBlank()) {
            out.append("  ").append(text.strip()).append('\n');
        }
        out.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        write(out.toString());
    }

    /** The coroutine {@code qualname} is collected during shutdown, never awaited. */
    void unawaitedAtExit(String qualname) {
        write("sys:1: RuntimeWarning: coroutine '" + qualname + "' was never awaited\n");
    }

    /** "Exception ignored in: obj" and the report of {@code error}, as {@code sys.unraisablehook} prints them. */
    void unraisable(PyException error, Object where) {
        String report = tracebacks == null ? Exceptions.formatExceptionOnly(error) : tracebacks.format(error);
        write("Exception ignored in: " + PyOps.repr(where) + "\n" + report);
    }

    private void write(String text) {
        in.context.output().write(Output.Stream.STDERR, text);
    }
}
