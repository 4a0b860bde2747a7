package org.loopscope.trace;

/**
 * One row of the tasks table at a point of the trace: the task's state, the source line where it is (-1 if
 * unknown), what it awaits (null unless WAITING), how many steps it took, its busy time (RUNNING) and idle time
 * (PENDING or WAITING) in seconds so far.
 */
public record TaskRow(int task, String name, TaskState state, int line, String awaiting, int steps, double busyTime,
        double idleTime) {
}
