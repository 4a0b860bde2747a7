package org.loopscope.session;

import java.time.Duration;
import java.util.BitSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.loopscope.session.narration.Narrator;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * A reader's place in a session's trace, moved by the player's controls. Position {@code p} means the first
 * {@code p} events have happened: {@link #state()} is the full derived state then, and event {@code p - 1} is the
 * one {@link #narration()} tells. Position 0 is before the program starts.
 *
 * <p>Moving back reads the recorded trace, so it is exact: the state after stepping back is the state forward
 * stepping reached from the start. Moving forward may need events the run has not recorded yet: the cursor asks
 * the session for them (the run goes on past its lookahead) and waits up to its {@link #patience(Duration)
 * patience} (none by default: a UI tries again when the session says more events are available).
 *
 * <p>Not thread-safe: one reader (a UI thread, a test) owns a cursor.
 */
public final class Cursor {

    /** What one step moves over. */
    public enum Unit {
        /** One event. */
        EVENT,
        /** To the next source line a task (or the module) reaches: needs line events. */
        LINE,
        /** To the end of the next task step (a task resumed and suspended or finished). */
        TASK_STEP,
        /** To the end of the next loop iteration. */
        ITERATION
    }

    /** How a move ended. */
    public enum Status {
        /** The cursor is where it was asked to go. */
        MOVED,
        /** Going forward, the run ended before the target: the cursor is at the end. */
        AT_END,
        /** Going back, there was no earlier target: the cursor is at the start. */
        AT_START,
        /** The target is not recorded yet; the cursor did not move and the session records more. */
        PENDING
    }

    /** The result of a move: how it ended and the position after it. */
    public record Move(Status status, int position) {
    }

    /** Tells whether event {@code i} is the target of a search. */
    @FunctionalInterface
    private interface Target {
        boolean test(EventLog log, int i);
    }

    private Session session;
    private int position;
    private KindIndex iterationEnds = new KindIndex(EventKind.ITERATION_END);
    private Duration patience = Duration.ZERO;
    private Narrator narrator;

    /** A cursor at the start of {@code session}'s trace. */
    public Cursor(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** How long forward moves may wait for the run to record what they need (zero: not at all). */
    public Cursor patience(Duration wait) {
        this.patience = Objects.requireNonNull(wait, "wait");
        return this;
    }

    /** The session read. */
    public Session session() {
        return session;
    }

    /**
     * Reads {@code other} from now on, at the same position: after an intervention was added or removed, or the text
     * edited, the new run is the same as the old one up to the change.
     */
    public void follow(Session other) {
        session = Objects.requireNonNull(other, "other");
        session.demand(position);
        iterationEnds = new KindIndex(EventKind.ITERATION_END);
    }

    /** How many events have happened at the cursor. */
    public int position() {
        return position;
    }

    /** The latest snapshot of the session's trace. */
    public Trace trace() {
        return session.snapshot();
    }

    /** The event at the cursor (the last that happened), or -1 at the start. */
    public int event() {
        return position - 1;
    }

    /**
     * Everything derived at the cursor: tasks table, ready queue, timers, each task's line, the console so far. If
     * the cursor is beyond what a newly followed session has recorded yet, the state at the last recorded event.
     */
    public TraceState state() {
        Trace trace = session.snapshot();
        return trace.stateAt(Math.min(position, trace.size()));
    }

    /** One English sentence about the event at the cursor. */
    public String narration() {
        return narration(Locale.ENGLISH);
    }

    /** One sentence about the event at the cursor, in {@code locale}'s language where there is a translation. */
    public String narration(Locale locale) {
        if (narrator == null || !narrator.locale().equals(locale)) {
            narrator = new Narrator(locale);
        }
        Trace trace = session.snapshot();
        return narrator.narrate(trace, Math.min(position, trace.size()) - 1);
    }

    /**
     * The point where an intervention made at the cursor takes effect: the start of the next loop iteration. The
     * run with it is the same as this one up to there.
     */
    public Intervention.When now() {
        return new Intervention.AtIteration(state().loopIterations() + 1);
    }

    // ---- moves

    /** Steps forward by {@code unit}. */
    public Move step(Unit unit) {
        return forward(target(unit, -1), 1);
    }

    /** Steps forward by {@code unit} in task {@code task} only (its events, lines, steps; iterations are all). */
    public Move step(Unit unit, int task) {
        return forward(target(unit, task), 1);
    }

    /** Steps back by {@code unit}: to where stepping forward by {@code unit} from the previous such place lands. */
    public Move stepBack(Unit unit) {
        if (unit == Unit.ITERATION) {
            // Iterations can hold a million events: look their ends up instead of scanning back.
            int end = iterationEnds.lastBefore(session.snapshot(), Math.min(position, trace().size()) - 2);
            position = end + 1;
            return new Move(end < 0 ? Status.AT_START : Status.MOVED, position);
        }
        return backward(target(unit, -1));
    }

    /** Steps back by {@code unit} in task {@code task} only. */
    public Move stepBack(Unit unit, int task) {
        return backward(target(unit, task));
    }

    /** Runs forward until some code reaches one of {@code lines} (a breakpoint); needs line events. */
    public Move runToBreakpoint(Collection<Integer> lines) {
        BitSet set = lineSet(lines);
        return forward((log, i) -> log.kind(i) == EventKind.LINE && lineIn(set, log.arg(i)), 1);
    }

    /** Runs back to the last time some code reached one of {@code lines} before the cursor. */
    public Move runBackToBreakpoint(Collection<Integer> lines) {
        BitSet set = lineSet(lines);
        return backward((log, i) -> log.kind(i) == EventKind.LINE && lineIn(set, log.arg(i)));
    }

    /** "Run to here": forward until some code reaches {@code line}. */
    public Move runToLine(int line) {
        return runToBreakpoint(java.util.List.of(line));
    }

    /** Goes to the last event at loop time {@code seconds} or before (forward or back). */
    public Move seekTime(double seconds) {
        Trace trace = session.snapshot();
        EventLog log = trace.events();
        int size = log.size();
        if (size > 0 && log.time(size - 1) > seconds) {
            // The first event later than that is recorded: find it by bisection (times never decrease).
            int low = 0;
            int high = size - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (log.time(mid) > seconds) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            position = low;
            session.demand(position);
            return new Move(Status.MOVED, position);
        }
        return forward((l, i) -> l.time(i) > seconds, 0);
    }

    /** Goes to position {@code events} (the first {@code events} events have happened). */
    public Move seekEvent(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("no position before the start: " + events);
        }
        if (events <= position) {
            position = events;
            return new Move(events == 0 ? Status.AT_START : Status.MOVED, position);
        }
        if (events <= session.snapshot().size()) {
            position = events;
            session.demand(position);
            return new Move(Status.MOVED, position);
        }
        int target = events;
        return forward((log, i) -> i == target - 1, 1);
    }

    /** Goes to the end of the trace, waiting for the run to end up to the patience; else to what is recorded. */
    public Move end() {
        Move move = forward((log, i) -> false, 1);
        if (move.status() == Status.PENDING) {
            position = session.snapshot().size();
            return new Move(Status.PENDING, position);
        }
        return move;
    }

    /** Goes back to the start. */
    public Move reset() {
        position = 0;
        return new Move(Status.AT_START, 0);
    }

    // ---- searching

    private static Target target(Unit unit, int task) {
        EventKind kind = switch (unit) {
            case EVENT -> null;
            case LINE -> EventKind.LINE;
            case TASK_STEP -> EventKind.STEP_END;
            case ITERATION -> EventKind.ITERATION_END;
        };
        if (kind == null) {
            return task < 0 ? (log, i) -> true : (log, i) -> log.task(i) == task;
        }
        if (unit == Unit.ITERATION) {
            // Iterations belong to the loop, not to a task.
            return (log, i) -> log.kind(i) == kind;
        }
        return task < 0 ? (log, i) -> log.kind(i) == kind : (log, i) -> log.kind(i) == kind && log.task(i) == task;
    }

    /**
     * Moves to the first target at or after the cursor's next event: position = target + {@code after} (1: just
     * after it happened; 0: just before).
     */
    private Move forward(Target target, int after) {
        long deadline = System.nanoTime() + patience.toNanos();
        int from = position;
        while (true) {
            boolean over = session.status().over();
            Trace trace = session.snapshot();
            EventLog log = trace.events();
            int size = log.size();
            for (int i = from; i < size; i++) {
                if (target.test(log, i)) {
                    position = i + after;
                    session.demand(position);
                    return new Move(Status.MOVED, position);
                }
            }
            from = Math.max(from, size);
            if (over) {
                position = size;
                return new Move(Status.AT_END, position);
            }
            session.demand(from);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Move(Status.PENDING, position);
            }
            try {
                session.awaitEvents(from + 1, Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Move(Status.PENDING, position);
            }
        }
    }

    /** Moves to just after the last target before the cursor's event, or to the start. */
    private Move backward(Target target) {
        EventLog log = session.snapshot().events();
        for (int i = Math.min(position, log.size()) - 2; i >= 0; i--) {
            if (target.test(log, i)) {
                position = i + 1;
                return new Move(Status.MOVED, position);
            }
        }
        position = 0;
        return new Move(Status.AT_START, 0);
    }

    private static BitSet lineSet(Collection<Integer> lines) {
        BitSet set = new BitSet();
        for (int line : lines) {
            if (line >= 0) {
                set.set(line);
            }
        }
        return set;
    }

    private static boolean lineIn(BitSet set, int line) {
        return line >= 0 && set.get(line);
    }
}
