package org.loopscope.trace;

import java.util.Locale;

/**
 * What one event of a trace records: one engine action each. The comments say what the event's task, subject,
 * argument and text mean for that kind (see {@link EventLog}); unused fields are -1 or null.
 */
public enum EventKind {
    /** A loop iteration ({@code _run_once}) begins. */
    ITERATION_BEGIN,
    /** The iteration ends. */
    ITERATION_END,
    /** Nothing was ready: the loop waited for its next timer; value = seconds waited, time = when it began. */
    IDLE,
    /** A plain callback entered the ready queue; subject = handle, arg = cause, text = the callback. */
    HANDLE_SCHEDULED,
    /** A timer was armed; subject = timer handle, arg = timer number in the trace, value = deadline, text = what. */
    TIMER_ARMED,
    /** A timer was cancelled; subject = timer handle, arg = timer number (-1 if armed before recording). */
    TIMER_CANCELLED,
    /** A due timer moved to the ready queue; subject = timer handle, arg = timer number, text = what. */
    TIMER_FIRED,
    /** A ready handle starts running; subject = handle, task = the task it steps, arg = cause, text = callback. */
    HANDLE_BEGIN,
    /** The handle finished running. */
    HANDLE_END,
    /** A task was created; subject = its future id, text = its name, arg = the task that created it. */
    TASK_SPAWNED,
    /** A task's step entered the ready queue (first step, wake-up, bare yield); subject = its handle, arg = cause. */
    TASK_SCHEDULED,
    /** A task's coroutine is resumed; arg = cause (the handle), text = the exception thrown in, if any. */
    STEP_BEGIN,
    /** A task's coroutine stopped; subject = the awaited future, text = what it awaits, arg = its line. */
    STEP_END,
    /** A task finished; arg = its final {@link TaskState}, text = the exception it raised. */
    TASK_EXITED,
    /** {@code task.cancel()} was called; text = the message. */
    CANCEL_REQUESTED,
    /** A future (or task) became done; subject = the future, text = what it is, arg = cause. */
    FUTURE_DONE,
    /** {@code add_done_callback} on a pending future; subject = the future, text = the callback. */
    CALLBACK_ADDED,
    /** The program printed {@code text}; the flag {@link EventLog#FLAG_STDERR} marks standard error. */
    OUTPUT,
    /** The running code of the task reached source line {@code arg}. */
    LINE,
    /** A blocking call held the loop; value = seconds, time = when it began, text = the call. */
    BLOCKED,
    /** A debug-mode check fired; arg = the warning kind's number, text = the message. */
    WARNING,
    /** {@code run_forever} returned because of {@code stop()}. */
    LOOP_STOPPED,
    /** The loop was closed. */
    LOOP_CLOSED,
    /** A {@code KeyboardInterrupt} was delivered. */
    INTERRUPTED;

    private static final EventKind[] VALUES = values();
    private final String jsonName = name().toLowerCase(Locale.ROOT);

    /** The kind with ordinal {@code ordinal}. */
    static EventKind of(int ordinal) {
        return VALUES[ordinal];
    }

    /** The lower-case name used in exported files, for example {@code step_end}. */
    public String jsonName() {
        return jsonName;
    }
}
