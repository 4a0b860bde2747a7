package org.loopscope.trace;

/**
 * The state of a task over an interval of the trace (DESIGN.md, "Trace and timeline"). asyncio itself calls the
 * first three "pending" and distinguishes only finished and cancelled.
 */
public enum TaskState {
    /** Created, or woken, and in the ready queue waiting for its turn. */
    PENDING,
    /** Its step is executing on the loop. */
    RUNNING,
    /** Suspended at an {@code await} on a future, timer, task or primitive. */
    WAITING,
    /** Finished with a result. */
    DONE,
    /** Finished with an exception. */
    FAILED,
    /** Finished cancelled. */
    CANCELLED;

    private static final TaskState[] VALUES = values();

    static TaskState of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Whether the task has finished (done, failed or cancelled). */
    public boolean finished() {
        return ordinal() >= DONE.ordinal();
    }
}
