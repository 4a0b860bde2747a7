package org.loopscope.script.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a finite, non-negative double, as CPython's {@code dtoa} produces them: the shortest digits that
 * read back to the same double ({@code repr}), or the correctly rounded (half-even on the exact binary value) digits
 * for a given number of significant digits or decimals ({@code format}). Java 17's {@code Double.toString} is not
 * always shortest, so the digits come from the exact {@link BigDecimal} value of the double.
 *
 * @param digits the significant digits without leading or trailing zeros ({@code "0"} for zero)
 * @param decpt  where the decimal point goes: the value is {@code 0.digits * 10**decpt}
 */
record FloatDigits(String digits, int decpt) {

    /** The shortest round-trip digits of {@code x} (finite, {@code >= 0}). */
    static FloatDigits shortest(double x) {
        if (x == 0) {
            return new FloatDigits("0", 1);
        }
        BigDecimal exact = new BigDecimal(x);
        // The property "some p-digit decimal reads back as x" is monotone in p, so search for the least p.
        int lo = 1;
        int hi = 17;
        BigDecimal best = null;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            BigDecimal found = roundTrip(exact, x, mid);
            if (found != null) {
                best = found;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (best == null || best.precision() > lo) {
            best = roundTrip(exact, x, lo);
        }
        return of(best);
    }

    /** The p-digit decimal nearest to {@code exact} that reads back as {@code x}, or null. */
    private static BigDecimal roundTrip(BigDecimal exact, double x, int p) {
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == x) {
            return nearest;
        }
        // The other p-digit neighbour of the exact value may still fall inside the rounding interval.
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(nearest.precision() - nearest.scale() - p);
        BigDecimal other = nearest.compareTo(exact) > 0 ? nearest.subtract(step) : nearest.add(step);
        if (other.signum() > 0 && other.doubleValue() == x) {
            return other.round(new MathContext(p, RoundingMode.HALF_EVEN));
        }
        return null;
    }

    /** {@code x} rounded to {@code p >= 1} significant digits. */
    static FloatDigits significant(double x, int p) {
        if (x == 0) {
            return new FloatDigits("0", 1);
        }
        return of(new BigDecimal(x).round(new MathContext(p, RoundingMode.HALF_EVEN)));
    }

    /** {@code x} rounded to {@code decimals} digits after the point, as plain digits (no sign). */
    static String fixed(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString();
    }

    private static FloatDigits of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int decpt = digits.length() - stripped.scale();
        return new FloatDigits(digits, decpt);
    }

    /** The digits padded with zeros to {@code count} significant digits. */
    String padded(int count) {
        if (digits.length() >= count) {
            return digits;
        }
        return digits + "0".repeat(count - digits.length());
    }
}
