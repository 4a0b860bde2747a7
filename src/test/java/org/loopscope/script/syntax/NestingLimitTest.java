package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deep nesting ends in CPython's errors, at CPython's thresholds (measured with CPython 3.11.7), never in a Java
 * StackOverflowError: brackets past 200 are the tokenizer's "too many nested parentheses", expressions deeper
 * than the compiler's 3000 levels are a RecursionError, chains deeper than the parser's stack a MemoryError.
 */
class NestingLimitTest {

    private static PySyntaxError error(String source) {
        return catchThrowableOfType(() -> Parser.parseModule(source, "deep.py"), PySyntaxError.class);
    }

    @Test
    void tenThousandParenthesesAreTooManyNestedParentheses() {
        PySyntaxError e = error("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
        assertThat(e.message()).isEqualTo("too many nested parentheses");
        assertThat(e.column()).isEqualTo(205);
        assertThat(error("[".repeat(10_000)).message()).isEqualTo("too many nested parentheses");
    }

    @Test
    void twoHundredLevelsOfBracketsStillParse() {
        Module m = Parser.parseModule("x = " + "[".repeat(199) + "1" + "]".repeat(199) + "\n", "deep.py");
        assertThat(m.body()).hasSize(1);
    }

    @ParameterizedTest(name = "{0} x {1} -> {2}")
    @CsvSource({
        "'-', 2998, ok",
        "'-', 2999, RecursionError",
        "'-', 5967, RecursionError",
        "'-', 5968, MemoryError",
        "'-', 10000, MemoryError",
        "'not ', 2998, ok",
        "'not ', 2999, RecursionError",
        "'not ', 5968, MemoryError",
        "'not ', 10000, MemoryError",
        "'a**', 2983, ok",
        "'a**', 2984, MemoryError",
        "'lambda: ', 2983, ok",
        "'lambda: ', 3000, MemoryError",
        "'a if b else ', 2999, RecursionError",
    })
    void chainsFailWhereCPythonsDo(String unit, int count, String outcome) {
        String source = "x = " + unit.repeat(count) + "1\n";
        if (outcome.equals("ok")) {
            assertThat(Parser.parseModule(source, "deep.py").body()).hasSize(1);
            return;
        }
        PySyntaxError e = error(source);
        assertThat(e.kind().pythonName()).isEqualTo(outcome);
        assertThat(e.format()).isEqualTo(outcome.equals("MemoryError") ? "MemoryError\n"
                : "RecursionError: maximum recursion depth exceeded during compilation\n");
    }

    @Test
    void aDeeperFunctionReachesTheCompilersLimitOneLevelEarlier() {
        String body = "-".repeat(2998) + "1\n";
        assertThat(error("def f():\n    x = " + body).kind()).isEqualTo(PySyntaxError.Kind.RECURSION_ERROR);
        assertThat(Parser.parseModule("x = " + body, "deep.py").body()).hasSize(1);
    }

    @Test
    void aHundredIndentationLevelsAreTooMany() {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            src.append(" ".repeat(i)).append("if x:\n");
        }
        src.append(" ".repeat(100)).append("pass\n");
        PySyntaxError e = error(src.toString());
        assertThat(e.kind()).isEqualTo(PySyntaxError.Kind.INDENTATION_ERROR);
        assertThat(e.message()).isEqualTo("too many levels of indentation");
    }

    @Test
    void longOperatorChainsNestInTheTreeAndHitTheCompilersLimit() {
        String ok = "x = " + "a + ".repeat(2_000) + "a\ny = a" + ".b".repeat(2_000) + "\n";
        assertThat(Parser.parseModule(ok, "long.py").body()).hasSize(2);
        assertThat(error("x = " + "a + ".repeat(20_000) + "a\n").kind()).isEqualTo(PySyntaxError.Kind.RECURSION_ERROR);
        assertThat(error("y = a" + ".b".repeat(20_000) + "\n").kind()).isEqualTo(PySyntaxError.Kind.RECURSION_ERROR);
    }
}
