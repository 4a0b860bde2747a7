package org.loopscope.session.view;

/**
 * The markers of one lane in the order of the events that made them, read by index. Callback markers are also in
 * order of time; timer markers are not (a timer armed later may be due sooner). Immutable.
 */
public final class MarkerSeries {

    private final int lane;
    private final MarkerColumns.Frozen columns;

    MarkerSeries(int lane, MarkerColumns.Frozen columns) {
        this.lane = lane;
        this.columns = columns;
    }

    /** How many markers there are. */
    public int size() {
        return columns.size();
    }

    /** What marker {@code k} marks. */
    public Marker.Kind kind(int k) {
        return Marker.Kind.of(columns.kind()[k]);
    }

    /** Its instant in seconds: a deadline, or when a callback was scheduled. */
    public double time(int k) {
        return columns.time()[k];
    }

    /** The event that made it. */
    public int event(int k) {
        return columns.event()[k];
    }

    /** What it is for. */
    public String text(int k) {
        return columns.text()[k];
    }

    /** Marker {@code k} as a value. */
    public Marker marker(int k) {
        return new Marker(lane, kind(k), time(k), event(k), text(k));
    }

    /**
     * The first marker at or after {@code time} seconds, or {@link #size()}; only for a series in order of time (the
     * callbacks).
     */
    public int firstAtOrAfterTime(double time) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (columns.time()[mid] < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The first marker made at or after event {@code event}, or {@link #size()}. */
    public int firstAtOrAfterEvent(int event) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (columns.event()[mid] < event) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
