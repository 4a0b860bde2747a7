package org.loopscope.ui.timeline;

import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.Marker;
import org.loopscope.session.view.MarkerSeries;
import org.loopscope.session.view.SliceSeries;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.timeline.TimelineGraphics.Align;
import org.loopscope.ui.timeline.TimelineGraphics.Ink;

/**
 * Draws one lane of the timeline in view: its slices (with their labels where they fit), a loop's blocked spans,
 * the timers armed in it and the callbacks it ran. Each series is entered by binary search at the left edge, and
 * slices or callbacks that would be drawn under one already drawn are jumped over, so a lane costs at most about one
 * slice per pixel of width.
 */
final class LanePainter {

    private final TimelineViewModel view;

    LanePainter(TimelineViewModel view) {
        this.view = view;
    }

    /** Draws lane {@code lane}: its slices, the loop's blocked spans, its timer and callback markers. */
    void paint(TimelineGraphics g, int lane) {
        TimelineModel model = view.model();
        double top = Math.round(view.laneTop(lane));
        double height = Math.round(view.laneHeight());
        boolean loop = lane < model.loopCount();
        series(g, model.slices(lane), top, height, loop);
        if (loop) {
            series(g, model.blocked(lane), top, height, true);
        }
        timers(g, model.timers(lane), top);
        callbacks(g, model.callbacks(lane), top + height);
    }

    /**
     * The slices of a series in view. {@code separated}: a slice wide enough starts with a pixel's gap, so that
     * steps of the loop that follow each other can be told apart.
     */
    private void series(TimelineGraphics g, SliceSeries series, double top, double height, boolean separated) {
        double left = view.plotLeft();
        double right = view.plotRight();
        double minWidth = view.s(TimelineViewModel.MIN_SLICE_WIDTH);
        int size = series.size();
        int k = view.firstSliceEndingAtOrAfter(series, view.valueAt(left - minWidth));
        while (k < size) {
            double x0 = view.x(view.startValue(series, k));
            if (x0 > right) {
                break;
            }
            double x1 = view.x(view.endValue(series, k));
            LaneState state = series.state(k);
            double a = Math.round(Math.max(x0, left - 1));
            double b;
            if (state == LaneState.IDLE) {
                // Idle is left blank; it covers nothing, so nothing after it may be skipped.
                b = Math.max(x0, Math.min(x1, right + 1));
            } else {
                b = Math.round(Math.min(Math.max(x1, x0 + minWidth), right + 1));
                b = Math.max(b, a + 1);
                double from = separated && b - a >= 4 ? a + 1 : a;
                g.slice(state, from, top, b - from, height);
                label(g, series, k, a, b, top, height);
            }
            int next = k + 1;
            if (next < size && view.x(view.endValue(series, next)) < b) {
                // The next slices would be drawn under this one: go to the first that reaches past it.
                next = Math.max(next, view.firstSliceEndingAtOrAfter(series, view.valueAt(b)));
            }
            k = next;
        }
    }

    private void label(TimelineGraphics g, SliceSeries series, int k, double a, double b, double top,
            double height) {
        double room = b - a - view.s(6);
        if (room < view.s(24)) {
            return;
        }
        LaneState state = series.state(k);
        String text = switch (state) {
            case WAITING, CALLBACK, BLOCKED, FAILED -> series.text(k);
            case STEP -> series.task(k) >= 0 ? view.model().taskName(series.task(k)) : null;
            default -> null;
        };
        if (text == null) {
            return;
        }
        double size = view.s(TimelinePainter.LABEL_SIZE);
        String shown = TimelinePainter.fit(g, text, room, size, false);
        if (shown != null) {
            Ink ink = state == LaneState.WAITING ? Ink.ON_LIGHT : Ink.ON_DARK;
            g.text(ink, shown, Math.max(a, view.plotLeft()) + view.s(3), top + height / 2, size, false, Align.LEFT);
        }
    }

    private void timers(TimelineGraphics g, MarkerSeries timers, double top) {
        double size = view.s(TimelineViewModel.MARKER_SIZE);
        double left = view.plotLeft() - size;
        double right = view.plotRight() + size;
        double lastX = Double.NaN;
        // A timer is due at or after it was armed: those armed after the right edge cannot be in view.
        int end = Math.min(timers.size(), timers.firstAtOrAfterEvent(view.eventAt(right) + 1));
        for (int k = 0; k < end; k++) {
            double value = view.valueOfDeadline(timers.time(k));
            double x = Math.round(view.x(value));
            if (Double.isNaN(value) || x < left || x > right || x == lastX && timers.kind(k) == Marker.Kind.TIMER) {
                continue;
            }
            g.triangle(Ink.MARKER, x, top + size, size, true, timers.kind(k) == Marker.Kind.TIMER_CANCELLED);
            lastX = x;
        }
    }

    private void callbacks(TimelineGraphics g, MarkerSeries callbacks, double bottom) {
        double size = view.s(TimelineViewModel.MARKER_SIZE) * 0.8;
        double right = view.plotRight() + size;
        int k = firstCallbackAtOrAfter(callbacks, view.valueAt(view.plotLeft() - size));
        while (k < callbacks.size()) {
            double x = Math.round(view.x(view.valueOfEvent(callbacks.event(k))));
            if (x > right) {
                break;
            }
            g.diamond(Ink.MARKER, x, bottom - size, size);
            // Dense callbacks: the next marker drawn is the first a marker's width further on.
            k = Math.max(k + 1, firstCallbackAtOrAfter(callbacks, view.valueAt(x + size)));
        }
    }

    private int firstCallbackAtOrAfter(MarkerSeries callbacks, double value) {
        if (view.axisModeProperty().get() == AxisMode.TIME) {
            return callbacks.firstAtOrAfterTime(value);
        }
        return callbacks.firstAtOrAfterEvent(view.model().firstEventAtOrAfterPosition(value));
    }
}
