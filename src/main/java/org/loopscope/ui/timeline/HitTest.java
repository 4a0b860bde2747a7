package org.loopscope.ui.timeline;

import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.MarkerSeries;
import org.loopscope.session.view.SliceSeries;
import org.loopscope.session.view.TimelineModel;

/** Finds what is drawn under a point, with the geometry the painter draws with. */
final class HitTest {

    /** How many slices under one pixel are looked at, at most. */
    private static final int MAX_CANDIDATES = 10_000;

    private final TimelineViewModel view;
    private final TimelineModel model;

    HitTest(TimelineViewModel view) {
        this.view = view;
        this.model = view.model();
    }

    Hit at(double x, double y) {
        if (model.laneCount() == 0) {
            return new Hit.None();
        }
        if (y < view.axisHeight()) {
            return x >= view.plotLeft() && x <= view.plotRight() ? new Hit.Axis(view.eventAt(x)) : new Hit.None();
        }
        int lane = view.laneAt(y);
        if (lane < 0) {
            return new Hit.None();
        }
        if (x < view.plotLeft()) {
            return new Hit.LaneName(lane);
        }
        if (x > view.plotRight()) {
            return new Hit.None();
        }
        Hit marker = marker(lane, x, y);
        if (marker != null) {
            return marker;
        }
        double top = view.laneTop(lane);
        if (y < top || y > top + view.laneHeight()) {
            return new Hit.None();
        }
        int blocked = sliceAt(model.blocked(lane), x);
        if (blocked >= 0) {
            return new Hit.Slice(lane, blocked, true);
        }
        int slice = sliceAt(model.slices(lane), x);
        return slice >= 0 ? new Hit.Slice(lane, slice, false) : new Hit.None();
    }

    /** The slice drawn at {@code x} (the last drawn, which is on top), or -1. */
    private int sliceAt(SliceSeries series, double x) {
        double minWidth = view.s(TimelineViewModel.MIN_SLICE_WIDTH);
        int found = -1;
        int k = view.firstSliceEndingAtOrAfter(series, view.valueAt(x - minWidth));
        for (int seen = 0; k < series.size() && seen < MAX_CANDIDATES; k++, seen++) {
            double x0 = view.x(view.startValue(series, k));
            if (x0 > x) {
                break;
            }
            double x1 = view.x(view.endValue(series, k));
            if (series.state(k) != LaneState.IDLE) {
                x1 = Math.max(x1, x0 + minWidth);
            }
            if (x <= x1) {
                found = k;
            }
        }
        return found;
    }

    /** The marker drawn around ({@code x}, {@code y}) on {@code lane}, or null. */
    private Hit marker(int lane, double x, double y) {
        double size = view.s(TimelineViewModel.MARKER_SIZE);
        double top = view.laneTop(lane);
        if (y <= top + size + 1) {
            MarkerSeries timers = model.timers(lane);
            for (int k = timers.size() - 1; k >= 0; k--) {
                double at = view.x(view.valueOfDeadline(timers.time(k)));
                if (!Double.isNaN(at) && Math.abs(at - x) <= size) {
                    return new Hit.Marker(lane, k, true);
                }
            }
        }
        if (y >= top + view.laneHeight() - size - 1) {
            MarkerSeries callbacks = model.callbacks(lane);
            int first = callbacks.firstAtOrAfterEvent(view.eventAt(x - size) - 1);
            for (int k = Math.max(0, first), seen = 0; k < callbacks.size() && seen < MAX_CANDIDATES; k++, seen++) {
                double at = view.x(view.valueOfEvent(callbacks.event(k)));
                if (at > x + size) {
                    break;
                }
                if (Math.abs(at - x) <= size) {
                    return new Hit.Marker(lane, k, false);
                }
            }
        }
        return null;
    }
}
