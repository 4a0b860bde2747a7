package org.loopscope.session.view;

import java.util.List;
import java.util.Objects;

/**
 * Everything the app's panels show at one cursor position, as plain immutable values: the clock, the tasks table,
 * the loop's ready queue and timers, the console up to the cursor, the narration and the run's warnings. Built by
 * {@link RunController} from the trace, so the app never reads the trace itself.
 *
 * @param position    how many events have happened at the cursor
 * @param recorded    how many events the run has recorded so far
 * @param time        the loop's virtual time at the cursor, in seconds
 * @param iteration   loop iterations begun at the cursor
 * @param runningTask the name of the task whose step runs at the cursor, or null
 * @param currentLine the source line the running code is at (1-based), or -1
 * @param tasks       one row per task created so far, in order of creation
 * @param ready       the ready queue, front first
 * @param timers      the armed timers, earliest deadline first
 * @param console     what the program printed up to the cursor, in order
 * @param narration   the sentence about the event at the cursor, then those about the few before it (newest first)
 * @param warnings    the debug-mode warnings of the whole recorded trace, in order
 * @param over        whether the run has ended (no more events will come)
 * @param atEnd       whether the cursor is at the last event of an ended run
 */
public record PanelState(int position, int recorded, double time, int iteration, String runningTask,
        int currentLine, List<TaskRowView> tasks, List<ReadyEntryView> ready, List<TimerEntryView> timers,
        List<ConsoleChunk> console, List<String> narration, List<WarningView> warnings, boolean over,
        boolean atEnd) {

    public PanelState {
        tasks = List.copyOf(tasks);
        ready = List.copyOf(ready);
        timers = List.copyOf(timers);
        console = List.copyOf(console);
        narration = List.copyOf(narration);
        warnings = List.copyOf(warnings);
    }

    /** The console's text, both streams interleaved as written. */
    public String consoleText() {
        StringBuilder text = new StringBuilder();
        console.forEach(chunk -> text.append(chunk.text()));
        return text.toString();
    }

    /** The row of the task named {@code name}, or null. */
    public TaskRowView task(String name) {
        for (TaskRowView row : tasks) {
            if (row.name().equals(name)) {
                return row;
            }
        }
        return null;
    }

    /** A state of a task, as the app shows it (DESIGN.md, "Trace and timeline"). */
    public enum TaskStateView {
        PENDING, RUNNING, WAITING, DONE, FAILED, CANCELLED;

        /** Whether the task has finished. */
        public boolean finished() {
            return ordinal() >= DONE.ordinal();
        }
    }

    /**
     * One row of the tasks table.
     *
     * @param index     the task's number in creation order, from 0 (its lane on the timeline)
     * @param name      the task's name ({@code Task-2})
     * @param coroutine the qualified name of the coroutine it drives ({@code worker}, {@code Worker.run})
     * @param state     its state at the cursor
     * @param line      the source line where it is, or -1
     * @param awaiting  what it awaits while WAITING, else null
     * @param steps     how many steps it took
     * @param busyTime  seconds RUNNING so far
     * @param idleTime  seconds PENDING or WAITING so far
     */
    public record TaskRowView(int index, String name, String coroutine, TaskStateView state, int line,
            String awaiting, int steps, double busyTime, double idleTime) {
        public TaskRowView {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(coroutine, "coroutine");
            Objects.requireNonNull(state, "state");
        }
    }

    /** A handle in the ready queue: what it runs, and the task it steps (null for a plain callback). */
    public record ReadyEntryView(String description, String task) {
    }

    /** An armed timer: its deadline in virtual seconds and what it is for. */
    public record TimerEntryView(double deadline, String description) {
    }

    /** A run of text the program wrote to one stream. */
    public record ConsoleChunk(boolean stderr, String text) {
        public ConsoleChunk {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A debug-mode warning of the run.
     *
     * @param event   the warning's event (seek there with {@code position = event + 1})
     * @param time    virtual time of the warning
     * @param line    the source line it is about (the line its task was at), or -1
     * @param task    the task's name, or null
     * @param message the warning's text, as asyncio's debug mode words it
     */
    public record WarningView(int event, double time, int line, String task, String message) {
    }
}
