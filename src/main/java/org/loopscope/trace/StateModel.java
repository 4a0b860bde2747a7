package org.loopscope.trace;

import java.util.Arrays;

/**
 * The derived state of a trace, advanced one event at a time: the same code builds it while recording (with a
 * {@link Listener} that turns state changes into intervals) and replays it from a {@link Checkpoint} when seeking,
 * which is why seeking agrees with recording. It reads only the event's own fields and what a {@link Lookup} gives.
 */
final class StateModel {

    static final int TIMER_SHIFT = 12;
    static final int TIMER_MASK = (1 << TIMER_SHIFT) - 1;
    static final int TIMER_WORD_MASK = (1 << (TIMER_SHIFT - 6)) - 1;

    /** Who hears the changes while recording. */
    interface Listener {
        /** Task {@code task} went from {@code from} (null when it was just spawned) to {@code to} at {@code event}. */
        void taskState(int task, TaskState from, TaskState to, int event, int line, int awaiting);

        /** The loop did {@code activity} from event {@code start} to event {@code end}. */
        void loopSpan(LoopActivity activity, int start, int end, int task, int line);
    }

    private final Lookup lookup;
    private final Listener listener;

    TaskChunk[] tasks;
    private boolean[] ownedTasks;

    /** About what a checkpoint weighs besides its arrays, and a chunk of timer bits. */
    private static final long CHECKPOINT_BYTES = 200;
    private static final long TIMER_CHUNK_BYTES = (1L << (TIMER_SHIFT - 3)) + 16;
    /** About the bytes of the task and timer chunks made so far and of the checkpoints' own arrays. */
    private long chunkBytes;
    int taskCount;
    long[][] timerBits;
    private boolean[] ownedTimers;
    int timerCount;
    int timerLow;
    int timersAlive;
    int loops;
    int[] head;
    int[] tail;
    int[] batchEnd;
    int[] iteration;
    int events;
    double time;
    int runningTask;
    boolean rescheduled;
    int handleEvent;
    int handleTask;
    int handleLine;
    int active;
    int peak;
    double blocked;
    double idle;
    int iterations;
    int outputs;
    long outputChars;
    long steps;

    /** An empty state (no events yet). */
    StateModel(Lookup lookup, Listener listener) {
        this.lookup = lookup;
        this.listener = listener;
        tasks = new TaskChunk[16];
        ownedTasks = new boolean[16];
        timerBits = new long[4][];
        ownedTimers = new boolean[4];
        head = new int[2];
        tail = new int[2];
        batchEnd = new int[] {-1, -1};
        iteration = new int[2];
        runningTask = -1;
        handleEvent = -1;
        handleTask = -1;
        handleLine = -1;
    }

    /** The state of {@code checkpoint}, to replay from (no listener: replaying builds no intervals). */
    StateModel(Lookup lookup, Checkpoint c) {
        this.lookup = lookup;
        this.listener = null;
        tasks = Arrays.copyOf(c.tasks, Math.max(16, c.tasks.length));
        ownedTasks = new boolean[tasks.length];
        taskCount = c.taskCount;
        timerBits = Arrays.copyOf(c.timerBits, Math.max(4, c.timerBits.length));
        ownedTimers = new boolean[timerBits.length];
        timerCount = c.timerCount;
        timerLow = c.timerLow;
        timersAlive = c.timersAlive;
        loops = c.loops;
        int room = Math.max(2, loops);
        head = Arrays.copyOf(c.head, room);
        tail = Arrays.copyOf(c.tail, room);
        batchEnd = Arrays.copyOf(c.batchEnd, room);
        iteration = Arrays.copyOf(c.iteration, room);
        events = c.events;
        time = c.time;
        runningTask = c.runningTask;
        rescheduled = c.rescheduled;
        handleEvent = c.handleEvent;
        handleTask = c.handleTask;
        handleLine = c.handleLine;
        active = c.active;
        peak = c.peak;
        blocked = c.blocked;
        idle = c.idle;
        iterations = c.iterations;
        outputs = c.outputs;
        outputChars = c.outputChars;
        steps = c.steps;
    }

    /** About the bytes of the chunks and checkpoint arrays this state has made (the writer's, for its budget). */
    long bytes() {
        return chunkBytes;
    }

    /** Freezes the state: later writes copy the chunks they touch first. */
    Checkpoint freeze() {
        Checkpoint checkpoint = new Checkpoint(this);
        chunkBytes += CHECKPOINT_BYTES + (tasks.length + timerBits.length) * 8L + loops * 16L;
        Arrays.fill(ownedTasks, false);
        Arrays.fill(ownedTimers, false);
        return checkpoint;
    }

