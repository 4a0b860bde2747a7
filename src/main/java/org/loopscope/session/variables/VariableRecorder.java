package org.loopscope.session.variables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.Task;
import org.loopscope.script.interp.FrameInspector;
import org.loopscope.script.interp.ValueText;
import org.loopscope.script.runtime.Py;
import org.loopscope.trace.TraceRecorder;

/**
 * Records the variables of a run into a {@link VariableLog}: an instrument attached right after the trace recorder
 * (so each snapshot is keyed by the position of the event it follows) that snapshots a task's frames when the task is
 * created (its arguments), at each line it reaches, and when its step ends, and how it ended; and the module's
 * globals at the same moments. A snapshot is kept only when something changed; frames and variables that did not
 * change are shared with the previous snapshot.
 *
 * <p>Values whose text can never change are kept as they are and shown later; the text of any other value (lists,
 * objects, tasks) is made at once, with {@link ValueText}, which runs none of the program's code.
 */
public final class VariableRecorder implements Instrument {

    /** The longest text of a value. */
    public static final int TEXT_CAP = 80;

    private final TraceRecorder trace;
    private final VariableLog log;
    /**
     * The ids of the tasks seen, in order of creation, which is the trace's order (ids grow as tasks are made, so a
     * binary search finds a task's number without hashing 100,000 tasks).
     */
    private long[] ids = new long[64];
    private int taskCount;
    /** Per task: what was seen at its last snapshot. */
    private final List<Seen> seen = new ArrayList<>();
    private Locals lastGlobals;
    private FrameInspector inspector;
    /** The globals as last seen, and whether any of them is a value whose text can change (a list, an object). */
    private FrameInspector.Globals rawGlobals;
    private boolean changeableGlobals;
    /** The last task looked up, and its index: consecutive events are mostly of one task. */
    private Task lastTask;
    private int lastIndex = -1;
    /**
     * The texts of definitions (modules, functions, classes) by identity: made once, as their names do not change
     * (a program that assigns a function's {@code __qualname__} is the exception). Bounded: cleared when full.
     */
    private final Map<Object, Locals.Shown> definitions = new IdentityHashMap<>();
    private static final int DEFINITIONS_KEPT = 4096;

