package org.loopscope.session.view;

import java.util.Arrays;

/**
 * The growing, append-only slices of one lane, written by one {@link ModelBuilder}. A {@link #freeze() frozen} view
 * keeps the arrays it saw and its size: appending writes only past that size, and growing copies into new arrays, so a
 * frozen view never changes. Contiguous columns (a task's life, each state ending where the next begins) store no
 * ends.
 */
final class SliceColumns {

    private final boolean contiguous;
    private byte[] state = new byte[4];
    private double[] start = new double[4];
    private double[] end;
    private int[] startEvent = new int[4];
    private int[] endEvent;
    private int[] line = new int[4];
    private int[] task = new int[4];
    private int[] other = new int[4];
    private String[] text = new String[4];
    private int size;

    SliceColumns(boolean contiguous) {
        this.contiguous = contiguous;
        if (!contiguous) {
            end = new double[4];
            endEvent = new int[4];
        }
    }

    int size() {
        return size;
    }

    /** Appends a slice; {@code end} and {@code endEvent} are ignored for contiguous columns. */
    void add(LaneState s, double from, double to, int fromEvent, int toEvent, int atLine, int ofTask, int awaited,
            String what) {
        if (size == state.length) {
            grow();
        }
        state[size] = (byte) s.ordinal();
        start[size] = from;
        startEvent[size] = fromEvent;
        if (!contiguous) {
            end[size] = to;
            endEvent[size] = toEvent;
        }
        line[size] = atLine;
        task[size] = ofTask;
        other[size] = awaited;
        text[size] = what;
        size++;
    }

    private void grow() {
        int capacity = size * 2;
        state = Arrays.copyOf(state, capacity);
        start = Arrays.copyOf(start, capacity);
        startEvent = Arrays.copyOf(startEvent, capacity);
        if (!contiguous) {
            end = Arrays.copyOf(end, capacity);
            endEvent = Arrays.copyOf(endEvent, capacity);
        }
        line = Arrays.copyOf(line, capacity);
        task = Arrays.copyOf(task, capacity);
        other = Arrays.copyOf(other, capacity);
        text = Arrays.copyOf(text, capacity);
    }

    /** The slices so far, frozen. */
    Frozen freeze() {
        return new Frozen(contiguous, state, start, end, startEvent, endEvent, line, task, other, text, size);
    }

    /** A frozen prefix of the columns. */
    record Frozen(boolean contiguous, byte[] state, double[] start, double[] end, int[] startEvent, int[] endEvent,
            int[] line, int[] task, int[] other, String[] text, int size) {

        static final Frozen EMPTY_CONTIGUOUS = new SliceColumns(true).freeze();
        static final Frozen EMPTY = new SliceColumns(false).freeze();
    }
}
