package org.loopscope.script.runtime;

import java.math.BigInteger;

/**
 * Python int arithmetic. An int is a {@link Long} when it fits in 64 bits and a {@link BigInteger} otherwise
 * (never a BigInteger that would fit: {@link #normalize} keeps that invariant); bools take part as 0 and 1. Long
 * operations detect overflow and continue in BigInteger, so every result is exact.
 */
public final class Ints {

    /** CPython's hash modulus, the Mersenne prime 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1024;
    private static final Long[] CACHE = new Long[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = (long) (i + CACHE_LOW);
        }
    }

    private Ints() {
    }

    /** The boxed int, shared for small values. */
    public static Long box(long value) {
        if (value >= CACHE_LOW && value <= CACHE_HIGH) {
            return CACHE[(int) value - CACHE_LOW];
        }
        return value;
    }

    /** The canonical representation: a Long when it fits, else the BigInteger (within {@link Limits}). */
    public static Object normalize(BigInteger value) {
        int bits = value.bitLength();
        if (bits < 64) {
            return box(value.longValue());
        }
        Limits.checkIntBits(bits);
        return value;
    }

    /** Whether a value is a Python int (including bool). */
    static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    /** An int value (Long, BigInteger or Boolean) as a BigInteger. */
    public static BigInteger big(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (value instanceof BigInteger b) {
            return b;
        }
        if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new IllegalArgumentException("not an int: " + value);
    }

    /** A Long or Boolean as a long (callers check for BigInteger first). */
    static long small(Object value) {
        return value instanceof Long l ? l : ((Boolean) value) ? 1 : 0;
    }

    /** An int value as a Java long, or OverflowError with {@code message} if it does not fit. */
    public static long toLong(Object value, String message) {
        if (value instanceof BigInteger) {
            throw Errors.overflowError(message);
        }
        return small(value);
    }

    /** The sign: -1, 0 or 1. */
    static int signum(Object value) {
        return value instanceof BigInteger b ? b.signum() : Long.signum(small(value));
    }

    // ---- arithmetic on ints (Long, BigInteger or Boolean operands)

