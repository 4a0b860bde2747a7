package org.loopscope.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runaway programs end as Python errors or with one clear line, never a Java stack trace or a hang: recursion
 * (also through await and yield from chains), huge collections and strings, a task that never yields, and
 * malformed source. Expected texts are CPython 3.11's where CPython has one.
 */
class LimitsTest {

    private static void assertNoJava(Runs.Result r) {
        assertThat(r.out() + r.err()).doesNotContain("java.", "org.loopscope", "internal error");
    }

    @Test
    void recursionEndsInRecursionErrorThroughCallsAwaitsAndYieldFrom() {
        Runs.Result r = Runs.run("""
                import asyncio
                def f(n):
                    return f(n + 1)
                async def af(n):
                    return await af(n + 1)
                def g(n):
                    yield from g(n + 1)
                    yield n
                class Node:
                    def __init__(self, n):
                        self.child = Node(n + 1)
                for name, run in [("call", lambda: f(0)), ("yield from", lambda: list(g(0))),
                                  ("class", lambda: Node(0)), ("await", lambda: asyncio.run(af(0)))]:
                    try:
                        run()
                    except RecursionError as e:
                        print(name, e)
                """);

        assertThat(r.out()).isEqualTo("""
                call maximum recursion depth exceeded
                yield from maximum recursion depth exceeded
                class maximum recursion depth exceeded while calling a Python object
                await maximum recursion depth exceeded
                """);
        assertNoJava(r);
    }

    @Test
    void uncaughtRecursionIsAFoldedTraceback() {
        Runs.Result r = Runs.run("def f(n):\n    return f(n + 1)\nf(0)\n");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("  [Previous line repeated 996 more times]\n");
        assertThat(r.lastErrLine()).isEqualTo("RecursionError: maximum recursion depth exceeded");
    }

    @Test
    void hugeCollectionsAndStringsAreMemoryErrors() {
        Runs.Result r = Runs.run("""
                for name, make in [("list", lambda: [0] * 10 ** 12), ("str", lambda: "ab" * 10 ** 12),
                                   ("range list", lambda: list(range(10 ** 12))), ("join", lambda: "x" * 10 ** 11),
                                   ("tuple", lambda: (1, 2) * 10 ** 12)]:
                    try:
                        make()
                    except MemoryError as e:
                        print(name, type(e).__name__)
                """);

        assertThat(r.out()).isEqualTo("list MemoryError\nstr MemoryError\nrange list MemoryError\n"
                + "join MemoryError\ntuple MemoryError\n");
        assertNoJava(r);
    }

    @Test
    void aTaskThatNeverYieldsStopsTheRunWithOneLine() {
        Runs.Result r = Runs.run("""
                import asyncio
                async def spin():
                    n = 0
                    while True:
                        n += 1
                async def main():
                    asyncio.create_task(spin())
                    await asyncio.sleep(1)
                asyncio.run(main())
                """, 100_000);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("loopscope: Task-2 has held the loop for more than 100000 instructions at "
                + Runs.PATH + ":4\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "tabs and spaces | def f():\\n\\tif 1:\\n        pass\\n | TabError: inconsistent use of tabs and spaces in indentation",
        "bad indent | def f():\\nreturn 1\\n | IndentationError: expected an indented block after function definition on line 1",
        "unexpected indent | x = 1\\n    y = 2\\n | IndentationError: unexpected indent",
        "unterminated string | x = 'abc\\n | SyntaxError: unterminated string literal (detected at line 1)",
        "unterminated triple | x = '''abc\\n | SyntaxError: unterminated triple-quoted string literal (detected at line 1)",
        "null byte | x = 1\\0\\n | SyntaxError: source code cannot contain null bytes",
        "unclosed paren | print((1, 2)\\n | SyntaxError: '(' was never closed",
        "huge literal | x = HUGE\\n | SyntaxError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
    })
    void malformedSourceIsASyntaxErrorFamilyReport(String name, String source, String last) {
        String text = source.replace("\\n", "\n").replace("\\t", "\t").replace("\\0", "\0")
                .replace("HUGE", "1".repeat(5000));
        Runs.Result r = Runs.run(text);

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lastErrLine()).isEqualTo(last);
        assertNoJava(r);
    }

    @Test
    void tenThousandNestedParenthesesAreASyntaxError() {
        Runs.Result r = Runs.run("x = " + "(".repeat(10_000) + ")".repeat(10_000) + "\n");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lastErrLine()).isEqualTo("SyntaxError: too many nested parentheses");
        assertNoJava(r);
    }

    @Test
    void deeplyNestedExpressionsDoNotOverflowTheStack() {
        Runs.Result r = Runs.run("x = " + "-".repeat(200_000) + "1\nprint(x)\n");

        assertThat(r.status()).isEqualTo(1);
        assertNoJava(r);
        // CPython's parser runs out of its stack here and says only MemoryError.
        assertThat(r.lastErrLine()).isEqualTo("MemoryError");
    }
}
