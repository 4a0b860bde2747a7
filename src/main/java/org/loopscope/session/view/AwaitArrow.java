package org.loopscope.session.view;

/**
 * Task {@code fromTask} starting to await something at {@code time} (event {@code event}): another task (then
 * {@code toTask} is its number and the timeline draws an arrow between their lanes) or a future, timer or primitive
 * ({@code toTask} is -1 and {@code awaited} says what).
 */
public record AwaitArrow(int fromTask, int toTask, double time, int event, String awaited) {

    /** Whether it points at another task's lane. */
    public boolean toLane() {
        return toTask >= 0;
    }
}
