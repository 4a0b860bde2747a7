package org.loopscope.trace;

/**
 * The counters of a whole trace (or of its first {@code events} events): loop time from the start to the last
 * event, tasks created, peak concurrency (see {@link TraceState#peakConcurrency()}), seconds the loop was blocked
 * by blocking calls, seconds it waited idle for timers, loop iterations over all loops, task steps, and events.
 */
public record TraceSummary(double totalTime, int tasks, int peakConcurrency, double blockedTime, double idleTime,
        int loopIterations, long steps, int events) {
}
