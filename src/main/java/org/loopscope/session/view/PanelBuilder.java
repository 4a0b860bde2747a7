package org.loopscope.session.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.loopscope.session.Cursor;
import org.loopscope.session.Outcome;
import org.loopscope.session.Session;
import org.loopscope.session.narration.Narrator;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.ReadyEntry;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.TimerEntry;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * Builds {@link PanelState}s from a session's trace. It indexes the output and warning events as the trace grows,
 * so building the state at any position costs the derived state at that position plus the output before it, not a
 * scan of the whole trace.
 */
final class PanelBuilder {

    /** The most ready handles and timers listed: a 10,000-task program must not make 10,000 rows per frame. */
    static final int LIST_LIMIT = 500;
    /** How many sentences the narration keeps: the current one and the few before it. */
    static final int NARRATION_DEPTH = 6;
    /**
     * The console is given the tail of the output: at most this many lines and
     * {@link #CONSOLE_TAIL_CHARS} characters, so that a program that printed millions of lines costs a frame no more
     * than one that printed a screenful.
     */
    static final int CONSOLE_TAIL_LINES = 2_000;
    static final int CONSOLE_TAIL_CHARS = 200_000;
    /** How far back a warning looks for its task's line. */
    private static final int LINE_LOOKBACK = 10_000;

    private Session indexed;
    private int scanned;
    private final List<Integer> outputs = new ArrayList<>();
    /** Characters written to stdout and to stderr up to and including each output event of {@link #outputs}. */
    private long[] stdoutChars = new long[64];
    private long[] stderrChars = new long[64];
    private final List<PanelState.WarningView> warnings = new ArrayList<>();
    private Narrator narrator;

    PanelState build(Session session, Cursor cursor, Locale locale) {
        Trace trace = session.snapshot();
        boolean over = session.status().over();
        index(session, trace);
        int position = Math.min(cursor.position(), trace.size());
        TraceState state = trace.stateAt(position);
        EventLog log = trace.events();

        List<PanelState.TaskRowView> tasks = new ArrayList<>(state.taskCount());
        for (TaskRow row : state.tasks()) {
            tasks.add(new PanelState.TaskRowView(row.task(), row.name(), trace.taskCoroutine(row.task()),
                    PanelState.TaskStateView.valueOf(row.state().name()), row.line(), row.awaiting(),
                    row.steps(), row.busyTime(), row.idleTime()));
        }
        List<PanelState.ReadyEntryView> ready = new ArrayList<>();
        for (ReadyEntry entry : state.readyQueue()) {
            if (ready.size() >= LIST_LIMIT) {
                break;
            }
            ready.add(new PanelState.ReadyEntryView(entry.description(),
                    entry.task() >= 0 ? trace.taskName(entry.task()) : null));
        }
        List<PanelState.TimerEntryView> timers = new ArrayList<>();
        for (TimerEntry timer : state.timers()) {
            if (timers.size() >= LIST_LIMIT) {
                break;
            }
            timers.add(new PanelState.TimerEntryView(timer.deadline(), timer.description()));
        }
        int running = state.runningTask();
        String runningName = running >= 0 ? trace.taskName(running) : null;
        int line = running >= 0 ? state.task(running).line() : moduleLine(log, position);

        boolean atEnd = over && position >= trace.size();
        return new PanelState(position, trace.size(), state.time(), state.loopIterations(), runningName, line,
                tasks, ready, timers, console(log, position, atEnd ? session.outcome().orElse(null) : null),
                narration(trace, position, locale), warnings, over, atEnd);
    }

    /** Indexes the output and warning events recorded since the last call (from scratch for a new session). */
    private void index(Session session, Trace trace) {
        if (session != indexed) {
            indexed = session;
            scanned = 0;
            outputs.clear();
            warnings.clear();
        }
        EventLog log = trace.events();
        for (int i = scanned; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            if (kind == EventKind.OUTPUT) {
                countOutput(log, i);
                outputs.add(i);
            } else if (kind == EventKind.WARNING) {
                int task = log.task(i);
                warnings.add(new PanelState.WarningView(i, log.time(i), lineBefore(log, i, task),
                        task >= 0 ? trace.taskName(task) : null, log.text(i)));
            }
        }
        scanned = Math.max(scanned, log.size());
    }

