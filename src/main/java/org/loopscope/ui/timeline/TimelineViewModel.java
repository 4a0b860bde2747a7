package org.loopscope.ui.timeline;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;

/**
 * The state of the timeline, without nodes: which model it shows, the visible range of the x axis (virtual time or
 * loop iterations), the vertical scroll, the cursor, the selected task; the moves that change them (zoom, pan, fit,
 * switching the axis) and what pointing at a place means (tooltip, selection). Where things are in pixels is
 * {@link TimelineGeometry}'s part. The view draws from it (through {@link TimelinePainter}) and turns mouse and keys
 * into its methods; a session sets the model and the cursor.
 *
 * <p>The {@link #scaleProperty() scale} follows the app's font size, so the timeline grows with it on a projector.
 *
 * <p>The view follows a growing trace: while it shows the whole run ({@link #fit()}, the start) it keeps showing all
 * of it; while the end of the run is in view it keeps the zoom and moves along with the end; once the user pans or
 * zooms away from the end it stays where it is.
 */
public final class TimelineViewModel extends TimelineGeometry {

    /** Room left after the end of the run when fitting, as a share of the span. */
    static final double END_PADDING = 0.05;
    static final double ZOOM_STEP = 1.5;
    private static final double MIN_TIME_SPAN = 1e-6;
    private static final double MIN_POSITION_SPAN = 0.02;

