package org.loopscope.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Random ints of every size (long fast paths, overflow, big ints) through every operator, against intops.py. */
class IntArithmeticTest {

    private static Object parse(String text) {
        return Ints.normalize(new BigInteger(text));
    }

    private static String compute(String[] t) {
        try {
            Object a = parse(t[0]);
            Object b = parse(t[t.length - 1]);
            Object result = switch (t[1]) {
                case "+" -> PyOps.add(a, b);
                case "-" -> PyOps.sub(a, b);
                case "*" -> PyOps.mul(a, b);
                case "//" -> PyOps.floordiv(a, b);
                case "%" -> PyOps.mod(a, b);
                case "/" -> PyOps.truediv(a, b);
                case "&" -> PyOps.and(a, b);
                case "|" -> PyOps.or(a, b);
                case "^" -> PyOps.xor(a, b);
                case "<<" -> PyOps.lshift(a, b);
                case ">>" -> PyOps.rshift(a, b);
                case "**" -> PyOps.pow(a, b);
                case "divmod" -> PyOps.divmod(a, b);
                case "pow3" -> PyOps.pow(a, b, parse(t[2]));
                case "hash" -> Ints.box(PyOps.hash(a));
                case "==" -> PyOps.eq(a, b);
                case "<" -> PyOps.lt(a, b);
                default -> throw new IllegalArgumentException(t[1]);
            };
            return Reprs.repr(result);
        } catch (PyException error) {
            return "!" + error.type().name() + ": " + error.str();
        }
    }

    @Test
    void randomIntsMatchCPython() throws IOException {
        List<String> lines;
        try (InputStream in = IntArithmeticTest.class.getResourceAsStream("intops.txt")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t");
            String actual = compute(parts[0].split(" "));
            if (!actual.equals(parts[1])) {
                mismatches.add(parts[0] + ": expected " + parts[1] + ", got " + actual);
            }
        }
        assertThat(lines).hasSize(3000);
        assertThat(mismatches).isEmpty();
    }
}
