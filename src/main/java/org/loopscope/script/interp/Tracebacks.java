package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.BiFunction;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Exceptions;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyExceptionGroup;
import org.loopscope.script.runtime.TraceFrame;

/**
 * Formats exceptions as CPython prints them: {@code Traceback (most recent call last):}, one entry per frame with
 * the source line and, when the failing expression is part of the line, the {@code ^^^}/{@code ~~^~~} markers;
 * chained exceptions with their "direct cause" / "during handling" separators; exception groups as boxed trees;
 * runs of identical entries folded into "[Previous line repeated N more times]".
 *
 * <p>Two flavours differ slightly, as in CPython: the interpreter's own printer for uncaught exceptions keeps
 * trailing spaces of source lines ({@code cStyle}); the {@code traceback} module, which logging uses, strips them.
 */
public final class Tracebacks {

    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final Interpreter interp;
    private final BiFunction<String, Integer, String> sourceLine;
    private final boolean cStyle;

    /**
     * A printer for the exceptions of {@code interp}'s run; {@code sourceLine} gives the text of a file's line
     * (without its newline), or null.
     */
    public Tracebacks(Interpreter interp, BiFunction<String, Integer, String> sourceLine, boolean cStyle) {
        this.interp = interp;
        this.sourceLine = sourceLine;
        this.cStyle = cStyle;
    }

