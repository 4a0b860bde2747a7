package org.loopscope.ui.timeline;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.loopscope.session.view.SliceSeries;
import org.loopscope.session.view.TimelineModel;

/**
 * Where things are on the timeline: the model shown, the visible part of the x axis and the scroll of the lanes, and
 * from them the pixels of lanes, axis values and events. {@link TimelineViewModel} moves the view; this part only
 * measures it. No nodes.
 *
 * <p>Pixel sizes are given at scale 1 and multiplied by {@link #scaleProperty() scale}. With one event loop its lane
 * stays at the top under the axis and the task lanes scroll below it; the lanes of a run with several loops are
 * grouped by loop under a header each, and all scroll ({@link LaneRows}).
 */
abstract class TimelineGeometry {

    static final double LABEL_WIDTH = 140;
    static final double AXIS_HEIGHT = 30;
    static final double LANE_HEIGHT = 18;
    static final double LANE_GAP = 6;
    static final double RIGHT_MARGIN = 16;
    /** The least width of a drawn slice, so a step that takes no time stays visible. */
    static final double MIN_SLICE_WIDTH = 2;
    static final double MIN_TICK_SPACING = 80;
    static final double MARKER_SIZE = 7;
    /** The span shown before any run: ten seconds, the scale of most teaching examples. */
    static final double EMPTY_SPAN_SECONDS = 10;

    final ReadOnlyObjectWrapper<TimelineModel> model =
            new ReadOnlyObjectWrapper<>(this, "model", TimelineModel.empty());
    final ObjectProperty<AxisMode> axisMode = new SimpleObjectProperty<>(this, "axisMode", AxisMode.TIME);
    final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    final DoubleProperty width = new SimpleDoubleProperty(this, "width", 640);
    final DoubleProperty height = new SimpleDoubleProperty(this, "height", 480);
    final ReadOnlyDoubleWrapper viewStart = new ReadOnlyDoubleWrapper(this, "viewStart", 0);
    final ReadOnlyDoubleWrapper viewSpan = new ReadOnlyDoubleWrapper(this, "viewSpan", EMPTY_SPAN_SECONDS);
    final ReadOnlyDoubleWrapper scrollY = new ReadOnlyDoubleWrapper(this, "scrollY", 0);
    private LaneRows rows;

    /** The model shown; set through {@link #showModel}. */
    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The model shown. */
    public TimelineModel model() {
        return model.get();
    }

    /** What the x axis counts. */
    public ObjectProperty<AxisMode> axisModeProperty() {
        return axisMode;
    }

    /** How much larger than at the standard font size everything is drawn. */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** The drawing's width in pixels, set by the view. */
    public DoubleProperty widthProperty() {
        return width;
    }

    /** The drawing's height in pixels, set by the view. */
    public DoubleProperty heightProperty() {
        return height;
    }

    /** The axis value (seconds or iteration position) at the left edge of the plot. */
    public ReadOnlyDoubleProperty viewStartProperty() {
        return viewStart.getReadOnlyProperty();
    }

    /** The axis span across the plot. */
    public ReadOnlyDoubleProperty viewSpanProperty() {
        return viewSpan.getReadOnlyProperty();
    }

    /** How far the task lanes are scrolled up, in pixels. */
    public ReadOnlyDoubleProperty scrollYProperty() {
        return scrollY.getReadOnlyProperty();
    }

    // ---- geometry

    double s(double pixels) {
        return pixels * scale.get();
    }

    /** The x where the plot begins (right of the lane names). */
    public double plotLeft() {
        return s(LABEL_WIDTH);
    }

    /** The x where the plot ends. */
    public double plotRight() {
        return Math.max(plotLeft() + 1, width.get() - s(RIGHT_MARGIN));
    }

    double plotWidth() {
        return plotRight() - plotLeft();
    }

    /** The height of the time axis band at the top. */
    public double axisHeight() {
        return s(AXIS_HEIGHT);
    }

    double rowHeight() {
        return s(LANE_HEIGHT + LANE_GAP);
    }

    double laneHeight() {
        return s(LANE_HEIGHT);
    }

    /** The order of the rows, for the model shown. */
    LaneRows rows() {
        TimelineModel m = model.get();
        if (rows == null || !rows.isFor(m)) {
            rows = LaneRows.of(m);
        }
        return rows;
    }

    /** How many lanes stay at the top: the loop's, when there is one (several loops are grouped with their tasks). */
    int pinnedLanes() {
        return rows().pinned();
    }

    /** The y where the scrolling rows begin. */
    double scrollTop() {
        return axisHeight() + pinnedLanes() * rowHeight();
    }

    /** The y of the top of scrolling row {@code row} (its gap included). */
    double rowTop(int row) {
        return scrollTop() + row * rowHeight() - scrollY.get();
    }

