package org.loopscope.trace;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything derived from a trace's first {@link #events()} events, as a debugger panel shows it: the tasks table
 * (state, line, awaited, steps, busy and idle time), each loop's ready queue and iteration, the armed timers, the
 * running task, the console output so far, and the counters. Immutable. Two states are equal when all of these are.
 */
public final class TraceState {

    private final Trace trace;
    private final Checkpoint state;

    TraceState(Trace trace, Checkpoint state) {
        this.trace = trace;
        this.state = state;
    }

    /** How many events this state includes. */
    public int events() {
        return state.events;
    }

    /** The loop time of the last included event (0 before any). */
    public double time() {
        return state.time;
    }

    /** How many tasks exist so far. */
    public int taskCount() {
        return state.taskCount;
    }

    /** The tasks table row of task {@code task}. */
    public TaskRow task(int task) {
        TaskChunk chunk = state.chunk(task);
        int slot = task & TaskChunk.MASK;
        TaskState taskState = TaskState.of(chunk.state[slot]);
        double since = chunk.since[slot];
        double busy = chunk.busy[slot] + (taskState == TaskState.RUNNING ? state.time - since : 0);
        double alive = (taskState.finished() ? since : state.time) - trace.events().time(trace.taskSpawnEvent(task));
        return new TaskRow(task, trace.taskName(task), taskState, chunk.line[slot],
                trace.text(chunk.awaiting[slot]), chunk.steps[slot], busy, Math.max(0, alive - busy));
    }

    /** The whole tasks table, in creation order: an immutable view whose rows are made as they are read. */
    public List<TaskRow> tasks() {
        return new AbstractList<>() {
            @Override
            public TaskRow get(int index) {
                Objects.checkIndex(index, state.taskCount);
                return task(index);
            }

            @Override
            public int size() {
                return state.taskCount;
            }
        };
    }

    /** The task whose step is running, or -1. */
    public int runningTask() {
        return state.runningTask;
    }

    /** How many loops have appeared so far. */
    public int loopCount() {
        return state.loops;
    }

    /** Loop {@code loop}'s iteration (0 before its first). */
    public int iteration(int loop) {
        return loop < state.loops ? state.iteration[loop] : 0;
    }

    /** Loop {@code loop}'s ready queue, front first: an immutable view whose entries are made as they are read. */
    public List<ReadyEntry> readyQueue(int loop) {
        if (loop >= state.loops) {
            return List.of();
        }
        int head = state.head[loop];
        int size = state.tail[loop] - head;
        return new AbstractList<>() {
            @Override
            public ReadyEntry get(int index) {
                Objects.checkIndex(index, size);
                return entry(loop, trace.enqueued(loop, head + index));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private ReadyEntry entry(int loop, int event) {
        EventLog log = trace.events();
        String description = log.text(event);
        if (description == null && log.kind(event) == EventKind.TASK_SCHEDULED) {
            // A task's step: a wake-up when a future's completion scheduled it, as CPython's repr names it.
            int cause = log.cause(event);
            description = cause >= 0 && log.kind(cause) == EventKind.FUTURE_DONE ? "Task.task_wakeup()"
                    : "Task.task_step()";
        }
        return new ReadyEntry(loop, log.subject(event), log.task(event), description, event);
    }

    /** The ready queues of all loops, loop by loop (a view, as {@link #readyQueue(int)}). */
    public List<ReadyEntry> readyQueue() {
        if (state.loops == 1) {
            return readyQueue(0);
        }
        List<ReadyEntry> entries = new ArrayList<>();
        for (int loop = 0; loop < state.loops; loop++) {
            entries.addAll(readyQueue(loop));
        }
        return entries;
    }

    /** The armed timers, in the order they will fire (deadline, then the order they were armed). */
    public List<TimerEntry> timers() {
        List<TimerEntry> timers = new ArrayList<>(state.timersAlive);
        EventLog log = trace.events();
        for (int timer = state.timerLow; timer < state.timerCount && timers.size() < state.timersAlive; timer++) {
            if (state.timerAlive(timer)) {
                int armed = log.timerArmedBy(timer);
                timers.add(new TimerEntry(timer, log.loop(armed), log.subject(armed), log.timerDeadline(timer),
                        log.text(armed), armed));
            }
        }
        timers.sort(Comparator.comparingDouble(TimerEntry::deadline).thenComparingInt(TimerEntry::timer));
        return timers;
    }

    /** How many characters the program printed so far. */
    public long consoleLength() {
        return state.outputChars;
    }

    /** Everything the program printed so far, standard output and error interleaved as written. */
    public String console() {
        StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE, state.outputChars));
        for (int k = 0; k < state.outputs; k++) {
            text.append(trace.events().text(trace.outputEvent(k)));
        }
        return text.toString();
    }

    /** Tasks that have begun their first step and not finished. */
    public int activeTasks() {
        return state.active;
    }

    /**
     * Peak concurrency so far: the largest number of tasks that were at once <em>active</em>, that is had begun
     * their first step and not yet finished, counted after each event. A task created but never run does not
     * count; the main task does.
     */
    public int peakConcurrency() {
        return state.peak;
    }

    /** Seconds the loop was held by blocking calls so far. */
    public double blockedTime() {
        return state.blocked;
    }

    /** Seconds the loop waited idle for timers so far. */
    public double idleTime() {
        return state.idle;
    }

    /** Loop iterations so far, over all loops. */
    public int loopIterations() {
        return state.iterations;
    }

    /** Task steps so far. */
    public long steps() {
        return state.steps;
    }

    /** The counters so far. */
    public TraceSummary summary() {
        return new TraceSummary(trace.endTimeAt(state.events), state.taskCount, state.peak, state.blocked,
                state.idle, state.iterations, state.steps, state.events);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TraceState that)) {
            return false;
        }
        return state.events == that.state.events && state.runningTask == that.state.runningTask
                && state.outputChars == that.state.outputChars && summary().equals(that.summary())
                && state.active == that.state.active && iterations().equals(that.iterations())
                && tasks().equals(that.tasks()) && readyQueue().equals(that.readyQueue())
                && timers().equals(that.timers());
    }

    private List<Integer> iterations() {
        List<Integer> list = new ArrayList<>();
        for (int loop = 0; loop < state.loops; loop++) {
            list.add(state.iteration[loop]);
        }
        return list;
    }

    @Override
    public int hashCode() {
        return Objects.hash(state.events, state.taskCount, state.runningTask, state.outputChars);
    }

    @Override
    public String toString() {
        return "TraceState{events=" + state.events + ", time=" + state.time + ", tasks=" + tasks() + ", ready="
                + readyQueue() + ", timers=" + timers() + ", running=" + state.runningTask + "}";
    }
}
