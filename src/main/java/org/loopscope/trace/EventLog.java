package org.loopscope.trace;

/**
 * The events of a trace, frozen at a size: immutable, so it can be read from any thread while recording goes on.
 * Events are stored as columns of primitive arrays, not objects; each has a {@link EventKind kind}, the virtual
 * time, the loop and its iteration, a task (the dense number of the trace's task, or -1), a subject (the engine's id
 * of the future, handle or timer it concerns, or -1), an int argument and a text, whose meanings per kind are listed
 * on {@link EventKind}.
 */
public final class EventLog {

    /** Flag of an {@link EventKind#OUTPUT} event: written to standard error. */
    public static final int FLAG_STDERR = 1;
    /** Flag of a {@link EventKind#FUTURE_DONE} event: the future was cancelled. */
    public static final int FLAG_CANCELLED = 2;
    /** Flag of a {@link EventKind#STEP_BEGIN} event: an exception is thrown into the coroutine. */
    public static final int FLAG_THROWN = 4;

    private final Records.View events;
    private final DoubleChunks.View times;
    private final DoubleChunks.View spans;
    private final StringTable.View strings;
    private final IntChunks.View timerEvent;
    private final DoubleChunks.View timerDeadline;

    EventLog(Records.View events, DoubleChunks.View times, DoubleChunks.View spans, StringTable.View strings,
            IntChunks.View timerEvent, DoubleChunks.View timerDeadline) {
        this.events = events;
        this.times = times;
        this.spans = spans;
        this.strings = strings;
        this.timerEvent = timerEvent;
        this.timerDeadline = timerDeadline;
    }

    /** How many events there are. */
    public int size() {
        return events.size();
    }

    /** The kind of event {@code i}. */
    public EventKind kind(int i) {
        return EventKind.of(events.get(i, TraceStore.PACKED) & TraceStore.KIND_MASK);
    }

    /** The loop's time (seconds) when event {@code i} happened; for idle and blocked spans, when they began. */
    public double time(int i) {
        return times.get(i);
    }

    /** The iteration of the event's loop (0 before its first). */
    public int iteration(int i) {
        return events.get(i, TraceStore.ITERATION);
    }

    /** The number of the event's loop, in the order loops first appear in the trace. */
    public int loop(int i) {
        return events.get(i, TraceStore.PACKED) >>> TraceStore.LOOP_SHIFT;
    }

    /** The task the event concerns (see {@link EventKind}), or -1. */
    public int task(int i) {
        return events.get(i, TraceStore.TASK);
    }

    /** The engine id of the future, handle or timer the event concerns, or -1. */
    public int subject(int i) {
        return events.get(i, TraceStore.SUBJECT);
    }

    /** The event's int argument: a line, a state, a timer number or a cause (see {@link EventKind}). */
    public int arg(int i) {
        return events.get(i, TraceStore.ARG);
    }

    /** The event's text (a name, an awaited description, printed text, a message), or null. */
    public String text(int i) {
        return strings.get(events.get(i, TraceStore.TEXT));
    }

    /** The event's flags ({@link #FLAG_STDERR}, {@link #FLAG_CANCELLED}, {@link #FLAG_THROWN}). */
    public int flags(int i) {
        return (events.get(i, TraceStore.PACKED) >>> TraceStore.FLAG_SHIFT) & TraceStore.FLAG_MASK;
    }

    /**
     * The event's number: the seconds of an {@link EventKind#IDLE} or {@link EventKind#BLOCKED} span, the deadline
     * of a timer event; NaN for other kinds.
     */
    public double value(int i) {
        EventKind kind = kind(i);
        if (kind == EventKind.IDLE || kind == EventKind.BLOCKED) {
            return spans.get(events.get(i, TraceStore.ARG));
        }
        if ((kind == EventKind.TIMER_ARMED || kind == EventKind.TIMER_CANCELLED || kind == EventKind.TIMER_FIRED)
                && events.get(i, TraceStore.ARG) >= 0) {
            return timerDeadline.get(events.get(i, TraceStore.ARG));
        }
        return Double.NaN;
    }

    /**
     * The event that caused event {@code i}, or -1: for a scheduled handle or task step, the event during which it
     * was scheduled (a future becoming done, for a done callback or a wake-up); for a handle beginning, the event
     * that put it in the ready queue; for a step beginning, its handle beginning; for a future done, the step or
     * handle that finished it; for a timer firing, the event that armed it.
     */
    public int cause(int i) {
        int arg = events.get(i, TraceStore.ARG);
        return switch (kind(i)) {
            case HANDLE_SCHEDULED, TASK_SCHEDULED, HANDLE_BEGIN, STEP_BEGIN, FUTURE_DONE -> arg;
            case TIMER_FIRED -> arg >= 0 ? timerEvent.get(arg) : -1;
            default -> -1;
        };
    }

    /** The event that armed timer number {@code timer}. */
    int timerArmedBy(int timer) {
        return timerEvent.get(timer);
    }

    /** Timer number {@code timer}'s deadline. */
    double timerDeadline(int timer) {
        return timerDeadline.get(timer);
    }

    /** How many timers were armed. */
    int timers() {
        return timerEvent.size();
    }

    /** An interned string by reference (package use). */
    String string(int ref) {
        return strings.get(ref);
    }

    /** The string reference of event {@code i}'s text. */
    int textRef(int i) {
        return events.get(i, TraceStore.TEXT);
    }
}
