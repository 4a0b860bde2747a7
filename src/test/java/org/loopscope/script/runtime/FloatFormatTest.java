package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random floats through random format specs and %-formats, against floatfmt.py (CPython 3.11). */
class FloatFormatTest {

    @Test
    void randomSpecsMatchCPython() throws IOException {
        List<String> lines;
        try (InputStream in = FloatFormatTest.class.getResourceAsStream("floatfmt.txt")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            double value = Double.parseDouble(parts[0]);
            String spec = parts[2];
            String actual = parts[1].equals("mod") ? (String) PyOps.mod(spec, value) : Formatter.format(value, spec);
            if (!actual.equals(parts[3])) {
                mismatches.add(parts[0] + " with " + spec + ": expected " + parts[3] + ", got " + actual);
            }
        }
        assertThat(lines).hasSizeGreaterThan(2500);
        assertThat(mismatches).isEmpty();
    }
}
