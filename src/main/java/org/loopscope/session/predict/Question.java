package org.loopscope.session.predict;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.loopscope.trace.Trace;

/**
 * The question predict mode asks at a position of a trace, with its answer. A question either can be asked now
 * ({@link #askable()}), or waits for the run to record what comes next ({@link #pending()}), or there is nothing
 * left to ask about ({@link #finished()}).
 *
 * <p>An askable question lists its choices in a fixed order (tasks in creation order then "the loop waits"; printed
 * lines alphabetically), holds the right one, and the position to move the cursor to so that the answer shows:
 * after the step that answers it, or after the loop's wait.
 */
public final class Question {

    /** What a question can be about. */
    public enum Kind {
        /** Which task runs the next task step, or whether the loop waits for a timer first. */
        NEXT_TASK,
        /** Which line the program prints next. */
        NEXT_PRINT
    }

    private enum Status { ASKABLE, PENDING, FINISHED }

    private final Status status;
    private final Kind kind;
    private final Trace trace;
    private final List<Choice> choices;
    private final Choice answer;
    private final int decision;
    private final int answerEvent;
    private final int reveal;

    private Question(Status status, Kind kind, Trace trace, List<Choice> choices, Choice answer, int decision,
            int answerEvent, int reveal) {
        this.status = status;
        this.kind = kind;
        this.trace = trace;
        this.choices = List.copyOf(choices);
        this.answer = answer;
        this.decision = decision;
        this.answerEvent = answerEvent;
        this.reveal = reveal;
    }

    static Question pending(Kind kind) {
        return new Question(Status.PENDING, kind, null, List.of(), null, -1, -1, -1);
    }

    static Question finished(Kind kind) {
        return new Question(Status.FINISHED, kind, null, List.of(), null, -1, -1, -1);
    }

    /**
     * @param decision    the event at which the loop made the choice (the step's begin, or the loop's idle wait)
     * @param answerEvent the event that answers (the step's begin, the idle wait, the print)
     * @param reveal      the cursor position that shows the answer
     */
    static Question ask(Kind kind, Trace trace, List<Choice> choices, Choice answer, int decision, int answerEvent,
            int reveal) {
        if (!choices.contains(answer)) {
            throw new IllegalArgumentException("the answer " + answer + " is not among " + choices);
        }
        return new Question(Status.ASKABLE, kind, Objects.requireNonNull(trace), choices, answer, decision,
                answerEvent, reveal);
    }

    /** What the question is about. */
    public Kind kind() {
        return kind;
    }

    /** Whether the question can be asked now. */
    public boolean askable() {
        return status == Status.ASKABLE;
    }

    /** Whether the run has not recorded the answer yet (ask again when it has recorded more). */
    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Whether nothing is left to ask: the run ended without another step (or print). */
    public boolean finished() {
        return status == Status.FINISHED;
    }

    /** The answers offered; empty unless askable. */
    public List<Choice> choices() {
        return choices;
    }

    /** The right answer. */
    public Choice answer() {
        requireAskable();
        return answer;
    }

    /** Where the cursor goes to show the answer (a position: that many events have happened). */
    public int revealPosition() {
        requireAskable();
        return reveal;
    }

    /** Whether {@code guess} is the right answer. */
    public boolean isRight(Choice guess) {
        requireAskable();
        return answer.equals(guess);
    }

    /**
     * One plain sentence, in {@code locale}'s language where there is a translation, saying why the answer is what
     * it is, and for a wrong guess why the guess was not: "Task-2 was still waiting for asyncio.sleep(1) until
     * t=1.0."
     */
    public String explain(Choice guess, Locale locale) {
        requireAskable();
        return new Explainer(trace, locale).explain(this, Objects.requireNonNull(guess, "guess"));
    }

    int decision() {
        return decision;
    }

    int answerEvent() {
        return answerEvent;
    }

    private void requireAskable() {
        if (status != Status.ASKABLE) {
            throw new IllegalStateException("the question is " + status.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public String toString() {
        return status == Status.ASKABLE ? kind + " " + choices + " -> " + answer : kind + " " + status;
    }
}