    /** Applies event number {@code index}; {@code value} is the seconds of an idle or blocked span. */
    void apply(int index, EventKind kind, int loop, double when, int iter, int task, int arg, int text,
            double value) {
        events = index + 1;
        time = when;
        if (loop >= 0) {
            ensureLoop(loop);
        }
        switch (kind) {
            case ITERATION_BEGIN -> {
                iteration[loop] = iter;
                iterations++;
                batchEnd[loop] = -1;
            }
            case ITERATION_END -> {
                head[loop] = Math.max(head[loop], batchEnd[loop] >= 0 ? batchEnd[loop] : tail[loop]);
                batchEnd[loop] = -1;
            }
            case IDLE -> {
                idle += value;
                span(LoopActivity.IDLE, index, index, -1, -1);
            }
            case BLOCKED -> {
                blocked += value;
                span(LoopActivity.BLOCKED, index, index, runningTask, runningTask >= 0 ? chunk(runningTask)
                        .line[runningTask & TaskChunk.MASK] : -1);
            }
            case HANDLE_SCHEDULED -> {
                tail[loop]++;
                if (task >= 0 && task == runningTask) {
                    rescheduled = true;
                } else if (task >= 0 && task < taskCount && stateOf(task) == TaskState.WAITING) {
                    setState(task, TaskState.PENDING, index);
                }
            }
            case TASK_SCHEDULED -> {
                tail[loop]++;
                if (task == runningTask) {
                    rescheduled = true;
                } else if (task >= 0 && task < taskCount && stateOf(task) != TaskState.PENDING) {
                    setState(task, TaskState.PENDING, index);
                }
            }
            case TIMER_ARMED -> setTimer(arg, true);
            case TIMER_CANCELLED -> setTimer(arg, false);
            case TIMER_FIRED -> {
                tail[loop]++;
                setTimer(arg, false);
            }
            case HANDLE_BEGIN -> handleBegin(index, loop, task, arg);
            case HANDLE_END -> {
                if (handleEvent >= 0) {
                    span(handleTask >= 0 ? LoopActivity.STEP : LoopActivity.CALLBACK, handleEvent, index,
                            handleTask, handleLine);
                }
                handleEvent = -1;
                handleTask = -1;
                handleLine = -1;
            }
            case TASK_SPAWNED -> spawn(task, index);
            case STEP_BEGIN -> stepBegin(task, index);
            case STEP_END -> stepEnd(task, arg, text, index);
            case TASK_EXITED -> {
                if (task >= 0 && task < taskCount) {
                    TaskChunk c = writable(task);
                    if ((c.flags[task & TaskChunk.MASK] & TaskChunk.STARTED) != 0) {
                        active--;
                    }
                    setState(task, TaskState.of(arg), index);
                }
            }
            case LINE -> {
                if (task >= 0 && task < taskCount) {
                    writable(task).line[task & TaskChunk.MASK] = arg;
                }
            }
            case OUTPUT -> {
                outputs++;
                String printed = lookup.text(text);
                outputChars += printed == null ? 0 : printed.length();
            }
            case LOOP_CLOSED -> closeLoop(loop);
            default -> {
            }
        }
    }

    private void handleBegin(int index, int loop, int task, int cause) {
        if (batchEnd[loop] < 0) {
            batchEnd[loop] = tail[loop];
        }
        // The ready queue is first-in first-out: whatever is ahead of this handle was run or skipped (cancelled).
        for (int position = head[loop]; position < tail[loop]; position++) {
            if (lookup.enqueued(loop, position) == cause) {
                head[loop] = position + 1;
                break;
            }
        }
        handleEvent = index;
        handleTask = task;
        handleLine = task >= 0 && task < taskCount ? chunk(task).line[task & TaskChunk.MASK] : -1;
    }

    private void spawn(int task, int index) {
        while (taskCount <= task) {
            int chunk = taskCount >>> TaskChunk.SHIFT;
            if (chunk == tasks.length) {
                tasks = Arrays.copyOf(tasks, chunk * 2);
                ownedTasks = Arrays.copyOf(ownedTasks, chunk * 2);
            }
            if (tasks[chunk] == null) {
                tasks[chunk] = new TaskChunk();
                ownedTasks[chunk] = true;
                chunkBytes += TaskChunk.BYTES;
            }
            TaskChunk c = writable(taskCount);
            int slot = taskCount & TaskChunk.MASK;
            c.state[slot] = (byte) TaskState.PENDING.ordinal();
            c.line[slot] = -1;
            c.awaiting[slot] = -1;
            c.since[slot] = time;
            taskCount++;
        }
        if (listener != null) {
            listener.taskState(task, null, TaskState.PENDING, index, -1, -1);
        }
    }

