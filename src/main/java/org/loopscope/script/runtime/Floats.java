package org.loopscope.script.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Python float semantics on Java doubles: repr, hash, floor division, modulo, power, rounding, parsing. */
public final class Floats {

    private static final long HASH_INF = 314159;
    private static final int HASH_BITS = 61;
    private static final java.util.regex.Pattern FLOAT_SYNTAX = java.util.regex.Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*|\\d(?:_?\\d)*\\.)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    private Floats() {
    }

    /** {@code repr(x)}: the shortest string that reads back as {@code x}, in CPython's layout. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        FloatDigits d = FloatDigits.shortest(Math.abs(x));
        String body = d.decpt() <= -4 || d.decpt() > 16 ? exponential(d.digits(), d.decpt() - 1, false, false)
                : fixedPoint(d.digits(), d.decpt(), true);
        return negative ? "-" + body : body;
    }

    /** {@code digits} with the point after {@code decpt} digits; {@code addDotZero} makes {@code 1} into 1.0. */
    static String fixedPoint(String digits, int decpt, boolean addDotZero) {
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (decpt <= 0) {
            out.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            out.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) {
                out.append(".0");
            }
        } else {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return out.toString();
    }

    /** {@code d.ddde+XX} with at least two exponent digits. */
    static String exponential(String digits, int exponent, boolean upper, boolean forceDot) {
        StringBuilder out = new StringBuilder(digits.length() + 6);
        out.append(digits.charAt(0));
        if (digits.length() > 1 || forceDot) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        out.append(abs);
        return out.toString();
    }

    /** CPython's {@code hash(float)}: equal to the hash of an equal int or fraction; NaN hashes by identity. */
    public static long hash(double v, Object identity) {
        if (Double.isNaN(v)) {
            return Identity.hash(identity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        }
        if (v == 0) {
            return 0;
        }
        int e = Math.getExponent(v) + 1;
        double m;
        if (e == Double.MIN_EXPONENT) {
            // subnormal: scale into the normal range first
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            m = Math.scalb(v, -e);
        }
        long sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & Ints.HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= Ints.HASH_MODULUS) {
                x -= Ints.HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & Ints.HASH_MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** {@code a // b} for floats. */
    static double floorDiv(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivision("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    /** {@code a % b} for floats: the sign of the divisor. */
    static double mod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivision("float modulo");
        }
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** CPython's {@code float_divmod}: floor quotient and modulo. */
    static double[] divmod(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivision("float divmod()");
        }
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floorDiv, mod};
    }

    /** {@code a / b} for floats. */
    static double trueDiv(double a, double b) {
        if (b == 0) {
            throw Errors.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** {@code a ** b} for floats, with C99's special cases (which differ from Java's Math.pow). */
    static Object pow(double a, double b) {
        if (b == 0) {
            return 1.0;
        }
        if (Double.isNaN(a)) {
            return a == 1.0 ? 1.0 : Double.NaN;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : Double.NaN;
        }
        if (a == 0) {
            if (b < 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
        }
        if (Double.isInfinite(b)) {
            double abs = Math.abs(a);
            if (abs == 1.0) {
                return 1.0;
            }
            return (b > 0) == (abs > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(a)) {
            throw Errors.valueError("complex numbers are not supported: negative number raised to a fractional power");
        }
        double result = Math.pow(a, b);
        if (Double.isInfinite(result) && !Double.isInfinite(a)) {
            throw Errors.overflowError(PyTuple.of(Ints.box(34), "Numerical result out of range"));
        }
        return result;
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    static Object roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** {@code round(x, ndigits)}: correctly rounded in decimal, ties to even, as CPython does. */
    static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        }
        if (ndigits < -308) {
            return Math.copySign(0.0, x);
        }
        double rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(rounded)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return rounded == 0 ? Math.copySign(0.0, x) : rounded;
    }

    /** {@code int(x)}: truncation toward zero. */
    public static Object toInt(double x) {
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 9.0e18) {
            return Ints.box((long) x);
        }
        return Ints.normalize(new BigDecimal(x).toBigInteger());
    }

    /** {@code float(text)}, or null if the text is not a float literal. */
    static Double parse(String text) {
        String s = Strs.stripWhitespace(text);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = Character.digit(c, 10);
            ascii.append(digit >= 0 && c > 127 ? (char) ('0' + digit) : c);
        }
        String normalized = ascii.toString();
        if (!FLOAT_SYNTAX.matcher(normalized).matches()) {
            return null;
        }
        return Double.parseDouble(normalized.replace("_", ""));
    }

    /** {@code float.is_integer()}. */
    static boolean isInteger(double x) {
        return !Double.isInfinite(x) && x == Math.floor(x);
    }

    /** {@code float.as_integer_ratio()}. */
    static PyTuple integerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal exact = new BigDecimal(x);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.ONE;
        if (exact.scale() > 0) {
            denominator = BigInteger.TEN.pow(exact.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger gcd = numerator.gcd(denominator);
        return PyTuple.of(Ints.normalize(numerator.divide(gcd)), Ints.normalize(denominator.divide(gcd)));
    }

    /** {@code a / b} for ints: the correctly rounded float quotient. */
    static double intQuotient(Object a, Object b) {
        if (Ints.signum(b) == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            long x = Ints.small(a);
            long y = Ints.small(b);
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = Ints.big(a);
        BigInteger y = Ints.big(b);
        boolean negative = (x.signum() < 0) != (y.signum() < 0);
        x = x.abs();
        y = y.abs();
        if (x.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the quotient has at least 55 bits; a sticky bit keeps the rounding of doubleValue() exact.
        int shift = 55 - (x.bitLength() - y.bitLength());
        BigInteger[] qr = shift >= 0 ? x.shiftLeft(shift).divideAndRemainder(y)
                : x.divideAndRemainder(y.shiftLeft(-shift));
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double result = Math.scalb(q.doubleValue(), -shift);
        if (Double.isInfinite(result)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }
}
