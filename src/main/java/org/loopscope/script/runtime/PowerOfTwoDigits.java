package org.loopscope.script.runtime;

import java.math.BigInteger;

/**
 * Reads digits in base 2, 4, 8, 16 or 32 in time linear in their number, as CPython does: each digit is a fixed
 * number of bits, so the bits are laid out directly ({@code new BigInteger(text, 16)} multiplies once per digit
 * group and takes minutes on a million digits).
 */
public final class PowerOfTwoDigits {

    private PowerOfTwoDigits() {
    }

    /**
     * The non-negative value of the digits {@code text.subSequence(from, text.length())} in {@code radix}, a power
     * of two; underscores are skipped. Throws NumberFormatException on any other character.
     */
    public static BigInteger parse(CharSequence text, int from, int radix) {
        if (Integer.bitCount(radix) != 1 || radix < 2 || radix > 32) {
            throw new IllegalArgumentException("not a power-of-two radix: " + radix);
        }
        int bitsPerDigit = Integer.numberOfTrailingZeros(radix);
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            count += text.charAt(i) == '_' ? 0 : 1;
        }
        if (count == 0) {
            throw new NumberFormatException("no digits");
        }
        // big-endian bytes, filled from the last digit (lowest bits) upwards
        byte[] bytes = new byte[(int) (((long) count * bitsPerDigit + 7) / 8) + 1];
        int bit = 0;
        for (int i = text.length() - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0) {
                throw new NumberFormatException("bad digit " + c);
            }
            for (int b = 0; b < bitsPerDigit; b++, bit++) {
                if ((d >>> b & 1) != 0) {
                    bytes[bytes.length - 1 - (bit >>> 3)] |= (byte) (1 << (bit & 7));
                }
            }
        }
        return new BigInteger(1, bytes);
    }
}