    private void stepBegin(int task, int index) {
        if (task < 0 || task >= taskCount) {
            return;
        }
        TaskChunk c = writable(task);
        int slot = task & TaskChunk.MASK;
        c.steps[slot]++;
        steps++;
        if ((c.flags[slot] & TaskChunk.STARTED) == 0) {
            c.flags[slot] |= TaskChunk.STARTED;
            active++;
            peak = Math.max(peak, active);
        }
        c.awaiting[slot] = -1;
        runningTask = task;
        rescheduled = false;
        setState(task, TaskState.RUNNING, index);
    }

    private void stepEnd(int task, int line, int awaited, int index) {
        if (task == runningTask) {
            runningTask = -1;
        }
        if (task < 0 || task >= taskCount) {
            return;
        }
        TaskChunk c = writable(task);
        int slot = task & TaskChunk.MASK;
        if (line >= 0) {
            c.line[slot] = line;
        }
        if (!stateOf(task).finished()) {
            if (rescheduled) {
                setState(task, TaskState.PENDING, index);
            } else {
                c.awaiting[slot] = awaited;
                setState(task, TaskState.WAITING, index);
            }
        }
        rescheduled = false;
    }

    private void setState(int task, TaskState to, int index) {
        TaskChunk c = writable(task);
        int slot = task & TaskChunk.MASK;
        TaskState from = TaskState.of(c.state[slot]);
        if (from == to) {
            return;
        }
        if (from == TaskState.RUNNING) {
            c.busy[slot] += time - c.since[slot];
        }
        if (to != TaskState.WAITING) {
            c.awaiting[slot] = -1;
        }
        c.since[slot] = time;
        c.state[slot] = (byte) to.ordinal();
        if (listener != null) {
            listener.taskState(task, from, to, index, c.line[slot], c.awaiting[slot]);
        }
    }

    private TaskState stateOf(int task) {
        return TaskState.of(chunk(task).state[task & TaskChunk.MASK]);
    }

    private TaskChunk chunk(int task) {
        return tasks[task >>> TaskChunk.SHIFT];
    }

    private TaskChunk writable(int task) {
        int chunk = task >>> TaskChunk.SHIFT;
        if (!ownedTasks[chunk]) {
            tasks[chunk] = tasks[chunk].copy();
            ownedTasks[chunk] = true;
            chunkBytes += TaskChunk.BYTES;
        }
        return tasks[chunk];
    }

    private void setTimer(int timer, boolean alive) {
        if (timer < 0) {
            return;
        }
        int chunk = timer >>> TIMER_SHIFT;
        if (chunk >= timerBits.length) {
            timerBits = Arrays.copyOf(timerBits, Math.max(chunk + 1, timerBits.length * 2));
            ownedTimers = Arrays.copyOf(ownedTimers, timerBits.length);
        }
        long[] words = timerBits[chunk];
        if (words == null) {
            words = new long[1 << (TIMER_SHIFT - 6)];
            timerBits[chunk] = words;
            ownedTimers[chunk] = true;
            chunkBytes += TIMER_CHUNK_BYTES;
        } else if (!ownedTimers[chunk]) {
            words = words.clone();
            timerBits[chunk] = words;
            ownedTimers[chunk] = true;
            chunkBytes += TIMER_CHUNK_BYTES;
        }
        int word = (timer >>> 6) & TIMER_WORD_MASK;
        long bit = 1L << timer;
        boolean was = (words[word] & bit) != 0;
        if (alive && !was) {
            words[word] |= bit;
            timersAlive++;
            timerCount = Math.max(timerCount, timer + 1);
        } else if (!alive && was) {
            words[word] &= ~bit;
            timersAlive--;
            while (timerLow < timerCount && !isAlive(timerLow)) {
                timerLow++;
            }
        }
    }

    private boolean isAlive(int timer) {
        long[] words = timerBits[timer >>> TIMER_SHIFT];
        return words != null && (words[(timer >>> 6) & TIMER_WORD_MASK] & (1L << timer)) != 0;
    }

    private void closeLoop(int loop) {
        head[loop] = tail[loop];
        batchEnd[loop] = -1;
        for (int timer = timerLow; timer < timerCount && timersAlive > 0; timer++) {
            if (isAlive(timer) && lookup.timerLoop(timer) == loop) {
                setTimer(timer, false);
            }
        }
    }

    private void ensureLoop(int loop) {
        if (loop < loops) {
            return;
        }
        if (loop >= head.length) {
            int room = Math.max(loop + 1, head.length * 2);
            head = Arrays.copyOf(head, room);
            tail = Arrays.copyOf(tail, room);
            int old = batchEnd.length;
            batchEnd = Arrays.copyOf(batchEnd, room);
            Arrays.fill(batchEnd, old, room, -1);
            iteration = Arrays.copyOf(iteration, room);
        }
        loops = loop + 1;
    }

    private void span(LoopActivity activity, int start, int end, int task, int line) {
        if (listener != null) {
            listener.loopSpan(activity, start, end, task, line);
        }
    }
}