    /** A recorder keying its snapshots by {@code trace}'s size, writing to {@code log}. */
    public VariableRecorder(TraceRecorder trace, VariableLog log) {
        this.trace = Objects.requireNonNull(trace, "trace");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The log it writes. */
    public VariableLog log() {
        return log;
    }

    /** The frames and snapshot last recorded for a task (the frames only to compare with: the VM's own objects). */
    private static final class Seen {
        Object[] frames = new Object[0];
        TaskSnapshot snapshot;
        /** The last line the task's running code reached (the trace has it; a snapshot need not). */
        int lastLine = -1;
    }

    @Override
    public void taskSpawned(Task task) {
        if (taskCount > 0 && task.id() <= ids[taskCount - 1]) {
            // Ids always grow; were they ever not to, no task after this one could be found: stop cleanly.
            throw new IllegalStateException("task ids out of order: " + task.id());
        }
        if (taskCount == ids.length) {
            ids = Arrays.copyOf(ids, taskCount * 2);
        }
        ids[taskCount++] = task.id();
        seen.add(new Seen());
        snapshot(task, -1);
    }

    @Override
    public void line(EventLoop loop, Task task, int line) {
        if (task != null) {
            snapshot(task, line);
        }
    }

    @Override
    public void afterTaskStep(Task task, Future awaiting) {
        if (!task.done()) {
            snapshot(task, -1);
        }
    }

    @Override
    public void taskExited(Task task, RuntimeException exception) {
        int index = index(task);
        if (index < 0 || log.cut()) {
            return;
        }
        Seen last = seen.get(index);
        TaskSnapshot.Outcome outcome = task.cancelled() ? new TaskSnapshot.Outcome("cancelled", "")
                : exception != null ? new TaskSnapshot.Outcome("failed", stored(exception))
                : new TaskSnapshot.Outcome("done", stored(Py.nn(task.peekResult())));
        FrameSnapshot[] frames = last.snapshot == null ? new FrameSnapshot[0] : last.snapshot.frames();
        if (frames.length > 0 && last.lastLine > 0) {
            // The innermost frame ran on after its last snapshot (a new line alone is not one): it ended at the
            // last line it reached.
            FrameSnapshot inner = frames[frames.length - 1];
            frames = frames.clone();
            frames[frames.length - 1] = new FrameSnapshot(inner.function(), last.lastLine, inner.locals());
        }
        log.addTask(index, trace.size(), new TaskSnapshot(frames, outcome), 96);
        // A finished task is never looked at again: let its frames go.
        seen.set(index, null);
        lastTask = null;
    }

    private void snapshot(Task task, int line) {
        int index = index(task);
        if (index < 0 || log.cut()) {
            return;
        }
        int position = trace.size();
        Seen last = seen.get(index);
        if (line > 0) {
            last.lastLine = line;
        }
        FrameInspector inspector = inspector();
        if (inspector == null) {
            return;
        }
        List<FrameInspector.FrameView> views = inspector.taskFrames(task, line);
        FrameSnapshot[] before = last.snapshot == null ? null : last.snapshot.frames();
        if (before == null || !unchanged(views, last.frames, before, line > 0)) {
            record(index, position, last, views, before);
        }
        recordGlobals(position);
    }

    /**
     * Whether {@code views} are the frames seen last ({@code identities}), at the same lines and with the same
     * variables. At a line event ({@code running}) the innermost frame's line is not compared: while the task runs,
     * the trace has its line (a new line alone costs no snapshot); at the end of a step it is.
     */
    private boolean unchanged(List<FrameInspector.FrameView> views, Object[] identities, FrameSnapshot[] before,
            boolean running) {
        int n = views.size();
        if (n != before.length || n != identities.length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            FrameInspector.FrameView view = views.get(k);
            if (identities[k] != view.identity() || (k < n - 1 || !running) && before[k].line() != view.line()
                    || !sameLocals(view.names(), view.values(), before[k].locals())) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLocals(String[] names, Object[] values, Locals previous) {
        if (previous.names != names && !Arrays.equals(previous.names, names)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (!Objects.equals(stored(values[i]), previous.values[i])) {
                return false;
            }
        }
        return true;
    }

    private void record(int index, int position, Seen last, List<FrameInspector.FrameView> views,
            FrameSnapshot[] before) {
        FrameSnapshot[] frames = new FrameSnapshot[views.size()];
        Object[] identities = new Object[frames.length];
        long cost = 0;
        for (int k = 0; k < frames.length; k++) {
            FrameInspector.FrameView view = views.get(k);
            identities[k] = view.identity();
            FrameSnapshot previous = before != null && k < before.length && k < last.frames.length
                    && last.frames[k] == view.identity() ? before[k] : null;
            Locals locals = locals(view.names(), view.values(), previous == null ? null : previous.locals());
            if (previous != null && previous.locals() == locals && previous.line() == view.line()) {
                frames[k] = previous;
            } else {
                frames[k] = new FrameSnapshot(view.function(), view.line(), locals);
                cost += 32 + (previous != null && previous.locals() == locals ? 0 : cost(locals));
            }
        }
        last.frames = identities;
        TaskSnapshot snapshot = new TaskSnapshot(frames, null);
        if (log.addTask(index, position, snapshot, 40 + 8L * frames.length + cost)) {
            last.snapshot = snapshot;
        }
    }

    /** The inspector of the program this recorder watches (it runs on the run's thread), made at the first look. */
    private FrameInspector inspector() {
        if (inspector == null) {
            inspector = FrameInspector.current();
        }
        return inspector;
    }

    private int index(Task task) {
        if (task != lastTask) {
            int found = Arrays.binarySearch(ids, 0, taskCount, task.id());
            lastTask = task;
            lastIndex = found >= 0 && seen.get(found) != null ? found : -1;
        }
        return lastIndex;
    }

    private void recordGlobals(int position) {
        FrameInspector.Globals now = inspector.mainGlobals(rawGlobals);
        if (now == rawGlobals && !changeableGlobals) {
            // The same objects, none of whose texts can change: nothing to look at.
            return;
        }
        rawGlobals = now;
        changeableGlobals = false;
        for (Object value : now.values()) {
            changeableGlobals |= !ValueText.settled(value) && !ValueText.definition(value);
        }
        Locals globals = locals(now.names(), now.values(), lastGlobals);
        if (globals != lastGlobals && log.addGlobals(position, globals, cost(globals) + 16L * now.names().length)) {
            lastGlobals = globals;
        }
    }

    /**
     * The variables of {@code names}/{@code values} as recorded: {@code previous} itself if every variable is as it
     * was there (the same settled value, or a changeable value with the same text and type).
     */
    private Locals locals(String[] names, Object[] values, Locals previous) {
        boolean same = previous != null && (previous.names == names || Arrays.equals(previous.names, names));
        Object[] kept = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object stored = stored(values[i]);
            kept[i] = stored;
            same = same && Objects.equals(stored, previous.values[i]);
        }
        return same ? previous : new Locals(names, kept);
    }

    /** What is kept of a value: nothing (unbound), the value (settled), or its text. */
    private Object stored(Object value) {
        if (value == null || ValueText.settled(value)) {
            return value;
        }
        return ValueText.definition(value) ? definition(value)
                : new Locals.Shown(text(value), typeName(value), false);
    }

    private Locals.Shown definition(Object value) {
        Locals.Shown shown = definitions.get(value);
        if (shown == null) {
            if (definitions.size() >= DEFINITIONS_KEPT) {
                definitions.clear();
            }
            shown = new Locals.Shown(text(value), typeName(value), true);
            definitions.put(value, shown);
        }
        return shown;
    }

    /** About how many bytes a new {@link Locals} takes (names are the compiler's, shared). */
    private static long cost(Locals locals) {
        long bytes = 32 + 16 + 8L * locals.values.length;
        for (Object value : locals.values) {
            if (value instanceof Locals.Shown shown) {
                bytes += 24 + 48 + 2L * shown.text().length();
            } else if (value instanceof String s) {
                bytes += 48 + s.length();
            } else if (value != null) {
                bytes += 16;
            }
        }
        return bytes;
    }

    private static String text(Object value) {
        try {
            return ValueText.of(value, TEXT_CAP);
        } catch (RuntimeException unexpected) {
            // A value in a state no text was foreseen for: say so rather than lose the snapshot.
            return "<" + typeName(value) + ">";
        }
    }

    private static String typeName(Object value) {
        try {
            return ValueText.typeName(value);
        } catch (RuntimeException unexpected) {
            return "?";
        }
    }
}
