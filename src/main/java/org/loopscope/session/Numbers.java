package org.loopscope.session;

import java.math.BigDecimal;

/** Numbers as people read them in messages: seconds without exponent or trailing zeros ({@code 1.5}, {@code 2}). */
final class Numbers {

    private Numbers() {
    }

    /** Seconds rounded to the nanosecond, plain: {@code 0.5}, {@code 2}, {@code 0.000001}. */
    static String seconds(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return String.valueOf(seconds);
        }
        BigDecimal value = BigDecimal.valueOf(Math.round(seconds * 1e9), 9).stripTrailingZeros();
        return value.signum() == 0 ? "0" : value.toPlainString();
    }
}
