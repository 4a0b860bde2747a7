package org.loopscope.trace;

/** What the loop itself was doing over an interval of the trace. */
public enum LoopActivity {
    /** Running a task's step. */
    STEP,
    /** Running a plain callback (a timer's, a done callback, {@code call_soon}). */
    CALLBACK,
    /** Waiting for its next timer, nothing ready. */
    IDLE,
    /** Held by a blocking call inside a step or callback ({@code time.sleep}). */
    BLOCKED;

    private static final LoopActivity[] VALUES = values();

    static LoopActivity of(int ordinal) {
        return VALUES[ordinal];
    }
}
