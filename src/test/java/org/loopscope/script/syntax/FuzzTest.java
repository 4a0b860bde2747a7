package org.loopscope.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mangled programs must give a tree or a PySyntaxError, never another exception, and quickly: tokens of the
 * conformance and benchmark programs are deleted, duplicated, swapped or replaced at random (seeded, so a failure
 * can be replayed), and random text is thrown at the parser too.
 */
class FuzzTest {

    private static final String[] NOISE = {"(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "\"", "'",
        "'''", "f'{", "}", "\\", "\n", "\t", " ", "    ", "#", "lambda", "yield", "await", "async", "not", "else",
        "\u2026", "\0", "\r", "\f", "0x", "1e", "@", ":=", "->", "...", "def", "class", "return", "\\\n", "é"};

    @Test
    void mutatedProgramsNeverThrowAnythingElse() {
        List<String> programs = new ArrayList<>();
        for (String folder : List.of("programs", "valid")) {
            for (Path p : Resources.pythonFiles(folder)) {
                programs.add(Resources.read(p));
            }
        }
        Random random = new Random(20240611L);
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 4000; i++) {
                String source = mutate(programs.get(random.nextInt(programs.size())), random);
                outcomes[parseOrError(source, "seed " + i)]++;
            }
        });
        assertThat(outcomes[0] + outcomes[1]).isEqualTo(4000);
        assertThat(outcomes[1]).as("most mutations are errors").isGreaterThan(1000);
    }

    @Test
    void randomTextNeverThrowsAnythingElse() {
        Random random = new Random(7L);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(40);
                for (int k = 0; k < n; k++) {
                    sb.append(random.nextInt(4) == 0 ? NOISE[random.nextInt(NOISE.length)]
                            : String.valueOf((char) (32 + random.nextInt(95))));
                }
                parseOrError(sb.toString(), "random " + i);
            }
        });
    }

    /** 0 for a tree, 1 for a PySyntaxError; anything else fails the test with the source. */
    private static int parseOrError(String source, String label) {
        try {
            Parser.parseModule(source, "fuzz.py");
            return 0;
        } catch (PySyntaxError e) {
            assertThat(e.format()).as(label).isNotEmpty();
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(label + " threw " + e + " for source:\n" + source, e);
        }
    }

    private static String mutate(String program, Random random) {
        List<Token> tokens = Lexer.tokenize(program, "p.py").tokens();
        List<String> lines = program.lines().map(l -> l + "\n").toList();
        String source = program;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            Token t = tokens.get(random.nextInt(tokens.size()));
            if (t.col() < 0 || t.line() > lines.size()) {
                continue;
            }
            int at = offset(lines, t.line(), t.col());
            int end = Math.min(offset(lines, t.endLine(), t.endCol()), program.length());
            if (at > source.length() || end > source.length() || end < at) {
                continue;
            }
            String text = source.substring(at, end);
            switch (random.nextInt(4)) {
                case 0 -> source = source.substring(0, at) + source.substring(end);
                case 1 -> source = source.substring(0, end) + " " + text + source.substring(end);
                case 2 -> source = source.substring(0, at) + NOISE[random.nextInt(NOISE.length)]
                        + source.substring(end);
                default -> source = source.substring(0, at) + NOISE[random.nextInt(NOISE.length)]
                        + source.substring(at);
            }
        }
        return source;
    }

    private static int offset(List<String> lines, int line, int col) {
        int off = 0;
        for (int i = 0; i < line - 1 && i < lines.size(); i++) {
            off += lines.get(i).length();
        }
        return off + col;
    }
}
