package org.loopscope.session.view;

import java.util.Arrays;

/** Every await of a trace in the order the waits began (so by event and by time), read by index. Immutable. */
public final class ArrowSeries {

    private final Columns columns;

    ArrowSeries(Columns columns) {
        this.columns = columns;
    }

    /** How many there are. */
    public int size() {
        return columns.size;
    }

    /** The waiting task of await {@code k}. */
    public int fromTask(int k) {
        return columns.from[k];
    }

    /** The awaited task, or -1. */
    public int toTask(int k) {
        return columns.to[k];
    }

    /** When the wait began, in seconds. */
    public double time(int k) {
        return columns.time[k];
    }

    /** The event where the wait began (the waiter's step ending). */
    public int event(int k) {
        return columns.event[k];
    }

    /** What is awaited. */
    public String awaited(int k) {
        return columns.text[k];
    }

    /** Await {@code k} as a value. */
    public AwaitArrow arrow(int k) {
        return new AwaitArrow(fromTask(k), toTask(k), time(k), event(k), awaited(k));
    }

    /** The first await that began at or after {@code time}, or {@link #size()}. */
    public int firstAtOrAfter(double time) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (columns.time[mid] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first await that began at or after event {@code event}, or {@link #size()}. */
    public int firstAtOrAfterEvent(int event) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (columns.event[mid] < event) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Frozen columns of awaits; {@link Growing} appends to them. */
    record Columns(int[] from, int[] to, double[] time, int[] event, String[] text, int size) {
        static final Columns EMPTY = new Growing().freeze();
    }

    /** The growing awaits of one builder. */
    static final class Growing {
        private int[] from = new int[8];
        private int[] to = new int[8];
        private double[] time = new double[8];
        private int[] event = new int[8];
        private String[] text = new String[8];
        private int size;

        void add(int fromTask, int toTask, double at, int atEvent, String awaited) {
            if (size == from.length) {
                int capacity = size * 2;
                from = Arrays.copyOf(from, capacity);
                to = Arrays.copyOf(to, capacity);
                time = Arrays.copyOf(time, capacity);
                event = Arrays.copyOf(event, capacity);
                text = Arrays.copyOf(text, capacity);
            }
            from[size] = fromTask;
            to[size] = toTask;
            time[size] = at;
            event[size] = atEvent;
            text[size] = awaited;
            size++;
        }

        Columns freeze() {
            return new Columns(from, to, time, event, text, size);
        }
    }
}
