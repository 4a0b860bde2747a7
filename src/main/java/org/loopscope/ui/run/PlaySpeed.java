package org.loopscope.ui.run;

import java.util.List;

/**
 * How fast playing moves the cursor: a multiple of virtual time per wall-clock second, or as fast as possible.
 * Steps that take no virtual time still advance at a fixed pace (a few per second, faster at higher speeds), so a
 * learner sees each of them.
 *
 * @param factor virtual seconds per wall second; infinite for "as fast as possible"
 */
public record PlaySpeed(double factor) {

    /** "As fast as possible": the cursor follows the run. */
    public static final PlaySpeed FASTEST = new PlaySpeed(Double.POSITIVE_INFINITY);

    /** The speeds offered, slowest first. */
    public static final List<PlaySpeed> CHOICES = List.of(new PlaySpeed(0.1), new PlaySpeed(0.25),
            new PlaySpeed(0.5), new PlaySpeed(1), new PlaySpeed(2), new PlaySpeed(5), new PlaySpeed(10),
            new PlaySpeed(25), new PlaySpeed(50), new PlaySpeed(100), FASTEST);

    /** Steps per wall second that take no virtual time, at 1×. */
    static final double BASE_PACE = 4;

    public PlaySpeed {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("a speed is positive: " + factor);
        }
    }

    /** Whether this is "as fast as possible". */
    public boolean fastest() {
        return Double.isInfinite(factor);
    }

    /** How many zero-time steps a wall second shows at this speed. */
    double pace() {
        return BASE_PACE * Math.max(1, Math.sqrt(factor));
    }

    /** The label of the speed selector, e.g. {@code 0.5×}, {@code 10×}. */
    public String label() {
        if (fastest()) {
            return "∞";
        }
        return (factor == Math.rint(factor) ? String.valueOf((long) factor) : String.valueOf(factor)) + "×";
    }
}
