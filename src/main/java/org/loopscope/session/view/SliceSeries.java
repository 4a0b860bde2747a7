package org.loopscope.session.view;

/**
 * The slices of one lane in order, read by index without making objects (the timeline draws thousands per frame).
 * Slices of a series do not overlap, so their starts and their ends both grow with the index: a binary search by time
 * or by event finds the first one in view. Immutable.
 */
public final class SliceSeries {

    private final SliceColumns.Frozen columns;
    private final double openEnd;
    private final int openEndEvent;

    SliceSeries(SliceColumns.Frozen columns, double openEnd, int openEndEvent) {
        this.columns = columns;
        this.openEnd = openEnd;
        this.openEndEvent = openEndEvent;
    }

    /** How many slices there are. */
    public int size() {
        return columns.size();
    }

    /** The state of slice {@code k}. */
    public LaneState state(int k) {
        return LaneState.of(columns.state()[k]);
    }

    /** When slice {@code k} began, in seconds. */
    public double start(int k) {
        return columns.start()[k];
    }

    /** When slice {@code k} ended, in seconds: for the last slice of a task, the end of the trace. */
    public double end(int k) {
        if (!columns.contiguous()) {
            return columns.end()[k];
        }
        return k + 1 < columns.size() ? columns.start()[k + 1] : openEnd;
    }

    /** The event that began slice {@code k}. */
    public int startEvent(int k) {
        return columns.startEvent()[k];
    }

    /**
     * The event that ended slice {@code k}: the next slice's first event for a task, the model's event count for a
     * task's last slice, the same event as the start for an idle wait.
     */
    public int endEvent(int k) {
        if (!columns.contiguous()) {
            return columns.endEvent()[k];
        }
        return k + 1 < columns.size() ? columns.startEvent()[k + 1] : openEndEvent;
    }

    /**
     * The end of slice {@code k} counted in events for placing it on an axis of events: the end event, but at least
     * one past the start, so that a slice of a single event (an idle wait) still covers that event.
     */
    public int spanEndEvent(int k) {
        return Math.max(endEvent(k), startEvent(k) + 1);
    }

    /** The task's source line when slice {@code k} began, or -1. */
    public int line(int k) {
        return columns.line()[k];
    }

    /** The slice's text (see {@link Slice#text()}), or null. */
    public String text(int k) {
        return columns.text()[k];
    }

    /** The task of slice {@code k} (see {@link Slice#task()}), or -1. */
    public int task(int k) {
        return columns.task()[k];
    }

    /** The task a WAITING slice awaits, or -1. */
    public int awaitedTask(int k) {
        return columns.other()[k];
    }

    /** The first slice that ends at or after {@code time} seconds, or {@link #size()} if none does. */
    public int firstEndingAtOrAfter(double time) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (end(mid) < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first slice whose {@link #spanEndEvent span end} is after event {@code event}, or {@link #size()}. */
    public int firstEndingAfterEvent(int event) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spanEndEvent(mid) <= event) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The last slice that began at or before event {@code event}, or -1. */
    public int lastStartingAtOrBefore(int event) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (startEvent(mid) <= event) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low - 1;
    }
}
