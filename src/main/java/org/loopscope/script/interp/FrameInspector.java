package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Task;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;

/**
 * A read-only look at a running program's frames and variables, for a watcher on the run's thread (the recorder of
 * the Variables panel): the frames of a task, outermost first, each with its function, current line and bound local
 * variables, and the globals of the {@code __main__} module. It runs none of the program's code and changes nothing
 * the program can observe. Values come back as they are; {@link ValueText} makes their texts.
 *
 * <p>A task whose step runs now has the frames on the interpreter's stack, from its coroutine down to the code that
 * runs (plain function calls included); a suspended task has its coroutine and the chain of coroutines and
 * generators it awaits (what {@code cr_await} shows). Names the compiler makes for itself ({@code .0}) are left out.
 */
public final class FrameInspector {

    /**
     * One frame.
     *
     * @param identity the frame itself, to tell whether two looks saw the same frame (keep it no longer than that)
     * @param function the code's name ({@code main}, {@code <listcomp>})
     * @param line     the line it is at (the line it is about to run, at a line event)
     * @param names    the names of its local slots; shared, never modify
     * @param values   the value of each slot (null where unbound or hidden), cells read through
     */
    public record FrameView(Object identity, String function, int line, String[] names, Object[] values) {
    }

    /** The globals of the {@code __main__} module, in definition order, dunder names left out. */
    public static final class Globals {
        private final String[] names;
        private final Object[] values;
        /** Every key and value of the namespace as seen, dunders included: to tell cheaply that nothing changed. */
        private final Object[] entries;

        Globals(String[] names, Object[] values, Object[] entries) {
            this.names = names;
            this.values = values;
            this.entries = entries;
        }

        /** The names; never modify. */
        public String[] names() {
            return names;
        }

        /** Their values, in the same order; never modify. */
        public Object[] values() {
            return values;
        }
    }

    private static final Globals NONE = new Globals(new String[0], new Object[0], new Object[0]);

    private final Interpreter in;
    /** The {@code __main__} module's namespace, once there is one. */
    private PyDict main;

    private FrameInspector(Interpreter in) {
        this.in = in;
    }

    /** An inspector of the program running on this thread, or null outside a script run. */
    public static FrameInspector current() {
        Interpreter in = Interpreter.current();
        return in == null ? null : new FrameInspector(in);
    }

    /**
     * The frames of {@code task}, outermost first (empty for a Java coroutine); {@code line}
     * is the line the running code has just reached (at a line event), or -1.
     */
    public List<FrameView> taskFrames(Task task, int line) {
        Frame root = task.getCoro() instanceof PyCoroutine coro ? coro.frame : null;
        EventLoop loop = in.engine.runningLoop();
        List<FrameView> frames = new ArrayList<>(4);
        if (loop != null && loop.currentTask() == task) {
            // Its step runs: its frames are on the stack, innermost first, above the frame that runs the loop.
            for (Frame f = in.frame; f != null && f.locals == null; f = f.back) {
                frames.add(view(f, frames.isEmpty() && line > 0 ? line : f.line()));
                if (f == root) {
                    break;
                }
            }
            if (!frames.isEmpty()) {
                java.util.Collections.reverse(frames);
                return frames;
            }
        }
        Object at = task.getCoro();
        while (at instanceof GenBase gen && !gen.finished) {
            frames.add(view(gen.frame, gen.line()));
            at = gen.yieldingFrom();
        }
        return frames;
    }

    /**
     * The globals of the program's {@code __main__} module (empty before there is one): {@code previous} itself
     * (which may be null) when it names the same variables bound to the same objects, so that a watcher looking at
     * every line allocates nothing while they stay.
     */
    public Globals mainGlobals(Globals previous) {
        if (main == null) {
            PyModule module = in.modules().get("__main__");
            if (module == null) {
                return NONE;
            }
            main = module.dict();
        }
        PyDict dict = main;
        if (previous != null && same(dict, previous.entries)) {
            return previous;
        }
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> entries = new ArrayList<>();
        for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
            Object key = dict.keyAt(e);
            Object value = dict.valueAt(e);
            entries.add(key);
            entries.add(value);
            if (key instanceof String name && !dunder(name)) {
                names.add(name);
                values.add(value);
            }
        }
        return new Globals(names.toArray(new String[0]), values.toArray(), entries.toArray());
    }

    /** Whether the namespace holds the same keys bound to the same objects, in the same order, as {@code entries}. */
    private static boolean same(PyDict dict, Object[] entries) {
        int k = 0;
        for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
            if (k + 1 >= entries.length || entries[k] != dict.keyAt(e) || entries[k + 1] != dict.valueAt(e)) {
                return false;
            }
            k += 2;
        }
        return k == entries.length;
    }

    private static boolean dunder(String name) {
        return name.startsWith("__") && name.endsWith("__");
    }

    private static FrameView view(Frame f, int line) {
        String[] names = f.code.localNames();
        Object[] values = new Object[names.length];
        Object[] fast = f.fast;
        for (int i = 0; i < values.length; i++) {
            Object v = fast[i];
            if (v instanceof PyCell cell) {
                v = cell.value;
            }
            values[i] = names[i].startsWith(".") ? null : v;
        }
        return new FrameView(f, f.code.name(), line, names, values);
    }
}
