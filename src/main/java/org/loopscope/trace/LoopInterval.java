package org.loopscope.trace;

/**
 * The loop doing one thing from {@code startEvent} to {@code endEvent}: a task step or callback (from the handle's
 * beginning to its end), waiting idle for a timer, or held by a blocking call (start and end are the same event for
 * these two; the times say how long). {@code task} is the stepped task, or the running one for a blocked span,
 * or -1; {@code line} its line at the start, or -1.
 */
public record LoopInterval(LoopActivity activity, int startEvent, int endEvent, double start, double end, int task,
        int line) {

    /** Its length in seconds of loop time. */
    public double duration() {
        return end - start;
    }
}
