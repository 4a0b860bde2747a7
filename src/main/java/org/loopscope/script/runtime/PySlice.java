package org.loopscope.script.runtime;

/** {@code slice(start, stop, step)}; {@link #indices} applies it to a length as CPython's slice rules do. */
public final class PySlice extends PyObject {

    private final Object start;
    private final Object stop;
    private final Object step;

    /** A slice; None stands for an omitted part. */
    public PySlice(Object start, Object stop, Object step) {
        this.start = Py.nn(start);
        this.stop = Py.nn(stop);
        this.step = Py.nn(step);
    }

    @Override
    public PyType type() {
        return Types.SLICE;
    }

    /** {@code start}. */
    public Object start() {
        return start;
    }

    /** {@code stop}. */
    public Object stop() {
        return stop;
    }

    /** {@code step}. */
    public Object step() {
        return step;
    }

    /** The slice applied to a sequence of {@code length}: start, stop, step and the number of items. */
    public record Bounds(long start, long stop, long step, long count) {
    }

    /** CPython's {@code PySlice_Unpack} + {@code PySlice_AdjustIndices}. */
    public Bounds indices(long length) {
        long st;
        if (step == Py.NONE) {
            st = 1;
        } else {
            st = clampIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            if (st < -Long.MAX_VALUE) {
                st = -Long.MAX_VALUE;
            }
        }
        long lo = start == Py.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : clampIndex(start);
        long hi = stop == Py.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : clampIndex(stop);
        lo = adjust(lo, length, st);
        hi = adjust(hi, length, st);
        long count;
        if (st < 0) {
            count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new Bounds(lo, hi, st, count);
    }

    private static long adjust(long index, long length, long step) {
        if (index < 0) {
            index += length;
            if (index < 0) {
                index = step < 0 ? -1 : 0;
            }
        } else if (index >= length) {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }

    /** A slice bound as an index, big ints clamped to the long range (as CPython clamps to ssize_t). */
    private static long clampIndex(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof java.math.BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        Object index = PyOps.indexOrNull(value);
        if (index == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return clampIndex(index);
    }

    @Override
    public String toString() {
        return "slice(" + Reprs.repr(start) + ", " + Reprs.repr(stop) + ", " + Reprs.repr(step) + ")";
    }
}
