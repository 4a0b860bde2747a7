package org.loopscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code --interrupt-at} and {@code --cancel} on conformance programs print what CPython prints when the same Ctrl+C
 * or cancellation happens at that point. Each case in {@code interventions/} is {@code NAME.args} (the conformance
 * program, then the options), {@code NAME.py} (that program with the intervention written in:
 * {@code loop.call_later(T, signal.raise_signal, signal.SIGINT)} or {@code loop.call_later(T, cancel, 'Task-N')}),
 * and what python3 printed running it: {@code NAME.expected} (stdout) and {@code NAME.error} (exit status and last
 * stderr line) when it failed.
 */
class InterventionConformanceTest {

    @TestFactory
    Stream<DynamicTest> interventionsPrintWhatCPythonPrints() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/interventions").toURI());
        Path conformance = Path.of(getClass().getResource("/conformance").toURI());
        List<Path> cases;
        try (Stream<Path> files = Files.list(dir)) {
            cases = files.filter(p -> p.toString().endsWith(".args")).sorted().toList();
        }
        return cases.stream().map(args -> DynamicTest.dynamicTest(args.getFileName().toString(), () -> {
            List<String> lines = Files.readAllLines(args, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("run", conformance.resolve(lines.get(0)).toString()));
            command.addAll(List.of(lines.get(1).strip().split(" ")));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = LoopscopeCommand.execute(ScriptRunner.session(), new PrintWriter(out), new PrintWriter(err),
                    command.toArray(String[]::new));
            String expected = Files.readString(sibling(args, ".expected"), StandardCharsets.UTF_8);
            assertThat(out.toString()).as("stdout (stderr: %s)", err).isEqualTo(expected);
            Path error = sibling(args, ".error");
            if (Files.exists(error)) {
                List<String> failure = Files.readAllLines(error, StandardCharsets.UTF_8);
                assertThat(status).as("exit status").isEqualTo(Integer.parseInt(failure.get(0)));
                List<String> errLines = err.toString().lines().filter(l -> !l.isBlank()).toList();
                assertThat(errLines).as("stderr").isNotEmpty();
                assertThat(errLines.get(errLines.size() - 1)).isEqualTo(failure.get(1));
            } else {
                assertThat(status).as("exit status (stderr: %s)", err).isZero();
                assertThat(err.toString()).isEmpty();
            }
            assertThat(err.toString()).doesNotContain("loopscope:");
        }));
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName().toString().replaceFirst("\\.args$", suffix));
    }
}
