package org.loopscope.script.runtime;

/** {@code range(start, stop, step)} with bounds that fit in a Java long. */
public final class PyRange extends PyObject {

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    /** A range; {@code step} must not be zero. */
    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    private static long computeLength(long start, long stop, long step) {
        java.math.BigInteger lo = java.math.BigInteger.valueOf(start);
        java.math.BigInteger hi = java.math.BigInteger.valueOf(stop);
        java.math.BigInteger st = java.math.BigInteger.valueOf(step);
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        java.math.BigInteger n = step > 0
                ? hi.subtract(lo).subtract(java.math.BigInteger.ONE).divide(st).add(java.math.BigInteger.ONE)
                : lo.subtract(hi).subtract(java.math.BigInteger.ONE).divide(st.negate()).add(java.math.BigInteger.ONE);
        return n.bitLength() < 63 ? n.longValue() : -1;
    }

    @Override
    public PyType type() {
        return Types.RANGE;
    }

    /** {@code start}. */
    public long start() {
        return start;
    }

    /** {@code stop}. */
    public long stop() {
        return stop;
    }

    /** {@code step}. */
    public long step() {
        return step;
    }

    /** {@code len(range)}; OverflowError if it does not fit, as CPython's C ssize_t. */
    public long length() {
        if (length < 0) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return length;
    }

    /** The item at a 0-based in-range index. */
    public long at(long index) {
        return start + index * step;
    }

    /** Whether the int {@code value} is in the range. */
    public boolean containsLong(long value) {
        if (step > 0 ? value < start || value >= stop : value > start || value <= stop) {
            return false;
        }
        try {
            return Math.floorMod(Math.subtractExact(value, start), step) == 0;
        } catch (ArithmeticException overflow) {
            return java.math.BigInteger.valueOf(value).subtract(java.math.BigInteger.valueOf(start))
                    .mod(java.math.BigInteger.valueOf(step).abs()).signum() == 0;
        }
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
