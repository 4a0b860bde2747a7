package org.loopscope.trace;

/**
 * Task {@code waiter} awaiting something from event {@code startEvent} to {@code endEvent} (-1: still at the end
 * of the trace): another task ({@code target} is its number), or a future, timer or primitive ({@code target} is
 * -1). {@code future} is the engine id of the awaited future, {@code awaited} its description.
 */
public record AwaitEdge(int waiter, int target, long future, String awaited, int startEvent, int endEvent,
        double start, double end) {
}
