package org.loopscope.session.narration;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.ReadyEntry;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.TaskState;
import org.loopscope.trace.TimerEntry;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * Tells in one plain sentence what the loop did at an event of a trace and why, from the event and the derived state
 * around it: "Task-2 awaits asyncio.sleep(1): the loop arms a timer for t=1.0 and runs the next ready handle,
 * Task-3." The sentences are templates of the resource bundle {@code org.loopscope.session.narration.Narration},
 * one key per situation, so that they can be translated; a locale without a translation gets English.
 */
public final class Narrator {

    /** The bundle of sentence templates. */
    public static final String BUNDLE = "org.loopscope.session.narration.Narration";

    private static final int MAX_TEXT = 60;

    private final Locale locale;
    private final ResourceBundle bundle;

    /** A narrator speaking {@code locale}'s language where the bundle has it. */
    public Narrator(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale asked for. */
    public Locale locale() {
        return locale;
    }

    /** The sentence about event {@code event} of {@code trace}; before the first event (-1), that nothing ran yet. */
    public String narrate(Trace trace, int event) {
        if (event < 0) {
            return say("start");
        }
        return new Telling(trace, event).sentence();
    }

    /** The template {@code key} filled with {@code args}. */
    String say(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A time as {@code t=} shows it: seconds rounded to the nanosecond, with a decimal point ({@code 1.0}). */
    public static String time(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return String.valueOf(seconds);
        }
        BigDecimal value = BigDecimal.valueOf(Math.round(seconds * 1e9), 9).stripTrailingZeros();
        if (value.scale() <= 0) {
            return value.setScale(1).toPlainString();
        }
        return value.toPlainString();
    }

    /** The sentence of one event. */
    private final class Telling {
        private final Trace trace;
        private final EventLog log;
        private final int i;
        private final int task;

        Telling(Trace trace, int event) {
            this.trace = trace;
            this.log = trace.events();
            this.i = event;
            this.task = log.task(event);
        }

        String sentence() {
            EventKind kind = log.kind(i);
            return switch (kind) {
                case ITERATION_BEGIN -> iterationBegin();
                case ITERATION_END -> say("iteration.end", String.valueOf(log.iteration(i)),
                        after().readyQueue(log.loop(i)).size());
                case IDLE -> say("idle", time(log.value(i)), time(log.time(i)), time(log.time(i) + log.value(i)));
                case HANDLE_SCHEDULED -> handleScheduled();
                case TIMER_ARMED -> say(log.text(i) != null && log.text(i).startsWith("sleep(") ? "timer.armed.sleep"
                        : "timer.armed", who(task), log.text(i), time(log.value(i)));
                case TIMER_CANCELLED -> say("timer.cancelled", time(log.value(i)), timerText());
                case TIMER_FIRED -> say("timer.fired", time(log.value(i)), log.text(i));
                case HANDLE_BEGIN -> handleBegin();
                case HANDLE_END -> task >= 0 ? say("handle.end.step", name(task))
                        : say("handle.end.callback");
                case TASK_SPAWNED -> say("task.spawned", name(task), who(log.arg(i)));
                case TASK_SCHEDULED -> taskScheduled();
                case STEP_BEGIN -> stepBegin();
                case STEP_END -> stepEnd();
                case TASK_EXITED -> taskExited();
                case CANCEL_REQUESTED -> cancelRequested();
                case FUTURE_DONE -> futureDone();
                case CALLBACK_ADDED -> callbackAdded();
                case OUTPUT -> say((log.flags(i) & EventLog.FLAG_STDERR) != 0 ? "output.stderr" : "output", who(task),
                        shorten(log.text(i)));
                case LINE -> task >= 0 ? say("line", name(task), String.valueOf(log.arg(i)))
                        : say("line.module", "", String.valueOf(log.arg(i)));
                case BLOCKED -> say("blocked", who(task), time(log.value(i)), log.text(i),
                        time(log.time(i) + log.value(i)));
                case WARNING -> say("warning", log.text(i));
                case LOOP_STOPPED -> say("loop.stopped");
                case LOOP_CLOSED -> say("loop.closed");
                case INTERRUPTED -> interrupted();
            };
        }

        private TraceState after() {
            return trace.stateAt(i + 1);
        }

        private TraceState before() {
            return trace.stateAt(i);
        }

        private String iterationBegin() {
            TraceState state = after();
            List<ReadyEntry> ready = state.readyQueue(log.loop(i));
            String iteration = String.valueOf(log.iteration(i));
            if (!ready.isEmpty()) {
                return say("iteration.begin", iteration, time(log.time(i)), ready.size(), entry(ready.get(0)), "");
            }
            TimerEntry timer = nextTimer(state);
            return timer == null ? say("iteration.begin.empty", iteration, time(log.time(i)))
                    : say("iteration.begin.idle", iteration, time(log.time(i)), 0, "", time(timer.deadline()));
        }

        private String handleBegin() {
            if (task >= 0 && log.text(i) == null) {
                return say("handle.begin.step", name(task));
            }
            int cause = log.cause(i);
            if (cause >= 0 && log.kind(cause) == EventKind.TIMER_FIRED) {
                return say("handle.begin.timer", log.text(i), time(log.value(cause)));
            }
            return say("handle.begin.callback", log.text(i));
        }

        private String handleScheduled() {
            int cause = log.cause(i);
            if (cause >= 0 && log.kind(cause) == EventKind.FUTURE_DONE) {
                return say("handle.scheduled.callback", log.text(i), futureName(cause));
            }
            return say("handle.scheduled", log.text(i));
        }

        private String taskScheduled() {
            int cause = log.cause(i);
            if (cause >= 0 && log.kind(cause) == EventKind.TASK_SPAWNED) {
                return say("task.scheduled.first", name(task));
            }
            if (cause >= 0 && log.kind(cause) == EventKind.FUTURE_DONE) {
                return say("task.woken", name(task), "", futureName(cause));
            }
            return say("task.scheduled.again", name(task));
        }

        private String stepBegin() {
            TaskRow row = before().task(task);
            if ((log.flags(i) & EventLog.FLAG_THROWN) != 0) {
                return say("step.begin.thrown", name(task), String.valueOf(row.line()), log.text(i));
            }
            if (row.steps() == 0) {
                return say("step.begin.first", name(task));
            }
            return row.line() >= 0 ? say("step.begin", name(task), String.valueOf(row.line()))
                    : say("step.begin.noline", name(task));
        }

        private String stepEnd() {
            String awaited = log.text(i);
            if (awaited == null) {
                return say("step.end.finished", name(task));
            }
            String next = next(after());
            String line = String.valueOf(log.arg(i));
            if (awaited.startsWith("sleep(")) {
                double deadline = sleepDeadline();
                if (!Double.isNaN(deadline)) {
                    return say("step.end.sleep", name(task), awaited, time(deadline), next);
                }
            }
            if (awaited.equals("yield")) {
                return say("step.end.yield", name(task), awaited, line, next);
            }
            if (log.arg(i) < 0) {
                return say("step.end.await.noline", name(task), awaited, line, next);
            }
            int awaitedTask = log.subject(i) >= 0 ? trace.taskOfFuture(log.subject(i)) : -1;
            return say(awaitedTask >= 0 ? "step.end.task" : "step.end.await", name(task), awaited, line, next);
        }

        /** What the loop does after this event: run the front of the ready queue, or wait for a timer. */
        private String next(TraceState state) {
            List<ReadyEntry> ready = state.readyQueue(log.loop(i));
            if (!ready.isEmpty()) {
                return say("next.handle", entry(ready.get(0)));
            }
            TimerEntry timer = nextTimer(state);
            return timer == null ? say("next.none") : say("next.timer", time(timer.deadline()));
        }

        private TimerEntry nextTimer(TraceState state) {
            int loop = log.loop(i);
            for (TimerEntry timer : state.timers()) {
                if (timer.loop() == loop) {
                    return timer;
                }
            }
            return null;
        }

        /** The deadline of the sleep timer the step that ends here armed, or NaN. */
        private double sleepDeadline() {
            for (int j = i - 1; j >= 0; j--) {
                EventKind kind = log.kind(j);
                if (kind == EventKind.STEP_BEGIN && log.task(j) == task) {
                    break;
                }
                if (kind == EventKind.TIMER_ARMED && log.task(j) == task && log.text(j) != null
                        && log.text(j).startsWith("sleep(")) {
                    return log.value(j);
                }
            }
            return Double.NaN;
        }

        private String taskExited() {
            TaskState state = TaskState.values()[log.arg(i)];
            return switch (state) {
                case FAILED -> say("task.failed", name(task), log.text(i));
                case CANCELLED -> say("task.cancelled", name(task));
                default -> say("task.done", name(task));
            };
        }

        private String cancelRequested() {
            int context = log.arg(i);
            if (context < 0) {
                return say("cancel.requested.outside", name(task));
            }
            int asker = log.task(context);
            String who = log.kind(context) == EventKind.STEP_BEGIN && asker >= 0 ? name(asker) : who(-1);
            return log.text(i) == null ? say("cancel.requested", name(task), who)
                    : say("cancel.requested.message", name(task), who, log.text(i));
        }

        private String futureDone() {
            boolean cancelled = (log.flags(i) & EventLog.FLAG_CANCELLED) != 0;
            String text = log.text(i);
            if (task >= 0) {
                return say("future.done.task", name(task));
            }
            if (text != null && text.startsWith("sleep(") && !cancelled) {
                return say("future.done.sleep", text);
            }
            return say(cancelled ? "future.done.cancelled" : "future.done", text);
        }

        private String callbackAdded() {
            int target = trace.taskOfFuture(log.subject(i));
            return target >= 0 ? say("callback.added.task", who(task), log.text(i), name(target))
                    : say("callback.added", who(task), log.text(i));
        }

        private String interrupted() {
            // Under asyncio.run the runner's handler cancels the main task right away.
            for (int j = i + 1; j < Math.min(log.size(), i + 4); j++) {
                if (log.kind(j) == EventKind.CANCEL_REQUESTED) {
                    return say("interrupted.runner", time(log.time(i)), name(log.task(j)));
                }
            }
            return say("interrupted", time(log.time(i)));
        }

        private String timerText() {
            int timer = log.arg(i);
            for (int j = i - 1; j >= 0 && timer >= 0; j--) {
                if (log.kind(j) == EventKind.TIMER_ARMED && log.arg(j) == timer) {
                    return log.text(j);
                }
            }
            return "?";
        }

        private String futureName(int done) {
            int doneTask = log.task(done);
            if (doneTask >= 0) {
                return name(doneTask);
            }
            String text = log.text(done);
            return text != null && text.startsWith("sleep(") ? "asyncio." + text : text;
        }

        private String entry(ReadyEntry entry) {
            return entry.task() >= 0 ? name(entry.task()) : entry.description();
        }

        private String name(int t) {
            return trace.taskName(t);
        }

        private String who(int t) {
            return t >= 0 ? name(t) : say("who.program");
        }
    }

    /** Printed text in one line: without its final newline, other newlines shown as ⏎, long text cut. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String line = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        line = line.replace("\n", " \u23ce ");
        return line.length() <= MAX_TEXT ? line : line.substring(0, MAX_TEXT - 1) + "\u2026";
    }
}