    static Object add(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = small(a);
            long y = small(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
            }
            return box(r);
        }
        return normalize(big(a).add(big(b)));
    }

    static Object sub(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = small(a);
            long y = small(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
            }
            return box(r);
        }
        return normalize(big(a).subtract(big(b)));
    }

    static Object mul(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = small(a);
            long y = small(b);
            long high = Math.multiplyHigh(x, y);
            long low = x * y;
            if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
                return box(low);
            }
            return normalize(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
        }
        BigInteger x = big(a);
        BigInteger y = big(b);
        Limits.checkIntBits((long) x.bitLength() + y.bitLength() - 1);
        return normalize(x.multiply(y));
    }

    static Object floorDiv(Object a, Object b) {
        if (signum(b) == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = small(a);
            long y = small(b);
            if (x == Long.MIN_VALUE && y == -1) {
                return normalize(BigInteger.valueOf(x).negate());
            }
            return box(Math.floorDiv(x, y));
        }
        return normalize(floorDivBig(big(a), big(b)));
    }

    private static BigInteger floorDivBig(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static Object mod(Object a, Object b) {
        if (signum(b) == 0) {
            throw Errors.zeroDivision("integer modulo by zero");
        }
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return box(Math.floorMod(small(a), small(b)));
        }
        return normalize(modBig(big(a), big(b)));
    }

    private static BigInteger modBig(BigInteger x, BigInteger y) {
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return r;
    }

    static PyTuple divmod(Object a, Object b) {
        if (signum(b) == 0) {
            throw Errors.zeroDivision("integer division or modulo by zero");
        }
        return PyTuple.of(floorDiv(a, b), mod(a, b));
    }

    /** {@code a / b} for ints: the correctly rounded float quotient. */
    static double trueDiv(Object a, Object b) {
        return Floats.intQuotient(a, b);
    }

    /** {@code a ** b} for ints; a negative exponent gives a float. */
    static Object pow(Object a, Object b) {
        if (signum(b) < 0) {
            double base = toDouble(a);
            double exponent = toDouble(b);
            return Floats.pow(base, exponent);
        }
        if (b instanceof BigInteger bigExponent) {
            BigInteger base = big(a);
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return base.signum() == 0 ? box(0) : base.signum() > 0 || !bigExponent.testBit(0) ? box(1) : box(-1);
            }
            throw Errors.memoryError();
        }
        long exponent = small(b);
        if (!(a instanceof BigInteger)) {
            long base = small(a);
            long result = 1;
            long factor = base;
            long e = exponent;
            boolean overflow = false;
            while (e > 0) {
                if ((e & 1) != 0) {
                    long high = Math.multiplyHigh(result, factor);
                    long low = result * factor;
                    if (!((high == 0 && low >= 0) || (high == -1 && low < 0))) {
                        overflow = true;
                        break;
                    }
                    result = low;
                }
                e >>= 1;
                if (e > 0) {
                    long high = Math.multiplyHigh(factor, factor);
                    long low = factor * factor;
                    if (!((high == 0 && low >= 0) || (high == -1 && low < 0))) {
                        overflow = true;
                        break;
                    }
                    factor = low;
                }
            }
            if (!overflow) {
                return box(result);
            }
        }
        BigInteger base = big(a);
        double bits = (double) (base.abs().bitLength() - 1) * exponent;
        if (bits > Limits.MAX_INT_BITS || exponent > Integer.MAX_VALUE) {
            throw Errors.memoryError();
        }
        return normalize(base.pow((int) exponent));
    }

    /** {@code pow(a, b, m)} for ints, negative exponents by modular inverse as since Python 3.8. */
    static Object powMod(Object a, Object b, Object m) {
        BigInteger modulus = big(m);
        if (modulus.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger absModulus = modulus.abs();
        BigInteger base = big(a);
        BigInteger exponent = big(b);
        if (exponent.signum() < 0) {
            try {
                base = base.mod(absModulus).modInverse(absModulus);
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exponent = exponent.negate();
        }
        BigInteger result = absModulus.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exponent, absModulus);
        if (modulus.signum() < 0 && result.signum() != 0) {
            result = result.add(modulus);
        }
        return normalize(result);
    }

    static Object neg(Object a) {
        if (!(a instanceof BigInteger)) {
            long x = small(a);
            return x == Long.MIN_VALUE ? normalize(BigInteger.valueOf(x).negate()) : box(-x);
        }
        return normalize(((BigInteger) a).negate());
    }

    static Object abs(Object a) {
        return signum(a) < 0 ? neg(a) : a instanceof Boolean ? box(small(a)) : a;
    }

    static Object invert(Object a) {
        return a instanceof BigInteger b ? normalize(b.not()) : box(~small(a));
    }

    static Object lshift(Object a, Object b) {
        if (signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (signum(a) == 0) {
            return box(0);
        }
        if (b instanceof BigInteger) {
            throw Errors.overflowError("too many digits in integer");
        }
        long n = small(b);
        if (!(a instanceof BigInteger) && n < 63) {
            long x = small(a);
            long shifted = x << n;
            if (shifted >> n == x) {
                return box(shifted);
            }
        }
        BigInteger x = big(a);
        Limits.checkIntBits(x.bitLength() + n);
        return normalize(x.shiftLeft((int) n));
    }

    static Object rshift(Object a, Object b) {
        if (signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b instanceof BigInteger || small(b) >= Integer.MAX_VALUE) {
            return box(signum(a) < 0 ? -1 : 0);
        }
        long n = small(b);
        if (!(a instanceof BigInteger)) {
            return box(small(a) >> Math.min(n, 63));
        }
        return normalize(((BigInteger) a).shiftRight((int) n));
    }

    static Object and(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return box(small(a) & small(b));
        }
        return normalize(big(a).and(big(b)));
    }

    static Object or(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return box(small(a) | small(b));
        }
        return normalize(big(a).or(big(b)));
    }

    static Object xor(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return box(small(a) ^ small(b));
        }
        return normalize(big(a).xor(big(b)));
    }

    /** Compares two ints: negative, zero or positive. */
    static int compare(Object a, Object b) {
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return Long.compare(small(a), small(b));
        }
        return big(a).compareTo(big(b));
    }

    /** {@code float(int)}: correctly rounded, OverflowError when too large. */
    public static double toDouble(Object value) {
        if (!(value instanceof BigInteger big)) {
            return small(value);
        }
        double result = big.doubleValue();
        if (Double.isInfinite(result)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return result;
    }

    /** {@code repr(int)}, with CPython 3.11's limit on the number of digits. */
    public static String toString(Object value) {
        return IntText.toString(value);
    }

    /** The int value of {@code text} in {@code base} (0 means "as a literal"), or null if it is not valid. */
    static Object parse(String text, int base) {
        return IntText.parse(text, base);
    }

    /** CPython's {@code hash(int)}: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    public static long hash(Object value) {
        long h;
        if (value instanceof BigInteger big) {
            long r = big.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            h = big.signum() < 0 ? -r : r;
        } else {
            long x = small(value);
            if (x == Long.MIN_VALUE) {
                h = -Long.remainderUnsigned(x, HASH_MODULUS);
            } else {
                long r = Math.abs(x) % HASH_MODULUS;
                h = x < 0 ? -r : r;
            }
        }
        return h == -1 ? -2 : h;
    }
}
