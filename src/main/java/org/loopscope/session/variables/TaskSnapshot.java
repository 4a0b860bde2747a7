package org.loopscope.session.variables;

/**
 * A task's frames at one moment, outermost first, and once it has finished, how it ended.
 *
 * @param frames  its frames; a finished task keeps those of its last recorded moment
 * @param outcome null while it has not finished, else the text the panel shows after "done", "failed", "cancelled"
 */
record TaskSnapshot(FrameSnapshot[] frames, Outcome outcome) {

    /**
     * How a task ended: {@code kind} is "done", "failed" or "cancelled"; {@code value} the result or exception as
     * {@link Locals} keeps values (settled, or its {@link Locals.Shown} text), or "" when cancelled.
     */
    record Outcome(String kind, Object value) {
    }
}