    /** The language of the tooltips. */
    private I18n texts = new I18n(UiLanguage.EN);
    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "cursor", 0);
    private final DoubleProperty cursorTime = new SimpleDoubleProperty(this, "cursorTime", Double.NaN);
    private final IntegerProperty selectedTask = new SimpleIntegerProperty(this, "selectedTask", -1);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final BooleanProperty veilFuture = new SimpleBooleanProperty(this, "veilFuture", false);
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    private boolean fitted = true;

    /** An empty timeline, showing time. */
    public TimelineViewModel() {
        axisMode.addListener((observable, before, after) -> switchAxis(before, after));
        scale.addListener((observable, before, after) -> {
            scrollY.set(scrollY.get() * after.doubleValue() / before.doubleValue());
            clampScroll();
        });
        height.addListener(observable -> clampScroll());
        selectedTask.addListener((observable, before, after) -> reveal(after.intValue()));
        fit();
    }

    // ---- properties

    /** The cursor: a number of events, 0 to the model's event count (the state after that many events). */
    public IntegerProperty cursorProperty() {
        return cursor;
    }

    /**
     * Where to draw the cursor on the time axis, in seconds, or NaN to draw it at {@link #cursorProperty() cursor}'s
     * event. Compare mode sets it so that one instant is one line across runs whose events fall at other times.
     */
    public DoubleProperty cursorTimeProperty() {
        return cursorTime;
    }

    /** The selected task's number (creation order), or -1. */
    public IntegerProperty selectedTaskProperty() {
        return selectedTask;
    }

    /** Whether to draw with the dark palette. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Whether to draw in pure black and white with strong lines (presenter mode). */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /**
     * Whether what comes after the cursor is drawn veiled: a player's run is recorded ahead of its cursor, and what
     * has happened should stand out from what will.
     */
    public BooleanProperty veilFutureProperty() {
        return veilFuture;
    }

    /** Whether the view moves along with the end of a growing run. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** Everything a drawing depends on: the view redraws when any of them changes. */
    public Observable[] dependencies() {
        return new Observable[] {model, axisMode, cursor, cursorTime, selectedTask, scale, width, height, dark,
            highContrast, viewStart, viewSpan, scrollY, veilFuture};
    }

    // ---- the model

    /**
     * Shows {@code next}. If it continues the run shown (a live trace that grew), the zoom and scroll are kept: a
     * fitted view still shows everything, a view on the end moves along with it. A different run is fitted. The
     * cursor is left as it is (a session may be ahead of the model); it is drawn within the model's events.
     */
    public void showModel(TimelineModel next) {
        TimelineModel before = model.get();
        boolean sameRun = next.continues(before);
        double oldEnd = rangeEnd();
        model.set(next);
        if (!sameRun || fitted) {
            fit();
        } else if (following.get()) {
            double end = rangeEnd();
            if (end > oldEnd && end > viewEnd() - viewSpan.get() * END_PADDING) {
                viewStart.set(end - viewSpan.get() * (1 - END_PADDING));
            }
        }
        if (selectedTask.get() >= next.taskCount()) {
            selectedTask.set(-1);
        }
        clampScroll();
    }

    // ---- moving the view

    /** Shows the whole run, and keeps showing all of it as it grows. */
    public void fit() {
        viewStart.set(rangeStart());
        viewSpan.set((rangeEnd() - rangeStart()) * (1 + END_PADDING));
        fitted = true;
        following.set(true);
    }

    /**
     * Shows the axis values from {@code start} over {@code span}, as another timeline sharing this axis shows them
     * (compare mode); the view stays there as the model grows.
     */
    public void showRange(double start, double span) {
        if (!(span > 0)) {
            return;
        }
        viewSpan.set(span);
        viewStart.set(start);
        fitted = false;
        following.set(false);
    }

    /** Zooms by {@code factor} (more than 1: in) keeping the axis value under {@code x} where it is. */
    public void zoomAround(double x, double factor) {
        double value = valueAt(x);
        double span = clampSpan(viewSpan.get() / factor);
        viewSpan.set(span);
        viewStart.set(value - (x - plotLeft()) / plotWidth() * span);
        moved();
    }

    /** Zooms in around the middle of the plot. */
    public void zoomIn() {
        zoomAround((plotLeft() + plotRight()) / 2, ZOOM_STEP);
    }

    /** Zooms out around the middle of the plot. */
    public void zoomOut() {
        zoomAround((plotLeft() + plotRight()) / 2, 1 / ZOOM_STEP);
    }

    /** Moves the picture by {@code dx}, {@code dy} pixels (dragging right shows earlier times). */
    public void panBy(double dx, double dy) {
        if (dx != 0) {
            viewStart.set(viewStart.get() - dx / plotWidth() * viewSpan.get());
            moved();
        }
        if (dy != 0) {
            scrollY.set(scrollY.get() - dy);
            clampScroll();
        }
    }

    /** Puts the cursor at the event boundary under {@code x}. */
    public void setCursorAt(double x) {
        cursor.set(Math.max(0, Math.min(model.get().eventCount(), eventAt(x))));
    }

    private void moved() {
        double span = viewSpan.get();
        double start = Math.max(rangeStart() - span / 2, Math.min(rangeEnd() - span / 2, viewStart.get()));
        viewStart.set(start);
        fitted = false;
        following.set(viewEnd() >= rangeEnd());
    }

    private double clampSpan(double span) {
        double min = axisMode.get() == AxisMode.TIME ? MIN_TIME_SPAN : MIN_POSITION_SPAN;
        double max = (rangeEnd() - rangeStart()) * 4;
        return Math.max(min, Math.min(max, span));
    }

    private void clampScroll() {
        scrollY.set(Math.max(0, Math.min(maxScroll(), scrollY.get())));
    }

    /** Scrolls so that task {@code task}'s lane is in view. */
    public void reveal(int task) {
        TimelineModel m = model.get();
        if (task < 0 || task >= m.taskCount()) {
            return;
        }
        double top = laneTop(m.laneOfTask(task)) - s(LANE_GAP) / 2;
        if (top < scrollTop()) {
            scrollY.set(scrollY.get() - (scrollTop() - top));
        } else if (top + rowHeight() > height.get()) {
            scrollY.set(scrollY.get() + top + rowHeight() - height.get());
        }
        clampScroll();
    }

    private void switchAxis(AxisMode before, AxisMode after) {
        if (fitted) {
            fit();
            return;
        }
        // Keep the same events in view: read them on the old axis, place them on the new one.
        int first = eventAt(plotLeft(), before);
        int last = eventAt(plotRight(), before);
        double start = valueOfEvent(first, after);
        double span = clampSpan(valueOfEvent(last, after) - start);
        viewSpan.set(span);
        viewStart.set(start);
        moved();
    }

    // ---- pointing

    /** What is under ({@code x}, {@code y}). */
    public Hit hitAt(double x, double y) {
        return new HitTest(this).at(x, y);
    }

    /** Takes the window's texts for the tooltips (English until then). */
    public void localize(I18n i18n) {
        texts = java.util.Objects.requireNonNull(i18n, "i18n");
    }

    /** The tooltip text for ({@code x}, {@code y}), or null when there is nothing to say. */
    public String tooltipAt(double x, double y) {
        return TimelineText.describe(texts, model.get(), hitAt(x, y));
    }

    /**
     * A click at ({@code x}, {@code y}): on a task's lane or name, or on a step or blocked span of the loop, selects
     * that task; on the loop's other slices, clears the selection.
     */
    public void clickAt(double x, double y) {
        Hit hit = hitAt(x, y);
        int task = hit.task(model.get());
        if (hit instanceof Hit.None || hit instanceof Hit.Axis) {
            return;
        }
        selectedTask.set(task);
    }
}
