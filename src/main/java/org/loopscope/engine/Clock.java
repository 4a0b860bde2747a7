package org.loopscope.engine;

/**
 * The loop's notion of time, in seconds. The virtual clock jumps instead of waiting, so runs cost no wall time
 * and are exactly repeatable; the real clock waits for real.
 */
public interface Clock {

    /** The current time in seconds (what {@code loop.time()} answers). */
    double now();

    /** Lets time pass until {@code deadline} (idle loop waiting for its next timer). */
    void waitUntil(double deadline);

    /** Lets {@code seconds} pass while the loop is held (a blocking call such as {@code time.sleep}). */
    void block(double seconds);

    /** Whether this clock is virtual: only then can a loop with nothing to do be known to wait forever. */
    boolean isVirtual();

    /** A virtual clock starting at zero. */
    static Clock virtual() {
        return new VirtualClock();
    }

    /** A clock that reads and waits on the machine's monotonic time, starting at zero. */
    static Clock real() {
        return new RealClock();
    }
}
