package org.loopscope.ui.predict;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.session.predict.Choice;
import org.loopscope.session.predict.Question;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.Message;
import org.loopscope.ui.run.RunViewModel;

/**
 * Predict, then reveal, for the program in the editor: before each task step the learner picks which task runs next
 * (or, asking what prints next, which line comes next); the guess is scored, the player steps to where the answer
 * shows, and one sentence from the trace explains it.
 *
 * <p>The question follows the player's cursor: whenever the player's state changes (a reveal, the user's own moves,
 * more of the run recorded) the question at the cursor is asked again. It knows no JavaFX nodes.
 */
public final class PredictViewModel {

    private final RunViewModel run;
    private final I18n i18n;
    private final Runnable runProgram;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObjectProperty<Question.Kind> kind = new SimpleObjectProperty<>(this, "kind",
            Question.Kind.NEXT_TASK);
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Message> prompt = new ReadOnlyObjectWrapper<>(this, "prompt");
    private final ReadOnlyObjectWrapper<Message> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyIntegerWrapper right = new ReadOnlyIntegerWrapper(this, "right");
    private final ReadOnlyIntegerWrapper asked = new ReadOnlyIntegerWrapper(this, "asked");
    private Question question;
    /** The last question answered and its guess, to explain again in another language. */
    private Question answered;
    private Choice guessed;

    /**
     * @param run        the player whose cursor the questions follow and which reveals the answers
     * @param i18n       the language of the explanations and choice labels
     * @param runProgram runs the editor's program when predict mode starts without a current run
     */
    public PredictViewModel(RunViewModel run, I18n i18n, Runnable runProgram) {
        this.run = Objects.requireNonNull(run, "run");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.runProgram = Objects.requireNonNull(runProgram, "runProgram");
        run.stateProperty().addListener((observable, before, after) -> ask());
        kind.addListener((observable, before, after) -> ask());
        active.addListener((observable, before, on) -> {
            if (on) {
                begin();
            } else {
                clear();
            }
        });
        i18n.languageProperty().addListener((observable, before, after) -> explainAgain());
    }

    /** Whether predict mode is on; turning it on starts from the beginning of the program, score zero. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** What the questions are about: which task runs next, or what prints next. */
    public ObjectProperty<Question.Kind> kindProperty() {
        return kind;
    }

    /** The answers to pick from now; empty when there is no question. */
    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The question, or why there is none (the run is still recording, the program has ended). */
    public ReadOnlyObjectProperty<Message> promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** Whether the last guess was right, and the answer; null before the first guess. */
    public ReadOnlyObjectProperty<Message> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** One sentence from the trace explaining the last answer, in the current language. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** How many guesses were right. */
    public ReadOnlyIntegerProperty rightProperty() {
        return right.getReadOnlyProperty();
    }

    /** How many questions were answered. */
    public ReadOnlyIntegerProperty askedProperty() {
        return asked.getReadOnlyProperty();
    }

    /** The score as a message: right out of asked. */
    public Message score() {
        return Message.of("predict.score", right.get(), asked.get());
    }

    /** What a choice says on its button, in the current language. */
    public String label(Choice choice) {
        if (choice instanceof Choice.RunsTask task) {
            return task.task();
        }
        if (choice instanceof Choice.Prints prints) {
            return prints.text().isEmpty() ? "\u23ce" : prints.text();
        }
        return i18n.text("predict.choice.wait");
    }

    /**
     * Takes a guess at the current question: scores it, explains the answer, and steps the player to where the
     * answer shows (the next question is then asked there). Does nothing without an askable question.
     */
    public void guess(Choice choice) {
        Question now = question;
        if (!active.get() || now == null || !now.askable() || !now.choices().contains(choice)) {
            return;
        }
        boolean isRight = now.isRight(choice);
        asked.set(asked.get() + 1);
        if (isRight) {
            right.set(right.get() + 1);
        }
        verdict.set(Message.of(isRight ? "predict.right" : "predict.wrong", label(now.answer())));
        answered = now;
        guessed = choice;
        explanation.set(now.explain(choice, i18n.language().locale()));
        question = null;
        choices.clear();
        run.seekEvent(now.revealPosition());
        ask();
    }

    private void begin() {
        right.set(0);
        asked.set(0);
        verdict.set(null);
        explanation.set("");
        answered = null;
        if (!run.activeProperty().get() || run.staleProperty().get()) {
            runProgram.run();
        }
        run.reset();
        ask();
    }

    private void clear() {
        question = null;
        choices.clear();
        prompt.set(null);
    }

    /** Asks the question at the player's cursor. */
    private void ask() {
        if (!active.get()) {
            return;
        }
        // Predicting is stepping: playing would answer the questions before the learner does.
        run.playingProperty().set(false);
        Optional<Question> next = run.question(kind.get());
        question = next.orElse(null);
        if (question == null) {
            choices.clear();
            prompt.set(Message.of("predict.noRun"));
        } else if (question.pending()) {
            choices.clear();
            prompt.set(Message.of("predict.pending"));
        } else if (question.finished()) {
            choices.clear();
            prompt.set(Message.of("predict.finished"));
        } else {
            if (!choices.equals(question.choices())) {
                choices.setAll(question.choices());
            }
            prompt.set(Message.of(kind.get() == Question.Kind.NEXT_TASK ? "predict.prompt.task"
                    : "predict.prompt.print"));
        }
    }

    private void explainAgain() {
        if (answered != null) {
            explanation.set(answered.explain(guessed, i18n.language().locale()));
        }
    }
}
