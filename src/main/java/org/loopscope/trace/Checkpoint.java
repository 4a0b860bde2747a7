package org.loopscope.trace;

/**
 * The derived state after a number of events, frozen: every task's state, line, awaited description, steps and
 * busy time; each loop's ready queue (as a range of its enqueue log) and iteration; the timers alive; the running
 * task and handle; the counters. Task and timer chunks are shared with neighbouring checkpoints (never written
 * again once frozen), so a checkpoint costs little more than the chunks that changed since the previous one.
 */
final class Checkpoint {

    final int events;
    final double time;
    final TaskChunk[] tasks;
    final int taskCount;
    final long[][] timerBits;
    final int timerCount;
    final int timerLow;
    final int timersAlive;
    final int loops;
    final int[] head;
    final int[] tail;
    final int[] batchEnd;
    final int[] iteration;
    final int runningTask;
    final boolean rescheduled;
    final int handleEvent;
    final int handleTask;
    final int handleLine;
    final int active;
    final int peak;
    final double blocked;
    final double idle;
    final int iterations;
    final int outputs;
    final long outputChars;
    final long steps;

    Checkpoint(StateModel m) {
        events = m.events;
        time = m.time;
        tasks = java.util.Arrays.copyOf(m.tasks, (m.taskCount + TaskChunk.MASK) >>> TaskChunk.SHIFT);
        taskCount = m.taskCount;
        timerBits = java.util.Arrays.copyOf(m.timerBits, (m.timerCount + StateModel.TIMER_MASK)
                >>> StateModel.TIMER_SHIFT);
        timerCount = m.timerCount;
        timerLow = m.timerLow;
        timersAlive = m.timersAlive;
        loops = m.loops;
        head = java.util.Arrays.copyOf(m.head, m.loops);
        tail = java.util.Arrays.copyOf(m.tail, m.loops);
        batchEnd = java.util.Arrays.copyOf(m.batchEnd, m.loops);
        iteration = java.util.Arrays.copyOf(m.iteration, m.loops);
        runningTask = m.runningTask;
        rescheduled = m.rescheduled;
        handleEvent = m.handleEvent;
        handleTask = m.handleTask;
        handleLine = m.handleLine;
        active = m.active;
        peak = m.peak;
        blocked = m.blocked;
        idle = m.idle;
        iterations = m.iterations;
        outputs = m.outputs;
        outputChars = m.outputChars;
        steps = m.steps;
    }

    TaskChunk chunk(int task) {
        return tasks[task >>> TaskChunk.SHIFT];
    }

    TaskState state(int task) {
        return TaskState.of(chunk(task).state[task & TaskChunk.MASK]);
    }

    boolean timerAlive(int timer) {
        long[] words = timerBits[timer >>> StateModel.TIMER_SHIFT];
        return words != null && (words[(timer >>> 6) & StateModel.TIMER_WORD_MASK] & (1L << timer)) != 0;
    }
}
