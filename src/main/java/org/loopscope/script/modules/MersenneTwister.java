package org.loopscope.script.modules;

import java.math.BigInteger;

/**
 * MT19937, exactly as CPython's {@code _random} module uses it: seeding by {@code init_by_array} with the seed's
 * 32-bit words, {@code random()} from two draws (53 bits), {@code getrandbits(k)} from the high bits of each word.
 */
final class MersenneTwister {

    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int mti = N + 1;

    /** {@code init_genrand(s)}. */
    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    /** {@code init_by_array(key)}. */
    void seed(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        int k = Math.max(N, key.length);
        for (; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** Seeds with a non-negative integer, as {@code random.seed(n)} does with {@code abs(n)}. */
    void seed(BigInteger n) {
        BigInteger value = n.abs();
        int words = Math.max(1, (value.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = value.shiftRight(32 * w).intValue();
        }
        seed(key);
    }

    /** {@code genrand_uint32()} as an unsigned value in a long. */
    long next32() {
        int y;
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            mti = 0;
        }
        y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** {@code random()}: a float in [0, 1) with 53 random bits. */
    double random() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}. */
    BigInteger getrandbits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf(next32() >>> (32 - k));
        }
        int words = (k - 1) / 32 + 1;
        BigInteger result = BigInteger.ZERO;
        int remaining = k;
        for (int w = 0; w < words; w++, remaining -= 32) {
            long r = next32();
            if (remaining < 32) {
                r >>>= 32 - remaining;
            }
            result = result.or(BigInteger.valueOf(r).shiftLeft(32 * w));
        }
        return result;
    }

    /** The generator's state words, for getstate(). */
    int[] state() {
        return mt.clone();
    }
}
