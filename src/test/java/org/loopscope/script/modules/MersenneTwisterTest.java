package org.loopscope.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The generator gives CPython's numbers for the same seed. Expected values from python3:
 * <pre>
 * random.seed(42); [random.random() for _ in range(3)]
 * random.getrandbits(32), random.getrandbits(64), random.getrandbits(100)
 * random.seed(2**100 + 12345); random.random()
 * </pre>
 */
class MersenneTwisterTest {

    @Test
    void randomAndGetrandbitsFollowCPython() {
        MersenneTwister mt = new MersenneTwister();
        mt.seed(BigInteger.valueOf(42));

        assertThat(mt.random()).isEqualTo(0.6394267984578837);
        assertThat(mt.random()).isEqualTo(0.025010755222666936);
        assertThat(mt.random()).isEqualTo(0.27502931836911926);
        assertThat(mt.getrandbits(32)).isEqualTo(new BigInteger("958682846"));
        assertThat(mt.getrandbits(64)).isEqualTo(new BigInteger("13585496030504862185"));
        assertThat(mt.getrandbits(100)).isEqualTo(new BigInteger("1167876019479626170561453694887"));
    }

    @Test
    void seedsLongerThanOneWordUseEveryWord() {
        MersenneTwister mt = new MersenneTwister();
        mt.seed(BigInteger.TWO.pow(100).add(BigInteger.valueOf(12345)));

        assertThat(mt.random()).isEqualTo(0.44487310994347073);
    }
}
