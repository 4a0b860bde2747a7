package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code repr(float)}: the shortest round-trip digits in CPython's layout, for random doubles from floats.py. */
class FloatReprTest {

    private static List<String> goldens() throws IOException {
        try (InputStream in = FloatReprTest.class.getResourceAsStream("floats.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    @Test
    void randomDoublesPrintAsCPythonPrintsThem() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String> lines = goldens();
        for (String expected : lines) {
            double value = Double.parseDouble(expected);
            String actual = Floats.repr(value);
            if (!actual.equals(expected)) {
                mismatches.add(expected + " printed as " + actual);
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void reprReadsBackToTheSameDouble() throws IOException {
        for (String line : goldens()) {
            double value = Double.parseDouble(line);
            assertThat(Double.parseDouble(Floats.repr(value))).isEqualTo(value);
        }
    }

    @Test
    void specialValues() {
        assertThat(Floats.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(Floats.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(Floats.repr(Double.NaN)).isEqualTo("nan");
        assertThat(Floats.repr(-0.0)).isEqualTo("-0.0");
        assertThat(Floats.repr(100.0)).isEqualTo("100.0");
        // Java 17's Double.toString gives 2.0E-3 style and is not always shortest: CPython's answers.
        assertThat(Floats.repr(2e-3)).isEqualTo("0.002");
        assertThat(Floats.repr(8.41e21)).isEqualTo("8.41e+21");
        assertThat(Floats.repr(2.82879384806159e17)).isEqualTo("2.82879384806159e+17");
        assertThat(Floats.repr(1.0E23)).isEqualTo("1e+23");
    }
}
