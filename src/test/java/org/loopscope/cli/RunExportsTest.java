package org.loopscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loopscope run} with exports, the summary and interventions, through the command line: the program prints
 * what it prints without them, the files parse back and are the same bytes on every run.
 */
class RunExportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Outcome(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LoopscopeCommand.execute(ScriptRunner.session(), new PrintWriter(out), new PrintWriter(err),
                args);
        return new Outcome(status, out.toString(), err.toString());
    }

    static Path conformance(String prefix) throws IOException, URISyntaxException {
        return ConformanceTest.cases("conformance").filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    private String[] exporting(Path script, String name, String... more) {
        List<String> args = new ArrayList<>(List.of("run", script.toString(),
                "--trace", dir.resolve(name + ".json").toString(), "--events", dir.resolve(name + ".jsonl").toString(),
                "--svg", dir.resolve(name + ".svg").toString(), "--png", dir.resolve(name + ".png").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Every conformance program exports all four files, and prints exactly what it prints without them. */
    @TestFactory
    Stream<DynamicTest> everyConformanceProgramExportsAllFourFiles() throws IOException, URISyntaxException {
        return ConformanceTest.cases("conformance").map(script -> DynamicTest.dynamicTest(
                script.getFileName().toString(), () -> {
                    String name = script.getFileName().toString().replace(".py", "");
                    ConformanceTest.Outcome plain = ConformanceTest.run(script);
                    Outcome exported = run(exporting(script, name, "--summary"));
                    assertThat(exported.out()).isEqualTo(plain.out());
                    assertThat(exported.status()).isEqualTo(plain.status());
                    List<String> errLines = exported.errLines();
                    assertThat(String.join("\n", errLines.subList(0, errLines.size() - 1))
                            + (errLines.size() > 1 ? "\n" : "")).isEqualTo(plain.err());

                    JsonNode summary = JSON.readTree(errLines.get(errLines.size() - 1));
                    JsonNode chrome = JSON.readTree(dir.resolve(name + ".json").toFile());
                    assertThat(chrome.get("otherData").get("events").asInt())
                            .isEqualTo(summary.get("events").asInt());
                    List<String> lines = Files.readAllLines(dir.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
                    assertThat(lines).hasSize(summary.get("events").asInt());
                    for (String line : lines) {
                        assertThat(JSON.readTree(line).get("kind").asText()).isNotEmpty();
                    }
                    DocumentBuilderFactory.newInstance().newDocumentBuilder()
                            .parse(dir.resolve(name + ".svg").toFile());
                    assertThat(ImageIO.read(dir.resolve(name + ".png").toFile()).getWidth()).isEqualTo(1200);
                }));
    }

    @Test
    void theSameRunGivesByteIdenticalFiles() throws Exception {
        Path script = conformance("17_");
        Outcome first = run(exporting(script, "first", "--summary", "--cancel", "Task-3@0.015"));
        Outcome second = run(exporting(script, "second", "--summary", "--cancel", "Task-3@0.015"));
        assertThat(second).isEqualTo(first);
        for (String suffix : List.of(".json", ".jsonl", ".svg", ".png")) {
            assertThat(Files.readAllBytes(dir.resolve("second" + suffix)))
                    .as(suffix).isEqualTo(Files.readAllBytes(dir.resolve("first" + suffix)));
        }
    }

    @Test
    void theChromeTraceHasOneTrackPerTaskAndOneForTheLoop() throws Exception {
        Path script = conformance("05_");
        Path trace = dir.resolve("t.json");
        Outcome outcome = run("run", script.toString(), "--trace", trace.toString(), "--summary");
        int tasks = JSON.readTree(outcome.errLines().get(outcome.errLines().size() - 1)).get("tasks").asInt();
        JsonNode root = JSON.readTree(trace.toFile());
        Set<Integer> named = new HashSet<>();
        Set<Integer> sliced = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (JsonNode event : root.get("traceEvents")) {
            String ph = event.get("ph").asText();
            if (ph.equals("M") && event.get("name").asText().equals("thread_name")) {
                named.add(event.get("tid").asInt());
                names.add(event.get("args").get("name").asText());
            } else if (ph.equals("X")) {
                sliced.add(event.get("tid").asInt());
                assertThat(event.get("dur").asDouble()).isGreaterThanOrEqualTo(0);
            }
        }
        // main, the three workers, and asyncio.run's two shutdown steps
        assertThat(tasks).isEqualTo(6);
        assertThat(named).hasSize(tasks + 1);
        assertThat(names).startsWith("event loop", "Task-1", "Task-2", "Task-3", "Task-4");
        assertThat(sliced).isEqualTo(named);
    }

    @Test
    void theSummaryCountsTheBlockingProgram() throws Exception {
        Path script = conformance("04_");
        Outcome outcome = run("run", script.toString(), "--summary");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains("blocking total 0.6", "cooperative total 0.2");
        assertThat(outcome.errLines()).hasSize(1);
        JsonNode summary = JSON.readTree(outcome.err());
        assertThat(summary.fieldNames()).toIterable().containsExactly("totalTime", "tasks", "peakConcurrency",
                "blockedTime", "idleTime", "loopIterations", "steps", "events");
        assertThat(summary.get("totalTime").asDouble()).isEqualTo(0.8);
        assertThat(summary.get("blockedTime").asDouble()).isEqualTo(0.6);
        assertThat(summary.get("idleTime").asDouble()).isEqualTo(0.2);
        // main, three blocking and three cooperative workers, asyncio.run's two shutdown steps
        assertThat(summary.get("tasks").asInt()).isEqualTo(9);
        // main and the three cooperative workers at once; the blocking ones finish in their first step
        assertThat(summary.get("peakConcurrency").asInt()).isEqualTo(4);
        assertThat(summary.get("loopIterations").asInt()).isPositive();
        assertThat(summary.get("events").asInt()).isGreaterThan(summary.get("loopIterations").asInt() * 2);
    }

    @Test
    void aCancellationOfNoTaskLeavesTheOutputAndSaysSoAfterIt() throws Exception {
        Path script = conformance("05_");
        Outcome plain = run("run", script.toString());
        Outcome outcome = run("run", script.toString(), "--cancel", "nobody@0.01", "--summary");
        assertThat(outcome.out()).isEqualTo(plain.out());
        assertThat(outcome.status()).isZero();
        assertThat(outcome.errLines()).hasSize(2);
        assertThat(outcome.errLines().get(0)).isEqualTo(
                "loopscope: cancel nobody at 0.01 s: no pending task has that name then");
        assertThat(JSON.readTree(outcome.errLines().get(1)).has("events")).isTrue();
    }

    @Test
    void anUnwritableExportIsReportedAndFailsTheRun() throws Exception {
        Path script = conformance("01_");
        Path missing = dir.resolve("no/such/dir/t.json");
        Outcome outcome = run("run", script.toString(), "--trace", missing.toString());
        assertThat(outcome.out()).isEqualTo(run("run", script.toString()).out());
        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err()).startsWith("loopscope: --trace " + missing + ": cannot write: ");
    }

    @Test
    void aProgramThatNeverEndsIsStoppedByTheTimeoutAndWhatItDidIsExported() throws Exception {
        Path script = dir.resolve("forever.py");
        Files.writeString(script, "import asyncio\n\nasync def main():\n    while True:\n"
                + "        await asyncio.sleep(1)\n\nasyncio.run(main())\n");
        Path events = dir.resolve("forever.jsonl");
        Outcome outcome = run("run", script.toString(), "--timeout", "0.5", "--events", events.toString());
        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo(
                "loopscope: the program ran for more than 0.5 seconds of wall-clock time (--timeout)\n");
        assertThat(Files.readAllLines(events)).isNotEmpty();
    }

    @Test
    void maxTimeStopsTheRunAndTheTraceEndsThere() throws Exception {
        Path script = dir.resolve("forever.py");
        Files.writeString(script, "import asyncio\n\nasync def main():\n    while True:\n"
                + "        await asyncio.sleep(1)\n\nasyncio.run(main())\n");
        Outcome outcome = run("run", script.toString(), "--max-time", "5", "--summary");
        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.errLines().get(0)).startsWith("loopscope: the program ran past the time limit");
        assertThat(JSON.readTree(outcome.errLines().get(1)).get("totalTime").asDouble()).isEqualTo(5.0);
    }
}
