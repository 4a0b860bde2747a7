package org.loopscope.session.variables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The variables of a run, recorded while it goes: for each task, its snapshots in order, each keyed by the trace
 * position from which it holds (the number of events recorded when it was taken), and the same for the module's
 * globals. So the state at any cursor position, forwards or backwards, is each task's latest snapshot at or before
 * it: exact, never read from the live program.
 *
 * <p>Memory is bounded: once the recorded snapshots take about {@link #budget()} bytes, recording stops, and
 * {@link #cutAt()} says from which position on the variables are unknown. The run's thread appends; any thread
 * reads (each call sees a consistent log).
 */
public final class VariableLog {

    /** The default memory budget: 64 MiB. */
    public static final long DEFAULT_BUDGET = 64L << 20;

    private final long budget;
    private final List<History<TaskSnapshot>> tasks = new ArrayList<>();
    private final History<Locals> globals = new History<>();
    private long bytes;
    private int cutAt = -1;

    /** A log that keeps at most about {@code budget} bytes of snapshots. */
    public VariableLog(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be zero or more: " + budget);
        }
        this.budget = budget;
    }

    /** The memory budget in bytes. */
    public long budget() {
        return budget;
    }

    /** About how many bytes the snapshots take. */
    public synchronized long bytes() {
        return bytes;
    }

    /** The position from which on snapshots were no longer recorded (the budget was spent), or -1. */
    public synchronized int cutAt() {
        return cutAt;
    }

    /** How many snapshots of tasks were kept (for tests and measurements). */
    public synchronized int taskSnapshots() {
        int n = 0;
        for (History<TaskSnapshot> history : tasks) {
            n += history.size;
        }
        return n;
    }

    /** Task {@code task}'s latest snapshot taken at or before {@code position}, or null. */
    synchronized TaskSnapshot task(int task, int position) {
        return task < tasks.size() ? tasks.get(task).at(position) : null;
    }

    /** The globals at {@code position}, or null before the first snapshot. */
    synchronized Locals globals(int position) {
        return globals.at(position);
    }

    /** Whether recording has stopped (the budget was spent). */
    synchronized boolean cut() {
        return cutAt >= 0;
    }

    /**
     * Adds a snapshot of task {@code task} holding from {@code position}, which costs about {@code cost} bytes;
     * returns false (and keeps nothing from now on) once that would go over the budget.
     */
    synchronized boolean addTask(int task, int position, TaskSnapshot snapshot, long cost) {
        if (!afford(position, cost)) {
            return false;
        }
        while (tasks.size() <= task) {
            tasks.add(new History<>());
        }
        tasks.get(task).add(position, snapshot);
        return true;
    }

    /** Adds a snapshot of the globals; as {@link #addTask}. */
    synchronized boolean addGlobals(int position, Locals snapshot, long cost) {
        if (!afford(position, cost)) {
            return false;
        }
        globals.add(position, snapshot);
        return true;
    }

    private boolean afford(int position, long cost) {
        if (cutAt >= 0) {
            return false;
        }
        // An entry of a history: a key and a reference, and the arrays' slack.
        long total = cost + 16;
        if (bytes + total > budget) {
            cutAt = position;
            return false;
        }
        bytes += total;
        return true;
    }

    /** Snapshots in the order taken, keyed by non-decreasing positions. */
    private static final class History<T> {
        private int[] keys = new int[4];
        private Object[] values = new Object[4];
        private int size;

        void add(int key, T value) {
            if (size > 0 && keys[size - 1] == key) {
                // Two snapshots at one position (no event between them): the later one holds.
                values[size - 1] = value;
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            size++;
        }

        @SuppressWarnings("unchecked")
        T at(int position) {
            int lo = 0;
            int hi = size - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] <= position) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? null : (T) values[found];
        }
    }
}
