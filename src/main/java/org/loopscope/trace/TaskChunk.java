package org.loopscope.trace;

/**
 * The derived state of {@value #SIZE} consecutive tasks, as columns. Chunks are shared between a checkpoint and
 * the state that goes on from it, and copied before the first write after the checkpoint (copy on write), so
 * that a checkpoint costs only the chunks that changed since the previous one.
 */
final class TaskChunk {

    static final int SHIFT = 5;
    static final int SIZE = 1 << SHIFT;
    static final int MASK = SIZE - 1;

    /** Flag: the task has begun its first step. */
    static final byte STARTED = 1;

    /** About what one chunk weighs: its columns and their array headers. */
    static final long BYTES = SIZE * (1 + 1 + 4 + 4 + 4 + 8 + 8) + 7 * 16 + 40;

    final byte[] state;
    final byte[] flags;
    final int[] line;
    final int[] awaiting;
    final int[] steps;
    final double[] busy;
    final double[] since;

    TaskChunk() {
        state = new byte[SIZE];
        flags = new byte[SIZE];
        line = new int[SIZE];
        awaiting = new int[SIZE];
        steps = new int[SIZE];
        busy = new double[SIZE];
        since = new double[SIZE];
    }

    private TaskChunk(TaskChunk other) {
        state = other.state.clone();
        flags = other.flags.clone();
        line = other.line.clone();
        awaiting = other.awaiting.clone();
        steps = other.steps.clone();
        busy = other.busy.clone();
        since = other.since.clone();
    }

    TaskChunk copy() {
        return new TaskChunk(this);
    }
}
