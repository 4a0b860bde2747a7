package org.loopscope.session.view;

import org.loopscope.trace.LoopActivity;
import org.loopscope.trace.TaskState;

/**
 * What a slice of a lane shows: a task's state (DESIGN.md, "Trace and timeline") on a task lane, or what the loop was
 * doing on a loop lane.
 */
public enum LaneState {
    /** A task created or woken, in the ready queue waiting for its turn. */
    PENDING,
    /** A task's step executing on the loop. */
    RUNNING,
    /** A task suspended at an {@code await}. */
    WAITING,
    /** A task finished with a result. */
    DONE,
    /** A task finished with an exception. */
    FAILED,
    /** A task finished cancelled. */
    CANCELLED,
    /** The loop running a task's step. */
    STEP,
    /** The loop running a plain callback. */
    CALLBACK,
    /** The loop waiting for its next timer, nothing ready. */
    IDLE,
    /** The loop held by a blocking call inside a step or callback. */
    BLOCKED;

    private static final LaneState[] VALUES = values();

    /** Whether this is what a loop does rather than a task's state. */
    public boolean loopActivity() {
        return ordinal() >= STEP.ordinal();
    }

    /** Whether this is a finished task's state (done, failed or cancelled). */
    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    static LaneState of(int ordinal) {
        return VALUES[ordinal];
    }

    static LaneState of(TaskState state) {
        return switch (state) {
            case PENDING -> PENDING;
            case RUNNING -> RUNNING;
            case WAITING -> WAITING;
            case DONE -> DONE;
            case FAILED -> FAILED;
            case CANCELLED -> CANCELLED;
        };
    }

    static LaneState of(LoopActivity activity) {
        return switch (activity) {
            case STEP -> STEP;
            case CALLBACK -> CALLBACK;
            case IDLE -> IDLE;
            case BLOCKED -> BLOCKED;
        };
    }
}
