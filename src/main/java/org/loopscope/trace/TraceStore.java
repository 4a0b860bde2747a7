package org.loopscope.trace;

import java.util.Arrays;

/**
 * The live, append-only storage of a trace being recorded: the event columns, the string table, and the indexes
 * derived while recording (tasks, intervals, loop intervals, timers, ready-queue enqueue logs, output events,
 * checkpoints). Written by the recording thread only; {@link #freeze()} makes an immutable {@link Trace} of
 * everything so far.
 */
final class TraceStore implements Lookup {

    static final int FLAG_SHIFT = 6;
    static final int LOOP_SHIFT = 14;
    static final int KIND_MASK = (1 << FLAG_SHIFT) - 1;
    static final int FLAG_MASK = 0xFF;

    final int checkpointInterval;

    /** Event fields, in this order in each record. */
    static final int PACKED = 0;
    static final int ITERATION = 1;
    static final int TASK = 2;
    static final int SUBJECT = 3;
    static final int ARG = 4;
    static final int TEXT = 5;
    /** Task interval fields. */
    static final int IV_TASK_STATE = 0;
    static final int IV_START = 1;
    static final int IV_LINE = 2;
    static final int IV_TEXT = 3;
    static final int IV_NEXT = 4;
    /** Loop interval fields. */
    static final int LV_KIND_TASK = 0;
    static final int LV_START = 1;
    static final int LV_END = 2;
    static final int LV_LINE = 3;

    final Records events = new Records(6);
    final DoubleChunks times = new DoubleChunks();
    final DoubleChunks spans = new DoubleChunks();
    final StringTable strings = new StringTable();

    final IntChunks taskName = new IntChunks();
    /** The qualified name of the coroutine each task drives ({@code worker}, {@code Worker.run}). */
    final IntChunks taskCoroutine = new IntChunks();
    final IntChunks taskFuture = new IntChunks();
    final IntChunks taskSpawn = new IntChunks();
    final IntChunks taskParent = new IntChunks();
    final IntChunks taskFirst = new IntChunks();
    final IntChunks taskLast = new IntChunks();

    final Records intervals = new Records(5);
    final Records loopIntervals = new Records(4);

    final IntChunks timerEvent = new IntChunks();
    final DoubleChunks timerDeadline = new DoubleChunks();
    final IntChunks outputs = new IntChunks();
    IntChunks[] enqueue = new IntChunks[0];

    Checkpoint[] checkpoints = new Checkpoint[16];
    int checkpointCount;

    TraceStore(int checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
    }

    /** Appends one event; returns its index. */
    int append(EventKind kind, int flags, int loop, double time, int iteration, int task, int subject, int arg,
            int text) {
        times.add(time);
        return events.add(kind.ordinal() | (flags & FLAG_MASK) << FLAG_SHIFT | Math.max(loop, 0) << LOOP_SHIFT,
                iteration, task, subject, arg, text);
    }

    int size() {
        return events.size();
    }

    /** About the bytes the columns, strings and indexes take (checkpoints not included, see StateModel). */
    long bytes() {
        long sum = events.bytes() + times.bytes() + spans.bytes() + strings.bytes() + intervals.bytes()
                + loopIntervals.bytes() + timerEvent.bytes() + timerDeadline.bytes() + outputs.bytes()
                + taskName.bytes() + taskFuture.bytes() + taskSpawn.bytes() + taskParent.bytes() + taskFirst.bytes()
                + taskLast.bytes() + checkpoints.length * 8L;
        for (IntChunks log : enqueue) {
            sum += log.bytes();
        }
        return sum;
    }

    /** Field {@code field} of event {@code event}. */
    int event(int event, int field) {
        return events.get(event, field);
    }

    /** The ready-queue enqueue log of {@code loop}, made on first use. */
    IntChunks enqueueLog(int loop) {
        if (loop >= enqueue.length) {
            int old = enqueue.length;
            enqueue = Arrays.copyOf(enqueue, loop + 1);
            for (int l = old; l <= loop; l++) {
                enqueue[l] = new IntChunks();
            }
        }
        return enqueue[loop];
    }

    void addCheckpoint(Checkpoint checkpoint) {
        if (checkpointCount == checkpoints.length) {
            checkpoints = Arrays.copyOf(checkpoints, checkpointCount * 2);
        }
        checkpoints[checkpointCount++] = checkpoint;
    }

    /**
     * Adds a task interval starting at {@code start} and links it after the task's previous one, which thereby
     * ends where this one starts (an interval's end is its successor's start).
     */
    int addInterval(int task, TaskState state, int start, int line, int text) {
        int index = intervals.add(task << 3 | state.ordinal(), start, line, text, -1);
        int previous = taskLast.get(task);
        if (previous < 0) {
            taskFirst.set(task, index);
        } else {
            intervals.set(previous, IV_NEXT, index);
        }
        taskLast.set(task, index);
        return index;
    }

    void addLoopInterval(LoopActivity activity, int start, int end, int task, int line) {
        loopIntervals.add((task + 1) << 2 | activity.ordinal(), start, end, line);
    }

    @Override
    public int enqueued(int loop, int position) {
        return enqueue[loop].get(position);
    }

    @Override
    public String text(int ref) {
        return strings.get(ref);
    }

    @Override
    public int timerLoop(int timer) {
        return events.get(timerEvent.get(timer), PACKED) >>> LOOP_SHIFT;
    }

    /** Everything recorded so far, as an immutable trace. */
    Trace freeze() {
        IntChunks.View[] logs = new IntChunks.View[enqueue.length];
        for (int l = 0; l < logs.length; l++) {
            logs[l] = enqueue[l].view();
        }
        EventLog log = new EventLog(events.view(), times.view(), spans.view(), strings.view(), timerEvent.view(),
                timerDeadline.view());
        return new Trace(this, log, logs, Arrays.copyOf(checkpoints, checkpointCount));
    }

    /** The index of {@code value} in the ascending sequence {@code sorted}, or -1. */
    static int search(IntSeq sorted, long value) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int found = sorted.get(mid);
            if (found < value) {
                low = mid + 1;
            } else if (found > value) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
