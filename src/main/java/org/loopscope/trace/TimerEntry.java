package org.loopscope.trace;

/**
 * An armed timer: its number in the trace, loop, engine handle id, deadline, description ({@code sleep(1)} for
 * {@code asyncio.sleep}'s timer, else the callback) and the event that armed it.
 */
public record TimerEntry(int timer, int loop, long handle, double deadline, String description, int armedBy) {
}
