package org.loopscope.trace;

/**
 * A task in one state from event {@code startEvent} (the event that put it there) to {@code endEvent} (the event
 * that took it out; -1 while it lasts to the end of the trace). {@code line} is the task's source line when the
 * interval began (-1 if unknown); {@code awaiting} says what a WAITING task awaits ({@code sleep(1)},
 * {@code Lock.acquire}, {@code Task-3}, {@code gather}, ...), null otherwise.
 */
public record TaskInterval(int task, TaskState state, int startEvent, int endEvent, double start, double end,
        int line, String awaiting) {

    /** Whether the interval lasts to the end of the trace. */
    public boolean open() {
        return endEvent < 0;
    }

    /** Its length in seconds of loop time. */
    public double duration() {
        return end - start;
    }
}
