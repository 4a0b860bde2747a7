package org.loopscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit statuses, messages, help, and never a stack trace. */
class LoopscopeCommandTest {

    @TempDir
    Path dir;

    /** What one invocation printed and returned. */
    private record Outcome(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Outcome run(ScriptRunner runner, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LoopscopeCommand.execute(runner, new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(status, out.toString(), err.toString());
    }

    private static Outcome run(String... args) {
        return run(ScriptRunner.notBuiltYet(), args);
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void missingFileIsReportedAsPythonReportsIt() {
        Path missing = dir.resolve("nope.py");

        Outcome outcome = run("run", missing.toString());

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo(
                "loopscope: can't open file '" + missing + "': [Errno 2] No such file or directory\n");
    }

    @Test
    void relativeMissingFileIsShownWithAnAbsolutePath() {
        Outcome outcome = run("run", "no-such-dir/../x.py");

        Path expected = Path.of("").toAbsolutePath().resolve("no-such-dir/../x.py");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).contains("can't open file '" + expected + "'");
    }

    @Test
    void directoryIsNotAScript() {
        Outcome outcome = run("run", dir.toString());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("loopscope: can't find '__main__' module in '" + dir + "'\n");
    }

    @Test
    void readableFileReachesTheRunnerWithItsOptions() throws IOException {
        Path hello = script("hello.py", "print('hello')\n");
        List<RunOptions> seen = new ArrayList<>();
        ScriptRunner runner = (script, options, out, err) -> {
            seen.add(options);
            out.print(script.text().contains("hello") ? "hello\n" : "?");
            return 0;
        };

        Outcome outcome = run(runner, "run", "--seed", "7", "--max-time", "30", "--timeout", "5", "--summary",
                "--interrupt-at", "2.5", "--cancel", "Task-2@1.5", "--cancel", "worker@home@0",
                "--trace", "t.json", "--png", "t.png", hello.toString());

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).isEqualTo("hello\n");
        RunOptions options = seen.get(0);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.maxTime()).hasValue(30.0);
        assertThat(options.timeout()).hasValue(5.0);
        assertThat(options.interruptAt()).hasValue(2.5);
        assertThat(options.summary()).isTrue();
        assertThat(options.realTime()).isFalse();
        assertThat(options.cancels()).containsExactly(new TaskCancel("Task-2", 1.5), new TaskCancel("worker@home", 0));
        assertThat(options.chromeTrace()).contains(Path.of("t.json"));
        assertThat(options.png()).contains(Path.of("t.png"));
        assertThat(options.svg()).isEmpty();
        assertThat(options.eventLog()).isEmpty();
    }

    @Test
    void aPlainRunGetsWhatTheParsedCommandLineGives() throws IOException {
        Path hello = script("hello.py", "print('hello')\n");
        List<RunOptions> seen = new ArrayList<>();
        List<ScriptSource> scripts = new ArrayList<>();
        ScriptRunner runner = (script, options, out, err) -> {
            seen.add(options);
            scripts.add(script);
            return 3;
        };

        Outcome plain = run(runner, "run", hello.toString());
        Outcome parsed = run(runner, "run", "--", hello.toString());

        assertThat(LoopscopeCommand.isPlainRun("run", hello.toString())).isTrue();
        assertThat(LoopscopeCommand.isPlainRun("run", "--", hello.toString())).isFalse();
        assertThat(plain).isEqualTo(parsed);
        assertThat(plain.status()).isEqualTo(3);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isEqualTo(seen.get(1)).isEqualTo(RunOptions.defaults());
        assertThat(scripts.get(0)).isEqualTo(scripts.get(1));
    }

    @Test
    void withoutAnInterpreterRunSaysSo() throws IOException {
        Path hello = script("hello.py", "print('hello')\n");

        Outcome outcome = run("run", hello.toString());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).isEqualTo("loopscope: the script interpreter is not built yet\n");
    }

    @Test
    void nonUtf8SourceIsASyntaxErrorLikePythons() throws IOException {
        Path bad = dir.resolve("bad.py");
        Files.write(bad, new byte[] {'p', '(', '1', ')', '\n', (byte) 0xff, '\n'});

        Outcome outcome = run("run", bad.toString());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + bad
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
    }

    @Test
    void helpListsTheRunCommand() {
        Outcome outcome = run("--help");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains("Usage: loopscope", "run", "--version");
    }

    @Test
    void runHelpListsEveryOption() {
        Outcome outcome = run("run", "--help");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).contains("Usage: loopscope run", "FILE", "--seed", "--max-time", "--timeout",
                "--trace", "--events", "--svg", "--png", "--summary", "--real-time", "--interrupt-at", "--cancel");
    }

    @Test
    void versionNamesTheProduct() {
        Outcome outcome = run("--version");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.out()).startsWith("Loopscope ");
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() {
        for (String[] args : List.of(
                new String[] {},
                new String[] {"run"},
                new String[] {"run", "--bogus", "x.py"},
                new String[] {"run", "--seed", "many", "x.py"},
                new String[] {"run", "--max-time", "-1", "x.py"},
                new String[] {"run", "--timeout", "0", "x.py"},
                new String[] {"run", "--interrupt-at", "NaN", "x.py"},
                new String[] {"run", "--cancel", "Task-1", "x.py"},
                new String[] {"run", "--cancel", "@3", "x.py"},
                new String[] {"export", "x.py"})) {
            Outcome outcome = run(args);

            assertThat(outcome.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(outcome.err()).as(String.join(" ", args)).contains("Usage: loopscope");
            assertNoStackTrace(outcome);
        }
    }

    @Test
    void aFailingRunnerGivesOneLineAndNoStackTrace() throws IOException {
        Path hello = script("hello.py", "print('hello')\n");
        ScriptRunner broken = (script, options, out, err) -> {
            throw new IllegalStateException("the loop fell over\nbadly");
        };

        Outcome outcome = run(broken, "run", hello.toString());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err())
                .isEqualTo("loopscope: internal error: IllegalStateException: the loop fell over badly\n");
        assertNoStackTrace(outcome);
    }

    @Test
    void evenAnErrorGivesOneLine() throws IOException {
        Path hello = script("hello.py", "print('hello')\n");
        ScriptRunner overflowing = (script, options, out, err) -> {
            throw new StackOverflowError();
        };

        Outcome outcome = run(overflowing, "run", hello.toString());

        assertThat(outcome.status()).isEqualTo(1);
        assertThat(outcome.err()).isEqualTo("loopscope: internal error: StackOverflowError\n");
    }

    private static void assertNoStackTrace(Outcome outcome) {
        assertThat(outcome.all()).doesNotContain("\tat ", "Exception in thread", "picocli.CommandLine$");
    }
}
