package org.loopscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every conformance case through {@code loopscope run} (the same path as the command line) and compares what
 * it printed with what CPython 3.11 printed: stdout exactly, the exit status, and for failing programs the last
 * line of stderr. A case is {@code NAME.py} with {@code NAME.expected}, and {@code NAME.error} (the status, then
 * the last stderr line, where {@code @DIR@} stands for the case's folder as in the other files) when CPython exits
 * with an error. {@code conformance} holds the shared cases,
 * {@code conformance-extra} the language features, {@code tracebacks} whole stderr reports ({@code NAME.stderr});
 * the lesson library's programs are checked the same way.
 */
class ConformanceTest {

    /** What a run printed and returned. */
    record Outcome(int status, String out, String err) {
        String lastErrLine() {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    static Outcome run(Path script) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LoopscopeCommand.execute(ScriptRunner.session(), new PrintWriter(out), new PrintWriter(err),
                "run", script.toString());
        return new Outcome(status, out.toString(), err.toString());
    }

    static Stream<Path> cases(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getResource("/" + folder).toURI());
        return Files.list(dir).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    /** The lesson programs that python3 can run (those with an expected output), in every lesson folder. */
    static Stream<Path> lessonPrograms() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getResource("/org/loopscope/lessons").toURI());
        return Files.walk(dir, 2).filter(p -> p.toString().endsWith(".py"))
                .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.py$",
                        ".expected"))))
                .sorted();
    }

    private static String sibling(Path script, String suffix) throws IOException {
        Path file = script.resolveSibling(script.getFileName().toString().replaceFirst("\\.py$", suffix));
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private static Stream<DynamicTest> suite(String folder) throws IOException, URISyntaxException {
        return suite(cases(folder));
    }

    private static Stream<DynamicTest> suite(Stream<Path> scripts) {
        return scripts.map(script -> DynamicTest.dynamicTest(script.getParent().getFileName() + "/"
                + script.getFileName(), () -> {
            Outcome outcome = run(script);
            String dir = script.getParent().toString();
            String expected = sibling(script, ".expected").replace("@DIR@", dir);
            String error = sibling(script, ".error");
            assertThat(outcome.out()).as("stdout of %s (stderr: %s)", script.getFileName(), outcome.err())
                    .isEqualTo(expected);
            if (error == null) {
                assertThat(outcome.status()).as("exit status (stderr: %s)", outcome.err()).isZero();
            } else {
                List<String> lines = error.lines().toList();
                assertThat(outcome.status()).as("exit status").isEqualTo(Integer.parseInt(lines.get(0).strip()));
                if (lines.size() > 1 && !lines.get(1).isEmpty()) {
                    assertThat(outcome.lastErrLine()).as("last stderr line")
                            .isEqualTo(lines.get(1).replace("@DIR@", dir));
                }
            }
            String stderr = sibling(script, ".stderr");
            if (stderr != null) {
                assertThat(outcome.err()).as("stderr").isEqualTo(stderr.replace("@DIR@", dir));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> sharedCases() throws IOException, URISyntaxException {
        return suite("conformance");
    }

    @TestFactory
    Stream<DynamicTest> languageFeatures() throws IOException, URISyntaxException {
        return suite("conformance-extra");
    }

    @TestFactory
    Stream<DynamicTest> tracebacks() throws IOException, URISyntaxException {
        return suite("tracebacks");
    }

    @TestFactory
    Stream<DynamicTest> lessons() throws IOException, URISyntaxException {
        return suite(lessonPrograms());
    }
}
