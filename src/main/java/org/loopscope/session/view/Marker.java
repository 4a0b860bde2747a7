package org.loopscope.session.view;

/**
 * A mark on a lane at one instant: a timer's deadline on the lane of the task that armed it (or of the loop, if no
 * task was running), or a plain callback put in the ready queue by that task or the loop.
 *
 * @param lane  the lane's index
 * @param kind  what it marks
 * @param time  the timer's deadline, or when the callback was scheduled, in seconds
 * @param event the event that armed the timer, cancelled it, or scheduled the callback
 * @param text  what the timer is for ({@code sleep(1)}, the callback of {@code call_later}) or the callback
 */
public record Marker(int lane, Kind kind, double time, int event, String text) {

    /** What a marker marks. */
    public enum Kind {
        /** A timer armed for {@code time}. */
        TIMER,
        /** The timer due at {@code time} was cancelled at {@code event}. */
        TIMER_CANCELLED,
        /** A plain callback scheduled ({@code call_soon}, a done callback) at {@code time}. */
        CALLBACK;

        private static final Kind[] VALUES = values();

        static Kind of(int ordinal) {
            return VALUES[ordinal];
        }
    }
}
