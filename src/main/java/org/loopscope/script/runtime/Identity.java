package org.loopscope.script.runtime;

/** {@code id()} and the identity-based defaults that derive from it ({@code object.__hash__}, default reprs). */
public final class Identity {

    private Identity() {
    }

    /** Python's {@code id(value)}: unique among live objects of the run, the same on every replay. */
    public static long id(Object value) {
        if (value instanceof PyObject object) {
            return object.id();
        }
        if (value instanceof PyException error) {
            return error.id();
        }
        if (value instanceof Long small && small >= -5 && small <= 256) {
            // CPython's small ints are shared objects: id(5) == id(5).
            return 0x7f3a00000000L + (small + 5) * 32;
        }
        return RunContext.current().foreignId(value);
    }

    /** {@code object.__hash__}: CPython derives it from the address, rotated right by four bits. */
    public static long hash(Object value) {
        long id = id(value);
        long h = (id >>> 4) | (id << 60);
        return h == -1 ? -2 : h;
    }

    /** The address as reprs show it, for example {@code 0x7f3a10000010}. */
    public static String address(Object value) {
        return "0x" + Long.toHexString(id(value));
    }

    /** Whether {@code a is b}: Java identity, plus CPython's sharing of small ints. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            long v = x;
            return v == y && v >= -5 && v <= 256;
        }
        return false;
    }
}
