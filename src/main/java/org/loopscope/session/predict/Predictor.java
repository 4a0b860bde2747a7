package org.loopscope.session.predict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.Trace;

/**
 * Finds the question predict mode asks at a position of a trace, and its answer, from the events that follow.
 *
 * <p>Which task runs next: the answer is the task of the first task step that begins at or after the position,
 * unless the loop first has nothing ready and sleeps until a timer (an idle wait): then the answer is "the loop
 * waits", revealed by moving just past the wait, and the next question asks who runs after it. The choices are the
 * tasks alive when the loop decides (ready ones, and waiting ones, which could have been woken first) and "the loop
 * waits".
 *
 * <p>What prints next: the answer is the next printed line; the other choices are up to three other lines the run
 * prints later (earlier ones if it prints no others later).
 */
public final class Predictor {

    /** How many printed lines a "what prints next" question offers at most. */
    static final int PRINT_CHOICES = 4;
    /** How many events after the next print a run that goes on is searched for other lines to offer. */
    static final int PRINT_HORIZON = 50_000;

    private Predictor() {
    }

    /**
     * The question at {@code position} of {@code trace}.
     *
     * @param over whether the run has ended, so that a trace without an answer means there is none
     */
    public static Question question(Trace trace, int position, boolean over, Question.Kind kind) {
        return kind == Question.Kind.NEXT_TASK ? nextTask(trace, position, over) : nextPrint(trace, position, over);
    }

    private static Question nextTask(Trace trace, int position, boolean over) {
        EventLog log = trace.events();
        int size = log.size();
        int idle = -1;
        int begin = -1;
        for (int i = Math.max(0, position); i < size; i++) {
            EventKind kind = log.kind(i);
            if (kind == EventKind.IDLE && idle < 0) {
                idle = i;
            } else if (kind == EventKind.STEP_BEGIN) {
                begin = i;
                break;
            }
        }
        if (begin < 0) {
            return over ? Question.finished(Question.Kind.NEXT_TASK) : Question.pending(Question.Kind.NEXT_TASK);
        }
        if (idle >= 0) {
            List<Choice> choices = aliveTasks(trace, idle, -1);
            // Shown once the clock has jumped: just after the first event at the timer's time.
            int reveal = idle + 1;
            for (int i = idle + 1; i < size; i++) {
                if (log.time(i) > log.time(idle)) {
                    reveal = i + 1;
                    break;
                }
            }
            return Question.ask(Question.Kind.NEXT_TASK, trace, choices, new Choice.LoopWaits(), idle, idle, reveal);
        }
        int task = log.task(begin);
        int end = -1;
        for (int i = begin + 1; i < size && end < 0; i++) {
            if (log.kind(i) == EventKind.STEP_END && log.task(i) == task) {
                end = i;
            }
        }
        if (end < 0 && !over) {
            return Question.pending(Question.Kind.NEXT_TASK);
        }
        int reveal = end < 0 ? size : end + 1;
        return Question.ask(Question.Kind.NEXT_TASK, trace, aliveTasks(trace, begin, task),
                new Choice.RunsTask(trace.taskName(task)), begin, begin, reveal);
    }

    /** The tasks alive just before event {@code at}, in creation order, then "the loop waits". */
    private static List<Choice> aliveTasks(Trace trace, int at, int mustHave) {
        List<Choice> choices = new ArrayList<>();
        for (TaskRow row : trace.stateAt(at).tasks()) {
            if (!row.state().finished() || row.task() == mustHave) {
                choices.add(new Choice.RunsTask(row.name()));
            }
        }
        choices.add(new Choice.LoopWaits());
        return choices;
    }

    private static Question nextPrint(Trace trace, int position, boolean over) {
        EventLog log = trace.events();
        int size = log.size();
        int first = -1;
        for (int i = Math.max(0, position); i < size && first < 0; i++) {
            if (log.kind(i) == EventKind.OUTPUT) {
                first = i;
            }
        }
        if (first < 0) {
            return over ? Question.finished(Question.Kind.NEXT_PRINT) : Question.pending(Question.Kind.NEXT_PRINT);
        }
        String answer = line(log.text(first));
        Set<String> others = new LinkedHashSet<>();
        for (int i = first + 1; i < size && others.size() < PRINT_CHOICES - 1; i++) {
            addOther(others, log, i, answer);
        }
        if (!over && others.size() < PRINT_CHOICES - 1 && size - first < PRINT_HORIZON) {
            // The other lines come from later output: wait until the run has recorded some (or gone far).
            return Question.pending(Question.Kind.NEXT_PRINT);
        }
        for (int i = first - 1; i >= 0 && others.size() < PRINT_CHOICES - 1; i--) {
            addOther(others, log, i, answer);
        }
        Set<String> texts = new TreeSet<>(others);
        texts.add(answer);
        List<Choice> choices = texts.stream().<Choice>map(Choice.Prints::new).toList();
        return Question.ask(Question.Kind.NEXT_PRINT, trace, choices, new Choice.Prints(answer), first, first,
                first + 1);
    }

    private static void addOther(Set<String> others, EventLog log, int i, String answer) {
        if (log.kind(i) == EventKind.OUTPUT) {
            String text = line(log.text(i));
            if (!text.equals(answer) && !text.isBlank()) {
                others.add(text);
            }
        }
    }

    /** A printed text as one choice: without its final line end. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
