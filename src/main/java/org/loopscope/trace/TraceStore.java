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

    final IntChunks packed = new IntChunks();
    final DoubleChunks times = new DoubleChunks();
    final IntChunks iterations = new IntChunks();
    final IntChunks tasks = new IntChunks();
    final IntChunks subjects = new IntChunks();
    final IntChunks args = new IntChunks();
    final IntChunks texts = new IntChunks();
    final DoubleChunks spans = new DoubleChunks();
    final StringTable strings = new StringTable();

    final IntChunks taskName = new IntChunks();
    final IntChunks taskFuture = new IntChunks();
    final IntChunks taskSpawn = new IntChunks();
    final IntChunks taskParent = new IntChunks();
    final IntChunks taskFirst = new IntChunks();
    final IntChunks taskLast = new IntChunks();

    final IntChunks ivTaskState = new IntChunks();
    final IntChunks ivStart = new IntChunks();
    final IntChunks ivEnd = new IntChunks();
    final IntChunks ivLine = new IntChunks();
    final IntChunks ivText = new IntChunks();
    final IntChunks ivNext = new IntChunks();

    final IntChunks lvKindTask = new IntChunks();
    final IntChunks lvStart = new IntChunks();
    final IntChunks lvEnd = new IntChunks();
    final IntChunks lvLine = new IntChunks();

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
        packed.add(kind.ordinal() | (flags & FLAG_MASK) << FLAG_SHIFT | Math.max(loop, 0) << LOOP_SHIFT);
        times.add(time);
        iterations.add(iteration);
        tasks.add(task);
        subjects.add(subject);
        args.add(arg);
        texts.add(text);
        return packed.size() - 1;
    }

    int size() {
        return packed.size();
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

    /** Adds a task interval starting at {@code start} and links it after the task's previous one. */
    int addInterval(int task, TaskState state, int start, int line, int text) {
        int index = ivTaskState.add(task << 3 | state.ordinal());
        ivStart.add(start);
        ivEnd.add(-1);
        ivLine.add(line);
        ivText.add(text);
        ivNext.add(-1);
        int previous = taskLast.get(task);
        if (previous < 0) {
            taskFirst.set(task, index);
        } else {
            ivEnd.set(previous, start);
            ivNext.set(previous, index);
        }
        taskLast.set(task, index);
        return index;
    }

    void addLoopInterval(LoopActivity activity, int start, int end, int task, int line) {
        lvKindTask.add((task + 1) << 2 | activity.ordinal());
        lvStart.add(start);
        lvEnd.add(end);
        lvLine.add(line);
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
        return packed.get(timerEvent.get(timer)) >>> LOOP_SHIFT;
    }

    /** Everything recorded so far, as an immutable trace. */
    Trace freeze() {
        IntChunks.View[] logs = new IntChunks.View[enqueue.length];
        for (int l = 0; l < logs.length; l++) {
            logs[l] = enqueue[l].view();
        }
        EventLog log = new EventLog(packed.view(), times.view(), iterations.view(), tasks.view(), subjects.view(),
                args.view(), texts.view(), spans.view(), strings.view(), timerEvent.view(), timerDeadline.view());
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