    /** The whole report for {@code error}, as {@code sys.excepthook} or {@code traceback.format_exception} give it. */
    public String format(PyException error) {
        StringBuilder out = new StringBuilder();
        Context ctx = new Context();
        format(error, ctx, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static final class Context {
        int groupDepth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        void emit(StringBuilder out, String text, char margin) {
            String prefix = indent();
            if (groupDepth > 0) {
                prefix += margin + " ";
            }
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }

        void emit(StringBuilder out, String text) {
            emit(out, text, '|');
        }
    }

    private void format(PyException top, Context ctx, StringBuilder out, java.util.Set<PyException> seen) {
        List<Object[]> chain = new ArrayList<>();
        PyException exc = top;
        while (exc != null && seen.add(exc)) {
            String msg = null;
            PyException next = null;
            if (exc.cause() != null) {
                msg = CAUSE;
                next = exc.cause();
            } else if (exc.context() != null && !exc.suppressContext()) {
                msg = CONTEXT;
                next = exc.context();
            }
            if (next != null && seen.contains(next)) {
                msg = null;
                next = null;
            }
            chain.add(new Object[] {msg, exc});
            exc = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String msg = (String) chain.get(i)[0];
            PyException e = (PyException) chain.get(i)[1];
            if (msg != null) {
                ctx.emit(out, msg);
            }
            if (!(e instanceof PyExceptionGroup group)) {
                String stack = stack(e);
                if (!stack.isEmpty()) {
                    ctx.emit(out, "Traceback (most recent call last):\n");
                    ctx.emit(out, stack);
                }
                ctx.emit(out, exceptionOnly(e));
            } else if (ctx.groupDepth > MAX_GROUP_DEPTH) {
                ctx.emit(out, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            } else {
                formatGroup(group, ctx, out, seen);
            }
        }
    }

    private void formatGroup(PyExceptionGroup group, Context ctx, StringBuilder out,
                             java.util.Set<PyException> seen) {
        boolean topLevel = ctx.groupDepth == 0;
        if (topLevel) {
            ctx.groupDepth++;
        }
        String stack = stack(group);
        if (!stack.isEmpty()) {
            ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.emit(out, stack);
        }
        ctx.emit(out, exceptionOnly(group));
        Object[] excs = group.exceptions().items();
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            ctx.groupDepth++;
            if (!truncated) {
                format((PyException) excs[i], ctx, out, seen);
            } else {
                int remaining = excs.length - MAX_GROUP_WIDTH;
                ctx.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && ctx.needClose) {
                out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.groupDepth--;
        }
        if (topLevel) {
            ctx.groupDepth = 0;
        }
    }

    /** The last line(s) of a report: {@code ValueError: message}, with a suggestion for a missing name. */
    private String exceptionOnly(PyException e) {
        String located = syntaxErrorOnly(e);
        if (located != null) {
            return located;
        }
        String text = Exceptions.formatExceptionOnly(e);
        String suggestion = Suggestions.suggest(interp, e);
        if (suggestion == null) {
            return text;
        }
        int nl = text.indexOf('\n');
        return text.substring(0, nl) + ". Did you mean: '" + suggestion + "'?" + text.substring(nl);
    }

    /**
     * A SyntaxError that knows where it is (from {@code eval}, {@code exec} or {@code compile}) prints that place,
     * the line and a caret before {@code SyntaxError: msg}; null for other exceptions.
     */
    private static String syntaxErrorOnly(PyException e) {
        if (!e.type().isSubtype(org.loopscope.script.runtime.ExcTypes.SYNTAX_ERROR)
                || !(member(e, "filename") instanceof String file) || !(member(e, "lineno") instanceof Long line)) {
            return null;
        }
        boolean exact = e.type() == org.loopscope.script.runtime.ExcTypes.SYNTAX_ERROR;
        Object msg = member(e, "msg");
        Object text = member(e, "text");
        org.loopscope.script.syntax.PySyntaxError located = new org.loopscope.script.syntax.PySyntaxError(
                exact ? org.loopscope.script.syntax.PySyntaxError.Kind.SYNTAX_ERROR
                        : org.loopscope.script.syntax.PySyntaxError.Kind.INDENTATION_ERROR,
                msg == null || org.loopscope.script.runtime.Py.isNone(msg) ? ""
                        : org.loopscope.script.runtime.Reprs.str(msg), file,
                line.intValue(), intOr(member(e, "offset")), intOr(member(e, "end_lineno")),
                intOr(member(e, "end_offset")), text instanceof String t ? t : null);
        String block = located.format();
        int last = block.lastIndexOf('\n', block.length() - 2);
        String head = block.substring(0, last + 1);
        String tail = block.substring(last + 1);
        String kindName = located.kind().pythonName();
        return head + e.type().tracebackName() + tail.substring(kindName.length());
    }

    private static Object member(PyException e, String name) {
        return org.loopscope.script.runtime.Attrs.getattrOrNull(e, name);
    }

    private static int intOr(Object value) {
        return value instanceof Long l ? l.intValue() : -1;
    }

    /** The entries of {@code error}'s traceback, outermost first, with repeated runs folded. */
    String stack(PyException error) {
        List<TraceFrame> frames = error.traceback();
        List<Interpreter.TracePoint> points = new ArrayList<>(interp == null ? List.of()
                : interp.tracePoints(error));
        Collections.reverse(points);
        boolean positions = points.size() == frames.size();
        StringBuilder out = new StringBuilder();
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (int i = 0; i < frames.size(); i++) {
            TraceFrame f = frames.get(i);
            if (lastFile == null || !f.file().equals(lastFile) || f.line() != lastLine
                    || !f.function().equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(out, count);
                }
                lastFile = f.file();
                lastLine = f.line();
                lastName = f.function();
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                entry(out, f, positions ? points.get(i) : null);
            }
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(out, count);
        }
        return out.toString();
    }

    private static void repeated(StringBuilder out, int count) {
        int more = count - RECURSIVE_CUTOFF;
        out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                .append("]\n");
    }

    private void entry(StringBuilder out, TraceFrame f, Interpreter.TracePoint point) {
        out.append("  File \"").append(f.file()).append("\", line ").append(f.line()).append(", in ")
                .append(f.function()).append('\n');
        String line;
        CodeObject.Position pos;
        LibraryFrames.Line library = LibraryFrames.line(f.file(), f.line());
        if (library != null) {
            line = library.text();
            pos = new CodeObject.Position(f.line(), library.col(), f.line(), library.endCol());
        } else {
            line = sourceLine.apply(f.file(), f.line());
            pos = point == null ? null : point.code().position(point.lasti());
        }
        if (line == null) {
            return;
        }
        String stripped = cStyle ? stripLeading(line) : line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        if (pos != null && pos.line() == f.line() && pos.col() >= 0 && pos.endCol() >= 0) {
            Carets.append(out, line, pos, stripped.length());
        }
    }

    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }
}
