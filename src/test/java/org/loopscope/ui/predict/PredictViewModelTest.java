package org.loopscope.ui.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loopscope.session.predict.Choice;
import org.loopscope.session.predict.Question;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Message;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.run.RunViewModel;

/**
 * Predict mode without a screen: starting it runs the program and asks at the start; a right and a wrong guess are
 * scored and explained, the player stepping to each answer; the explanation follows the language; what prints next.
 */
class PredictViewModelTest {

    private static final String PROGRAM = String.join("\n",
            "import asyncio",
            "async def worker(name, delay):",
            "    print(name, 'start')",
            "    await asyncio.sleep(delay)",
            "    print(name, 'done')",
            "async def main():",
            "    t1 = asyncio.create_task(worker('A', 1))",
            "    t2 = asyncio.create_task(worker('B', 0.5))",
            "    await t1",
            "    await t2",
            "asyncio.run(main())",
            "");

    private final EditorViewModel editor = new EditorViewModel();
    private final I18n i18n = new I18n(UiLanguage.EN);
    private final List<Runnable> uiQueue = new ArrayList<>();
    private RunViewModel run;
    private PredictViewModel predict;
    private int runs;

    @BeforeEach
    void make() {
        run = new RunViewModel(editor, new ConsoleViewModel(), new SimpleDoubleProperty(), new SimpleLongProperty(),
                () -> i18n.language().locale(), this::queue, Duration.ofSeconds(30));
        predict = new PredictViewModel(run, i18n, () -> {
            runs++;
            run.run(editor.textProperty().get(), Path.of("/work/prog.py"));
        });
        editor.setText(PROGRAM);
    }

    @AfterEach
    void close() {
        run.closeRun();
    }

    private synchronized void queue(Runnable refresh) {
        uiQueue.add(refresh);
    }

    /** Runs what the session handed to the UI thread until the question is no longer pending. */
    private void settle() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<Runnable> now;
            synchronized (this) {
                now = new ArrayList<>(uiQueue);
                uiQueue.clear();
            }
            now.forEach(Runnable::run);
            Message prompt = predict.promptProperty().get();
            if (prompt != null && !prompt.key().equals("predict.pending")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the question stayed pending");
    }

    @Test
    void startingRunsTheProgramAndAsksWhichTaskRunsFirst() throws InterruptedException {
        predict.activeProperty().set(true);
        settle();
        assertThat(runs).isEqualTo(1);
        assertThat(run.playingProperty().get()).isFalse();
        assertThat(predict.promptProperty().get()).isEqualTo(Message.of("predict.prompt.task"));
        assertThat(predict.choices()).containsExactly(new Choice.RunsTask("Task-1"), new Choice.LoopWaits());
        assertThat(predict.label(new Choice.LoopWaits())).isEqualTo("Nothing: the loop waits for a timer");
    }

    @Test
    void aRightAndAWrongGuessAreScoredAndExplained() throws InterruptedException {
        predict.activeProperty().set(true);
        settle();
        predict.guess(new Choice.RunsTask("Task-1"));
        settle();
        assertThat(predict.rightProperty().get()).isEqualTo(1);
        assertThat(predict.askedProperty().get()).isEqualTo(1);
        assertThat(predict.verdictProperty().get()).isEqualTo(Message.of("predict.right", "Task-1"));
        assertThat(run.stateProperty().get().tasks()).extracting(row -> row.name()).contains("Task-2", "Task-3");

        // Task-2 and Task-3 were created in that order: Task-2 is ahead in the ready queue.
        assertThat(predict.choices()).contains(new Choice.RunsTask("Task-2"), new Choice.RunsTask("Task-3"));
        predict.guess(new Choice.RunsTask("Task-3"));
        settle();
        assertThat(predict.rightProperty().get()).isEqualTo(1);
        assertThat(predict.askedProperty().get()).isEqualTo(2);
        assertThat(predict.verdictProperty().get()).isEqualTo(Message.of("predict.wrong", "Task-2"));
        assertThat(i18n.text(predict.score())).isEqualTo("Score: 1 of 2 right");
        assertThat(predict.explanationProperty().get()).contains("Task-2 was ahead of Task-3 in the ready queue");

        i18n.languageProperty().set(UiLanguage.ZH_HANS);
        assertThat(predict.explanationProperty().get()).contains("Task-2 在就绪队列中排在 Task-3 前面");
    }

    @Test
    void guessingTheWaitAfterEveryTaskHasSleptIsRight() throws InterruptedException {
        predict.activeProperty().set(true);
        settle();
        // Task-1 runs, then Task-2 and Task-3 start and sleep, and Task-1 awaits Task-2: then the loop waits.
        for (String task : List.of("Task-1", "Task-2", "Task-3")) {
            predict.guess(new Choice.RunsTask(task));
            settle();
        }
        predict.guess(new Choice.LoopWaits());
        settle();
        assertThat(predict.rightProperty().get()).isEqualTo(4);
        assertThat(predict.explanationProperty().get())
                .isEqualTo("Nothing was ready, so the loop waited for its next timer, due at t=0.5.");
        assertThat(run.stateProperty().get().time()).isEqualTo(0.5);
    }

    @Test
    void whatPrintsNextOffersTheLinesAndScores() throws InterruptedException {
        predict.kindProperty().set(Question.Kind.NEXT_PRINT);
        predict.activeProperty().set(true);
        settle();
        assertThat(predict.promptProperty().get()).isEqualTo(Message.of("predict.prompt.print"));
        assertThat(predict.choices()).contains(new Choice.Prints("A start"), new Choice.Prints("B done"));
        predict.guess(new Choice.Prints("B done"));
        settle();
        assertThat(predict.verdictProperty().get()).isEqualTo(Message.of("predict.wrong", "A start"));
        assertThat(predict.explanationProperty().get()).startsWith("\u201cB done\u201d comes later (Task-3 prints"
                + " it at t=0.5)");
    }
}