    /** The y of the top of lane {@code lane}'s bar. */
    public double laneTop(int lane) {
        double row = lane < pinnedLanes() ? axisHeight() + lane * rowHeight() : rowTop(rows().rowOf(lane));
        return row + s(LANE_GAP) / 2;
    }

    /** The lane at {@code y}, or -1 (also on a loop's header row). */
    public int laneAt(double y) {
        if (y < axisHeight()) {
            return -1;
        }
        if (y < scrollTop()) {
            return (int) ((y - axisHeight()) / rowHeight());
        }
        int row = rowAt(y);
        return row < 0 ? -1 : Math.max(-1, rows().laneOf(row));
    }

    /** The scrolling row at {@code y}, or -1. */
    int rowAt(double y) {
        if (y < scrollTop()) {
            return -1;
        }
        int row = (int) Math.floor((y - scrollTop() + scrollY.get()) / rowHeight());
        return row < rows().count() ? row : -1;
    }

    /** The height that shows the axis and every lane without scrolling. */
    public double contentHeight() {
        return scrollTop() + rows().count() * rowHeight();
    }

    /** The first scrolling row at least partly in view. */
    int firstVisibleRow() {
        return Math.max(0, (int) Math.floor(scrollY.get() / rowHeight()));
    }

    /** The last scrolling row at least partly in view (inclusive; less than the first when there is none). */
    int lastVisibleRow() {
        int last = (int) Math.floor((scrollY.get() + height.get() - scrollTop()) / rowHeight());
        return Math.min(rows().count() - 1, last);
    }

    double maxScroll() {
        double lanes = rows().count() * rowHeight();
        return Math.max(0, lanes - (height.get() - scrollTop()));
    }

    // ---- the x axis

    /** Where the axis starts: 0. */
    public double rangeStart() {
        return 0;
    }

    /** Where the run ends on the current axis (at least a little past the start). */
    public double rangeEnd() {
        TimelineModel m = model.get();
        if (axisMode.get() == AxisMode.ITERATIONS) {
            return m.positionEnd();
        }
        if (m.eventCount() == 0) {
            return EMPTY_SPAN_SECONDS;
        }
        return m.endTime() > 0 ? m.endTime() : 1;
    }

    /** The axis value at the right edge of the plot. */
    public double viewEnd() {
        return viewStart.get() + viewSpan.get();
    }

    /** The x of axis value {@code value}. */
    public double x(double value) {
        return plotLeft() + (value - viewStart.get()) / viewSpan.get() * plotWidth();
    }

    /** The axis value at {@code x}. */
    public double valueAt(double x) {
        return viewStart.get() + (x - plotLeft()) / plotWidth() * viewSpan.get();
    }

    /** The axis value of event {@code event} (its time, or its position among iterations). */
    public double valueOfEvent(int event) {
        return valueOfEvent(event, axisMode.get());
    }

    double valueOfEvent(int event, AxisMode mode) {
        TimelineModel m = model.get();
        return mode == AxisMode.TIME ? m.timeOf(event) : m.positionOf(event);
    }

    /** The axis value of an instant (on the iteration axis, the position of the first event at or after it). */
    public double valueOfTime(double time) {
        return axisMode.get() == AxisMode.TIME ? time : model.get().positionOfTime(time);
    }

    /**
     * The axis value of a timer's deadline, or NaN if it has none yet: on the iteration axis a deadline after the end
     * of the trace has no place until events reach it.
     */
    double valueOfDeadline(double deadline) {
        if (axisMode.get() == AxisMode.ITERATIONS && deadline > model.get().endTime()) {
            return Double.NaN;
        }
        return valueOfTime(deadline);
    }

    /** The event boundary a click at {@code x} means. */
    public int eventAt(double x) {
        return eventAt(x, axisMode.get());
    }

    int eventAt(double x, AxisMode mode) {
        TimelineModel m = model.get();
        double value = valueAt(x);
        return mode == AxisMode.TIME ? m.eventAtTime(value) : m.eventAtPosition(value);
    }

    /** Where slice {@code k} of a series starts on the axis. */
    double startValue(SliceSeries series, int k) {
        return axisMode.get() == AxisMode.TIME ? series.start(k) : model.get().positionOf(series.startEvent(k));
    }

    /** Where slice {@code k} of a series ends on the axis. */
    double endValue(SliceSeries series, int k) {
        return axisMode.get() == AxisMode.TIME ? series.end(k) : model.get().positionOf(series.spanEndEvent(k));
    }

    /** The first slice of a series that ends at or after axis value {@code value}. */
    int firstSliceEndingAtOrAfter(SliceSeries series, double value) {
        if (axisMode.get() == AxisMode.TIME) {
            return series.firstEndingAtOrAfter(value);
        }
        return series.firstEndingAfterEvent(model.get().firstEventAtOrAfterPosition(value) - 1);
    }
}
