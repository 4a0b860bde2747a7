package org.loopscope.session.predict;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.loopscope.session.narration.Narrator;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.TaskState;
import org.loopscope.trace.TimerEntry;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * Writes the sentence that explains a question's answer from the trace: why the task that ran was first in the
 * ready queue (its timer fired, what it awaited finished, it was just created...), what a wrongly guessed task was
 * still waiting for, or when a wrongly guessed line is printed. Templates come from the bundle {@link #BUNDLE}.
 */
final class Explainer {

    /** The bundle of sentence templates. */
    static final String BUNDLE = "org.loopscope.session.predict.Prediction";

    private final Trace trace;
    private final EventLog log;
    private final Locale locale;
    private final ResourceBundle bundle;

    Explainer(Trace trace, Locale locale) {
        this.trace = trace;
        this.log = trace.events();
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String explain(Question question, Choice guess) {
        return question.kind() == Question.Kind.NEXT_PRINT ? print(question, guess) : task(question, guess);
    }

    // ---- which task runs next

    private String task(Question question, Choice guess) {
        int decision = question.decision();
        TraceState state = trace.stateAt(decision);
        if (question.answer() instanceof Choice.LoopWaits) {
            String next = time(log.time(decision) + log.value(decision));
            int guessed = guess instanceof Choice.RunsTask runs ? taskNamed(runs.task()) : -1;
            return guessed < 0 ? say("explain.waited", next)
                    : say("explain.waited.guess", waiting(state, guessed), next);
        }
        int ran = log.task(decision);
        String why = whyFirst(ran, decision);
        String name = trace.taskName(ran);
        if (guess instanceof Choice.LoopWaits) {
            return say("explain.notWait", name, why);
        }
        int guessed = guess instanceof Choice.RunsTask runs ? taskNamed(runs.task()) : -1;
        if (guessed < 0 || guessed == ran) {
            return say("explain.first", name, why);
        }
        TaskState guessedState = state.task(guessed).state();
        if (guessedState == TaskState.WAITING) {
            return say("explain.waiting", waiting(state, guessed));
        }
        return say("explain.behind", name, why, trace.taskName(guessed));
    }

    /** Why task {@code task} was at the front of the ready queue when its step began at {@code begin}. */
    private String whyFirst(int task, int begin) {
        int scheduled = -1;
        for (int i = begin - 1; i >= 0 && scheduled < 0; i--) {
            if (log.kind(i) == EventKind.TASK_SCHEDULED && log.task(i) == task) {
                scheduled = i;
            }
        }
        if (scheduled < 0) {
            return say("reason.ready");
        }
        String at = time(log.time(scheduled));
        int cause = log.cause(scheduled);
        if (cause >= 0 && log.kind(cause) == EventKind.TASK_SPAWNED) {
            return say("reason.created", at);
        }
        if (cause >= 0 && log.kind(cause) == EventKind.FUTURE_DONE) {
            int doneTask = log.task(cause);
            if (doneTask >= 0 && doneTask != task) {
                return say("reason.task", trace.taskName(doneTask), time(log.time(cause)));
            }
            String text = log.text(cause);
            if (text != null && text.startsWith("sleep(")) {
                return say("reason.timer", text, time(log.time(cause)));
            }
            return say("reason.future", text == null ? "?" : text, time(log.time(cause)));
        }
        return yielded(task, scheduled) ? say("reason.yield", at) : say("reason.again", at);
    }

    /** Whether the step of {@code task} during which event {@code scheduled} happened ended in a bare yield. */
    private boolean yielded(int task, int scheduled) {
        for (int i = scheduled + 1; i < log.size(); i++) {
            if (log.kind(i) == EventKind.STEP_END && log.task(i) == task) {
                return "yield".equals(log.text(i));
            }
        }
        return false;
    }

    /** "Task-2 was still waiting for asyncio.sleep(1) until t=1.0", as a clause. */
    private String waiting(TraceState state, int task) {
        TaskRow row = state.task(task);
        String name = row.name();
        if (row.state() != TaskState.WAITING) {
            return say("clause.notReady", name);
        }
        String awaiting = row.awaiting() == null ? "?" : row.awaiting();
        if (awaiting.startsWith("sleep(")) {
            for (TimerEntry timer : state.timers()) {
                if (timer.armedBy() >= 0 && log.task(timer.armedBy()) == task
                        && timer.description().startsWith("sleep(")) {
                    return say("clause.waiting.sleep", name, awaiting, time(timer.deadline()));
                }
            }
        }
        return taskNamed(awaiting) >= 0 ? say("clause.waiting.task", name, awaiting)
                : say("clause.waiting", name, awaiting);
    }

    // ---- what prints next

    private String print(Question question, Choice guess) {
        int first = question.answerEvent();
        String text = Predictor.line(log.text(first));
        String who = who(log.task(first));
        String at = time(log.time(first));
        if (!(guess instanceof Choice.Prints prints) || prints.text().equals(text)) {
            return say("print.right", who, text, at);
        }
        for (int i = first + 1; i < log.size(); i++) {
            if (log.kind(i) == EventKind.OUTPUT && Predictor.line(log.text(i)).equals(prints.text())) {
                return say("print.later", prints.text(), who(log.task(i)), time(log.time(i)), who, text, at);
            }
        }
        return say("print.before", prints.text(), who, text, at);
    }

    // ---- words

    private int taskNamed(String name) {
        for (int t = 0; t < trace.taskCount(); t++) {
            if (trace.taskName(t).equals(name)) {
                return t;
            }
        }
        return -1;
    }

    private String who(int task) {
        return task >= 0 ? trace.taskName(task) : say("who.program");
    }

    private static String time(double seconds) {
        return Narrator.time(seconds);
    }

    private String say(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
