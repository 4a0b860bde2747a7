package org.loopscope.script.runtime;

import java.math.BigInteger;

/** ints as text: {@code repr(int)} and {@code int(str, base)}, with CPython 3.11's limit on the number of digits. */
final class IntText {

    private IntText() {
    }

    /** {@code repr(int)}, with CPython 3.11's limit on the number of digits. */
    static String toString(Object value) {
        if (!(value instanceof BigInteger big)) {
            return Long.toString(Ints.small(value));
        }
        // log10(2) < 0.30103: more bits than this can only mean more digits than allowed.
        if (big.bitLength() > (Limits.MAX_STR_DIGITS + 1) / 0.30103 + 1) {
            throw digitLimit();
        }
        String text = big.toString();
        int digits = text.length() - (big.signum() < 0 ? 1 : 0);
        if (digits > Limits.MAX_STR_DIGITS) {
            throw digitLimit();
        }
        return text;
    }

    private static PyException digitLimit() {
        return Errors.valueError("Exceeds the limit (" + Limits.MAX_STR_DIGITS
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** The int value of {@code text} in {@code base} (0 means "as a literal"), or null if it is not valid. */
    static Object parse(String text, int base) {
        String s = Strs.stripWhitespace(text);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (s.length() - i >= 2 && s.charAt(i) == '0') {
            char kind = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = kind == 'x' ? 16 : kind == 'o' ? 8 : kind == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                prefixed = true;
            }
        }
        boolean literalZeros = base == 0;
        if (base == 0) {
            base = 10;
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean needDigit = true;
        boolean underscoreAllowed = prefixed;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!underscoreAllowed) {
                    return null;
                }
                underscoreAllowed = false;
                needDigit = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            needDigit = false;
            underscoreAllowed = true;
        }
        if (needDigit) {
            return null;
        }
        if (literalZeros && !prefixed && digits.length() > 1 && digits.charAt(0) == '0'
                && !digits.toString().chars().allMatch(ch -> ch == '0')) {
            return null;
        }
        if ((base & (base - 1)) != 0 && digits.length() > Limits.MAX_STR_DIGITS) {
            throw Errors.valueError("Exceeds the limit (" + Limits.MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger value = Integer.bitCount(base) == 1 ? PowerOfTwoDigits.parse(digits, 0, base)
                : new BigInteger(digits.toString(), base);
        return Ints.normalize(negative ? value.negate() : value);
    }
}