    /** The line task {@code task} (or any code, for -1) last reached before event {@code event}, or -1. */
    private static int lineBefore(EventLog log, int event, int task) {
        for (int i = event - 1; i >= Math.max(0, event - LINE_LOOKBACK); i--) {
            if (log.kind(i) == EventKind.LINE && (task < 0 || log.task(i) == task)) {
                return log.arg(i);
            }
        }
        return -1;
    }

    /** The module's line when no task runs: the last line reached outside any task, or -1. */
    private static int moduleLine(EventLog log, int position) {
        if (position <= 0) {
            return -1;
        }
        int last = position - 1;
        EventKind kind = log.kind(last);
        return kind == EventKind.LINE && log.task(last) < 0 ? log.arg(last) : -1;
    }

    private void countOutput(EventLog log, int event) {
        int n = outputs.size();
        if (n == stdoutChars.length) {
            stdoutChars = Arrays.copyOf(stdoutChars, n * 2);
            stderrChars = Arrays.copyOf(stderrChars, n * 2);
        }
        boolean isErr = (log.flags(event) & EventLog.FLAG_STDERR) != 0;
        int length = log.text(event).length();
        stdoutChars[n] = (n > 0 ? stdoutChars[n - 1] : 0) + (isErr ? 0 : length);
        stderrChars[n] = (n > 0 ? stderrChars[n - 1] : 0) + (isErr ? length : 0);
    }

    /**
     * The tail of the output before {@code position} ({@link #CONSOLE_TAIL_LINES}, {@link #CONSOLE_TAIL_CHARS}),
     * consecutive writes to one stream joined. At the end of the run, what the program wrote outside any loop (a
     * SyntaxError, a traceback after the loop closed) comes from the outcome.
     */
    private List<PanelState.ConsoleChunk> console(EventLog log, int position, Outcome outcome) {
        int before = outputsBefore(position);
        int from = before;
        long chars = 0;
        int lines = 0;
        while (from > 0 && lines <= CONSOLE_TAIL_LINES && chars < CONSOLE_TAIL_CHARS) {
            from--;
            String text = log.text(outputs.get(from));
            chars += text.length();
            lines += newlines(text);
        }
        List<PanelState.ConsoleChunk> chunks = new ArrayList<>();
        boolean stderr = false;
        StringBuilder current = new StringBuilder();
        for (int k = from; k < before; k++) {
            int i = outputs.get(k);
            boolean isErr = (log.flags(i) & EventLog.FLAG_STDERR) != 0;
            String text = log.text(i);
            if (k == from && chars > CONSOLE_TAIL_CHARS) {
                // One huge write: only its end fits.
                text = text.substring((int) Math.min(text.length(), chars - CONSOLE_TAIL_CHARS));
            }
            if (isErr != stderr && current.length() > 0) {
                chunks.add(new PanelState.ConsoleChunk(stderr, current.toString()));
                current.setLength(0);
            }
            stderr = isErr;
            current.append(text);
        }
        if (current.length() > 0) {
            chunks.add(new PanelState.ConsoleChunk(stderr, current.toString()));
        }
        if (outcome != null) {
            appendRest(chunks, false, outcome.stdout(), before > 0 ? stdoutChars[before - 1] : 0);
            appendRest(chunks, true, outcome.stderr(), before > 0 ? stderrChars[before - 1] : 0);
        }
        return chunks;
    }

    /** How many output events come before {@code position}. */
    private int outputsBefore(int position) {
        int low = 0;
        int high = outputs.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (outputs.get(middle) < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int newlines(String text) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    private static void appendRest(List<PanelState.ConsoleChunk> chunks, boolean stderr, String all, long recorded) {
        if (all.length() > recorded) {
            chunks.add(new PanelState.ConsoleChunk(stderr, all.substring((int) recorded)));
        }
    }

    private List<String> narration(Trace trace, int position, Locale locale) {
        if (narrator == null || !narrator.locale().equals(locale)) {
            narrator = new Narrator(locale);
        }
        List<String> sentences = new ArrayList<>(NARRATION_DEPTH);
        for (int event = position - 1; event >= -1 && sentences.size() < NARRATION_DEPTH; event--) {
            sentences.add(narrator.narrate(trace, event));
            if (event < 0) {
                break;
            }
        }
        return sentences;
    }
}
