package org.loopscope.script.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.loopscope.script.syntax.Parser;

/**
 * Huge and deeply nested sources end in the error CPython gives (checked with python3 3.11), or in the source size
 * limit, in time linear in their size: none may hold the parser or the compiler for minutes. The timeouts are
 * generous; the quadratic conversions these inputs once took ran for minutes.
 */
class HugeInputTest {

    private static final Sandbox SANDBOX = new Sandbox(2_000_000, 10, 60_000);

    @AfterAll
    static void close() {
        SANDBOX.close();
    }

    private static String lastLine(String source) {
        Sandbox.Outcome outcome = SANDBOX.run(source);
        assertThat(Sandbox.problems(source, outcome)).isEmpty();
        assertThat(outcome.hung()).isFalse();
        return (outcome.stdout() + outcome.tail()).strip().lines().reduce((a, b) -> b).orElse("");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aMillionDigitDecimalLiteralIsRefusedBeforeItIsConverted() {
        // the caret line under the literal is a million characters long: only the end of stderr is looked at
        assertThat(lastLine("x = 1" + "0".repeat(1_000_000) + "\n")).isEqualTo("SyntaxError: Exceeds the limit "
                + "(4300 digits) for integer string conversion: value has 1000001 digits; use "
                + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                + "literals to avoid decimal conversion limits.");
        String pattern = "match 1:\n    case 1" + "0".repeat(5000) + ":\n        pass\n";
        assertThat(lastLine(pattern)).startsWith("SyntaxError: Exceeds the limit (4300 digits)");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hugeHexOctalAndBinaryLiteralsAreReadInLinearTime() {
        assertThat(lastLine("x = 0x" + "f".repeat(3_000_000) + "\nprint(x.bit_length())\n")).isEqualTo("12000000");
        assertThat(lastLine("x = 0o7_" + "7".repeat(1_000_000) + "\nprint(x.bit_length())\n")).isEqualTo("3000003");
        assertThat(lastLine("x = 0b1" + "0".repeat(2_000_000) + "\nprint(x.bit_length())\n")).isEqualTo("2000001");
        assertThat(lastLine("print(0x1f, 0o17, 0b101, 0x_ff)\n")).isEqualTo("31 15 5 255");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void intOfAHugeStringInAPowerOfTwoBaseIsLinear() {
        assertThat(lastLine("print(int('f' * 3000000, 16).bit_length())\n")).isEqualTo("12000000");
        assertThat(lastLine("print(int('-0x1_f', 16), int('11', 2), int('0o17', 0), int('v', 32))\n"))
                .isEqualTo("-31 3 15 31");
    }

    @Test
    void aLongElifChainFillsTheParserStackWhereCPythonsDoes() {
        // python3.11: 5966 elifs after a top-level if compile to RecursionError, 5967 are a MemoryError of the
        // parser; inside a def, each block level costs the parser 7 more levels
        assertThat(lastLine(elifs("", 5966))).isEqualTo("RecursionError: maximum recursion depth exceeded during "
                + "compilation");
        assertThat(lastLine(elifs("", 5967))).isEqualTo("MemoryError");
        assertThat(lastLine("def f():\n" + elifs(" ", 5959))).startsWith("RecursionError");
        assertThat(lastLine("def f():\n" + elifs(" ", 5960))).isEqualTo("MemoryError");
        assertThat(lastLine("x = y = 0\n" + elifs("", 2900) + "print('ok')\n")).isEqualTo("ok");
    }

    private static String elifs(String indent, int n) {
        return indent + "if x: pass\n" + (indent + "elif y: pass\n").repeat(n);
    }

    @Test
    void aScriptLargerThanTheSourceLimitIsRefusedWithOneLine() {
        String huge = "x = '" + "a".repeat(Parser.MAX_SOURCE_CHARS) + "'\n";
        assertThat(lastLine(huge)).isEqualTo("loopscope: the script has " + huge.length() + " characters, more than "
                + "the limit of " + Parser.MAX_SOURCE_CHARS + " (the source size limit)");
    }

    @Test
    void evalOfAStringLargerThanTheSourceLimitIsAMemoryError() {
        // a Loopscope limit: CPython would evaluate the 11-million-character literal
        assertThat(lastLine("s = \"'\" + 'a' * 11000000 + \"'\"\ntry:\n    eval(s)\nexcept MemoryError:\n"
                + "    print('MemoryError')\n")).isEqualTo("MemoryError");
    }
}
