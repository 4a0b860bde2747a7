package org.loopscope.trace;

/**
 * A handle in a loop's ready queue: its engine id, the task it steps or wakes (-1 for a plain callback), the
 * callback's description, and the event that put it there.
 */
public record ReadyEntry(int loop, long handle, int task, String description, int scheduledBy) {
}
