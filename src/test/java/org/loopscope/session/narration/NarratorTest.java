package org.loopscope.session.narration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.loopscope.session.Intervention;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.Trace;

/** One plain sentence per event, from the bundle's templates. */
class NarratorTest {

    private static final Narrator ENGLISH = new Narrator(Locale.ENGLISH);

    private static Trace run(RunInput input) throws InterruptedException {
        Session session = Session.start(input);
        session.demand(Long.MAX_VALUE / 2);
        session.awaitOutcome(Duration.ofSeconds(60)).orElseThrow();
        return session.snapshot();
    }

    private static List<String> sentences(Trace trace, EventKind kind) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < trace.size(); i++) {
            if (trace.events().kind(i) == kind) {
                list.add(ENGLISH.narrate(trace, i));
            }
        }
        return list;
    }

    private static final String SLEEPERS = String.join("\n",
            "import asyncio, time",
            "async def sleeper(d):",
            "    await asyncio.sleep(d)",
            "async def main():",
            "    await asyncio.gather(sleeper(1), sleeper(2))",
            "    time.sleep(0.5)",
            "asyncio.run(main())",
            "");

    @Test
    void anAwaitSaysWhatIsAwaitedAndWhatTheLoopDoesNext() throws InterruptedException {
        List<String> ends = sentences(run(RunInput.of("/work/prog.py", SLEEPERS)), EventKind.STEP_END);
        assertThat(ends).contains(
                "Task-1 awaits gather at line 5, and the loop runs the next ready handle, Task-2.",
                "Task-2 awaits asyncio.sleep(1): the loop arms a timer for t=1.0 and runs the next ready handle,"
                        + " Task-3.",
                "Task-3 awaits asyncio.sleep(2): the loop arms a timer for t=2.0 and waits for the next timer, at"
                        + " t=1.0, as nothing else is ready.");
    }

    @Test
    void blockingIdlingAndWakingAreTold() throws InterruptedException {
        Trace trace = run(RunInput.of("/work/prog.py", SLEEPERS));
        assertThat(sentences(trace, EventKind.BLOCKED)).containsExactly(
                "Task-1 blocks the whole loop for 0.5 s in time.sleep: nothing else can run until t=2.5.");
        assertThat(sentences(trace, EventKind.IDLE)).contains(
                "Nothing is ready, so the loop sleeps 1.0 s until its next timer: the clock goes from t=0.0 to t=1.0.");
        assertThat(sentences(trace, EventKind.TASK_SCHEDULED)).contains(
                "asyncio.sleep(1) is done, so Task-2 wakes up: its next step joins the ready queue.",
                "gather is done, so Task-1 wakes up: its next step joins the ready queue.");
    }

    @Test
    void ctrlCUnderAsyncioRunIsTheMainTasksCancellation() throws InterruptedException {
        Trace trace = run(RunInput.of("/work/prog.py", SLEEPERS).plus(Intervention.interrupt(1.5)));
        assertThat(sentences(trace, EventKind.INTERRUPTED)).containsExactly(
                "Ctrl+C arrives at t=1.5: asyncio.run cancels its main task, Task-1.");
        assertThat(sentences(trace, EventKind.CANCEL_REQUESTED)).first().asString()
                .isEqualTo("Task-1 is cancelled from outside the program: a CancelledError will be thrown into it at"
                        + " its next step.");
    }

    @Test
    void aLocaleWithoutATranslationGetsEnglish() throws InterruptedException {
        Trace trace = run(RunInput.of("/work/prog.py", SLEEPERS));
        Narrator french = new Narrator(Locale.FRENCH);
        for (int i = 0; i < trace.size(); i++) {
            assertThat(french.narrate(trace, i)).isEqualTo(ENGLISH.narrate(trace, i));
        }
        assertThat(french.narrate(trace, -1)).isEqualTo("The program has not started yet.");
    }

    @Test
    void timesReadAsPythonFloats() {
        assertThat(Narrator.time(1)).isEqualTo("1.0");
        assertThat(Narrator.time(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Narrator.time(2.25)).isEqualTo("2.25");
        assertThat(Narrator.shorten("a\nb\n")).isEqualTo("a \u23ce b");
    }

    /** Every event of every conformance program gets a whole sentence: no placeholder left, no failure. */
    @TestFactory
    Stream<DynamicTest> everyEventOfTheConformanceProgramsIsTold() throws Exception {
        Path dir = Path.of(getClass().getResource("/conformance").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            Trace trace = run(RunInput.of(script.toString(), Files.readString(script)));
            for (int i = -1; i < trace.size(); i++) {
                String sentence = ENGLISH.narrate(trace, i);
                assertThat(sentence).as("event %d", i).isNotBlank().doesNotContain("{", "}", "null")
                        .matches("(?s)[A-Z(a-z].*[.:)]$|(?s)Warning: .*");
            }
        }));
    }
}
