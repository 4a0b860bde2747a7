package org.loopscope.session.view;

/**
 * One slice of a lane, as a value: a task in one state, or the loop doing one thing, from {@code start} to
 * {@code end} seconds of virtual time, from event {@code startEvent} to event {@code endEvent} (the event that ended
 * it; the model's event count while it lasts to the end of the trace; the same event for idle waits and for blocked
 * spans outside a step), in loop iterations {@code startIteration} to {@code endIteration} (the loop's own numbers).
 *
 * @param lane        the lane's index
 * @param index       the slice's place in its series
 * @param state       the state or loop activity
 * @param line        the task's source line when the slice began, or -1
 * @param text        what a WAITING task awaits ({@code sleep(1)}, {@code gather}, {@code Task-3}), the exception of a
 *                    FAILED or CANCELLED task, the callback of a CALLBACK, the call of a BLOCKED span; or null
 * @param task        the lane's task, or for a loop's STEP or BLOCKED slice the task that ran; -1 if none
 * @param awaitedTask the task a WAITING task awaits, or -1 (it awaits a future, timer or primitive)
 */
public record Slice(int lane, int index, LaneState state, double start, double end, int startEvent, int endEvent,
        int startIteration, int endIteration, int line, String text, int task, int awaitedTask) {

    /** Its length in seconds of virtual time. */
    public double duration() {
        return end - start;
    }
}
