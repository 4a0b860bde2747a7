package org.loopscope.session.view;

/**
 * One row of the timeline: an event loop or a task. Loops come first (in the order they appear in the trace), then
 * the tasks in creation order, so lane {@code index} of a task is {@code loopCount + task}.
 *
 * @param index  the lane's place in its model
 * @param kind   loop or task
 * @param loop   the loop's number, or the loop the task runs on
 * @param task   the task's number in creation order, or -1 for a loop
 * @param name   the task's name ({@code Task-N} unless given), or null for a loop: the UI names loops itself
 * @param parent the task whose step created this task, or -1 (created outside any task, or a loop)
 */
public record Lane(int index, Kind kind, int loop, int task, String name, int parent) {

    /** What a lane shows. */
    public enum Kind {
        /** An event loop: steps, callbacks, idle waits and blocked spans. */
        LOOP,
        /** A task: its states. */
        TASK
    }

    /** Whether this is a loop's lane. */
    public boolean isLoop() {
        return kind == Kind.LOOP;
    }
}
