package org.loopscope.script.runtime;

/**
 * Bounds that turn runaway programs into Python {@code MemoryError}s (or the errors CPython itself raises) instead
 * of exhausting the JVM. Scripts are untrusted input: every operation whose result size is decided by the program
 * checks these before allocating.
 */
public final class Limits {

    /** The largest number of elements in a list, tuple, dict or set (each costs the JVM tens of bytes). */
    public static final long MAX_SIZE = 10_000_000L;

    /** The largest number of characters in a str. */
    public static final long MAX_STR = 100_000_000L;

    /** The largest int, in bits (about 20 million decimal digits). */
    public static final long MAX_INT_BITS = 1L << 26;

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}: int/str conversions past it raise ValueError. */
    public static final int MAX_STR_DIGITS = 4300;

    /** Below this many digits CPython never checks the limit (its {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}). */
    public static final int STR_DIGITS_THRESHOLD = 640;

    private Limits() {
    }

    /** Raises MemoryError if a container or string of {@code size} elements is not allowed. */
    public static void checkSize(long size) {
        if (size > MAX_SIZE || size < 0) {
            throw Errors.memoryError();
        }
    }

    /** Raises MemoryError if a str of {@code length} characters is not allowed. */
    public static void checkStr(long length) {
        if (length > MAX_STR || length < 0) {
            throw Errors.memoryError();
        }
    }

    /** Raises MemoryError if a container of {@code length} repeated {@code times} would be too big. */
    public static long checkRepeat(long length, long times) {
        return repeat(length, times, MAX_SIZE);
    }

    /** Raises MemoryError if a str of {@code length} repeated {@code times} would be too long. */
    public static long checkStrRepeat(long length, long times) {
        return repeat(length, times, MAX_STR);
    }

    private static long repeat(long length, long times, long max) {
        if (times <= 0 || length == 0) {
            return 0;
        }
        if (length > max / times) {
            throw Errors.memoryError();
        }
        return length * times;
    }

    /** Raises MemoryError if an int of {@code bits} bits is not allowed. */
    public static void checkIntBits(long bits) {
        if (bits > MAX_INT_BITS || bits < 0) {
            throw Errors.memoryError();
        }
    }
}
