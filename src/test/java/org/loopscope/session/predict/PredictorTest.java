package org.loopscope.session.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.trace.Trace;

/**
 * The predictor's answers follow the order in which CPython runs task steps: programs whose every task step prints
 * the running task's name, with the output python3 printed for them (the {@code .expected} files); and the
 * explanations say what the trace says, in the three languages.
 */
class PredictorTest {

    private static final Locale HANS = Locale.forLanguageTag("zh-Hans");
    private static final Locale HANT = Locale.forLanguageTag("zh-Hant");

    private static String resource(String name) throws Exception {
        try (var in = Objects.requireNonNull(PredictorTest.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Trace trace(String source) throws InterruptedException {
        Session session = Session.start(RunInput.of("/work/prog.py", source));
        session.demand(Long.MAX_VALUE / 2);
        session.awaitOutcome(Duration.ofSeconds(60)).orElseThrow();
        return session.snapshot();
    }

    /** Answers every question right, from the start: the answers in order. */
    private static List<Choice> answers(Trace trace, Question.Kind kind) {
        List<Choice> answers = new ArrayList<>();
        int position = 0;
        while (true) {
            Question question = Predictor.question(trace, position, true, kind);
            assertThat(question.pending()).isFalse();
            if (question.finished()) {
                return answers;
            }
            assertThat(question.choices()).contains(question.answer());
            assertThat(question.revealPosition()).isGreaterThan(position);
            answers.add(question.answer());
            position = question.revealPosition();
        }
    }

    private static List<String> collapsed(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(name)) {
                out.add(name);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sleepers", "chain", "callbacks"})
    void theTasksPredictedRunInTheOrderPython3RunsThem(String program) throws Exception {
        List<String> printed = resource(program + ".expected").lines().filter(line -> line.startsWith("Task-"))
                .toList();
        Trace trace = trace(resource(program + ".py"));
        List<String> predicted = answers(trace, Question.Kind.NEXT_TASK).stream()
                .filter(Choice.RunsTask.class::isInstance).map(choice -> ((Choice.RunsTask) choice).task())
                .filter(printed::contains).toList();
        // A step may print more than once, and a task may take two steps in a row: compare runs of one task.
        assertThat(collapsed(predicted)).isEqualTo(collapsed(printed));
    }

    @Test
    void theLoopWaitsWhenNothingIsReadyAndTheAnswersSaySo() throws Exception {
        Trace trace = trace(resource("sleepers.py"));
        List<Choice> answers = answers(trace, Question.Kind.NEXT_TASK);
        // main sleeps 0.2, workers 0.3, 0.1, 0.2: the loop waits for t=0.1, t=0.2 and t=0.3.
        assertThat(answers.stream().filter(Choice.LoopWaits.class::isInstance).count()).isEqualTo(3);
        assertThat(answers.get(0)).isEqualTo(new Choice.RunsTask("Task-1"));
        assertThat(answers.get(4)).isEqualTo(new Choice.LoopWaits());
    }

    @Test
    void whatPrintsNextFollowsTheOutputAndOffersOtherLines() throws Exception {
        String source = String.join("\n",
                "import asyncio",
                "async def say(word, delay):",
                "    await asyncio.sleep(delay)",
                "    print(word)",
                "async def main():",
                "    await asyncio.gather(say('late', 0.3), say('early', 0.1), say('middle', 0.2))",
                "asyncio.run(main())",
                "");
        Trace trace = trace(source);
        List<Choice> answers = answers(trace, Question.Kind.NEXT_PRINT);
        assertThat(answers).containsExactly(new Choice.Prints("early"), new Choice.Prints("middle"),
                new Choice.Prints("late"));
        Question first = Predictor.question(trace, 0, true, Question.Kind.NEXT_PRINT);
        assertThat(first.choices()).containsExactly(new Choice.Prints("early"), new Choice.Prints("late"),
                new Choice.Prints("middle"));
        assertThat(first.explain(new Choice.Prints("late"), Locale.ENGLISH))
                .isEqualTo("\u201clate\u201d comes later (Task-2 prints it at t=0.3); first Task-3 prints"
                        + " \u201cearly\u201d at t=0.1.");
        assertThat(first.explain(new Choice.Prints("early"), Locale.ENGLISH))
                .isEqualTo("Task-3 prints \u201cearly\u201d at t=0.1.");
    }

    private static final String TWO_SLEEPERS = String.join("\n",
            "import asyncio",
            "async def worker(name, delay):",
            "    print(name, 'start')",
            "    await asyncio.sleep(delay)",
            "    print(name, 'done')",
            "async def main():",
            "    t1 = asyncio.create_task(worker('A', 1))",
            "    t2 = asyncio.create_task(worker('B', 0.5))",
            "    await asyncio.sleep(0)",
            "    print('main waits')",
            "    await t1",
            "    await t2",
            "asyncio.run(main())",
            "");

    /** The question after {@code steps} right answers. */
    private static Question after(Trace trace, int steps) {
        int position = 0;
        for (int i = 0; i < steps; i++) {
            position = Predictor.question(trace, position, true, Question.Kind.NEXT_TASK).revealPosition();
        }
        return Predictor.question(trace, position, true, Question.Kind.NEXT_TASK);
    }

    @Test
    void aWrongGuessIsExplainedFromTheTrace() throws Exception {
        Trace trace = trace(TWO_SLEEPERS);
        // Task-1 runs, then Task-2 and Task-3 (created in that order), then Task-1 after its sleep(0).
        Question second = after(trace, 1);
        assertThat(second.answer()).isEqualTo(new Choice.RunsTask("Task-2"));
        assertThat(second.choices()).containsExactly(new Choice.RunsTask("Task-1"), new Choice.RunsTask("Task-2"),
                new Choice.RunsTask("Task-3"), new Choice.LoopWaits());
        assertThat(second.explain(new Choice.RunsTask("Task-3"), Locale.ENGLISH)).isEqualTo("Task-2 was ahead of"
                + " Task-3 in the ready queue because it was created at t=0.0 and had not run yet; Task-3 joined the"
                + " queue after it.");
        assertThat(after(trace, 3).explain(new Choice.LoopWaits(), Locale.ENGLISH)).isEqualTo("The loop did not"
                + " wait: Task-1 was ready because it yielded with asyncio.sleep(0) at t=0.0 and went to the back of"
                + " the queue.");

        Question wait = after(trace, 4);
        assertThat(wait.answer()).isEqualTo(new Choice.LoopWaits());
        assertThat(wait.explain(new Choice.RunsTask("Task-2"), Locale.ENGLISH)).isEqualTo("Task-2 was still waiting"
                + " for asyncio.sleep(1) until t=1.0, and nothing else was ready: the loop waited for its next timer,"
                + " due at t=0.5.");

        Question woken = after(trace, 5);
        assertThat(woken.answer()).isEqualTo(new Choice.RunsTask("Task-3"));
        assertThat(woken.explain(new Choice.RunsTask("Task-3"), Locale.ENGLISH))
                .isEqualTo("Task-3 was first in the ready queue because its timer for asyncio.sleep(0.5) fired at"
                        + " t=0.5.");
        assertThat(woken.explain(new Choice.RunsTask("Task-2"), Locale.ENGLISH))
                .isEqualTo("Task-2 was still waiting for asyncio.sleep(1) until t=1.0.");
        assertThat(woken.explain(new Choice.RunsTask("Task-1"), Locale.ENGLISH))
                .isEqualTo("Task-1 was still waiting for Task-2 to finish.");
        assertThat(woken.explain(new Choice.RunsTask("Task-2"), HANS))
                .isEqualTo("Task-2 还在等待 asyncio.sleep(1)，要到 t=1.0。");
        assertThat(woken.explain(new Choice.RunsTask("Task-3"), HANT))
                .isEqualTo("Task-3 排在就緒佇列的最前面，因為它的 asyncio.sleep(0.5) 計時器在 t=0.5 到期了。");
    }

    @Test
    void anUnfinishedRunLeavesTheQuestionPending() throws Exception {
        Trace trace = trace(TWO_SLEEPERS);
        Question atEnd = Predictor.question(trace, trace.size(), false, Question.Kind.NEXT_TASK);
        assertThat(atEnd.pending()).isTrue();
        assertThat(Predictor.question(trace, trace.size(), true, Question.Kind.NEXT_TASK).finished()).isTrue();
    }

    @Test
    void theThreeBundlesHaveTheSameKeys() throws Exception {
        java.util.Properties english = new java.util.Properties();
        english.load(new java.io.StringReader(resource("/org/loopscope/session/predict/Prediction.properties")));
        for (String suffix : List.of("_zh_Hans", "_zh_Hant")) {
            java.util.Properties other = new java.util.Properties();
            other.load(new java.io.StringReader(resource("/org/loopscope/session/predict/Prediction" + suffix
                    + ".properties")));
            assertThat(other.stringPropertyNames()).as(suffix).isEqualTo(english.stringPropertyNames());
        }
    }
}
