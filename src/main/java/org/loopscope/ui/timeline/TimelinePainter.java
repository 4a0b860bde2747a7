package org.loopscope.ui.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.loopscope.session.view.ArrowSeries;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.timeline.TimelineGraphics.Align;
import org.loopscope.ui.timeline.TimelineGraphics.Ink;

/**
 * Draws the timeline of a {@link TimelineViewModel} with {@link TimelineGraphics} operations: lanes (the loops'
 * pinned at the top), their slices, blocked spans, timer and callback markers, await arrows, the cursor, the lane
 * names and the axis.
 *
 * <p>It draws only what is in view, so a frame costs the same for ten lanes as for ten thousand: only the visible
 * lanes are visited, each lane's first visible slice is found by binary search, and slices that would fall under a
 * slice already drawn (many tiny ones in one pixel when zoomed out) are jumped over with another search. A lane
 * therefore costs at most about one slice per pixel of width. Each lane is drawn by {@link LanePainter}.
 */
final class TimelinePainter {

    /** At most this many awaits are looked at per frame; past it the arrows are too dense to read anyway. */
    static final int MAX_ARROWS = 20_000;
    /** The size of the texts on slices and the axis, before scaling. */
    static final double LABEL_SIZE = 11;
    private static final double NAME_SIZE = 12;

    private final TimelineViewModel view;
    private final LanePainter lanePainter;
    private I18n i18n = new I18n(UiLanguage.EN);

    TimelinePainter(TimelineViewModel view) {
        this.view = view;
        this.lanePainter = new LanePainter(view);
    }

    /** Takes the window's texts (English until then). */
    void localize(I18n texts) {
        i18n = texts;
    }

    /** One tick of the axis: its x and label. */
    private record Tick(double x, String label) {
    }

    void paint(TimelineGraphics g) {
        TimelineModel model = view.model();
        double width = view.widthProperty().get();
        double height = view.heightProperty().get();
        g.fill(Ink.BACKGROUND, 0, 0, width, height);
        if (width <= view.plotLeft() + view.s(TimelineViewModel.RIGHT_MARGIN) + 1 || height <= view.axisHeight()) {
            return;
        }
        List<Tick> ticks = ticks();
        double axis = view.axisHeight();
        if (model.laneCount() == 0) {
            grid(g, ticks, axis, height);
            axis(g, ticks, width, false);
            hint(g, width, height);
            return;
        }
        double top = view.scrollTop();
        int firstRow = view.firstVisibleRow();
        int lastRow = view.lastVisibleRow();
        int[] scrolled = scrolledLanes(firstRow, lastRow);
        int[] pinned = new int[view.pinnedLanes()];
        for (int lane = 0; lane < pinned.length; lane++) {
            pinned[lane] = lane;
        }
        lanes(g, scrolled, top, height, ticks, width);
        lanes(g, pinned, axis, top, ticks, width);
        g.clip(view.plotLeft(), axis, view.plotWidth(), height - axis);
        future(g, axis, height);
        arrows(g);
        cursor(g, height);
        g.unclip();
        names(g, scrolled, pinned, top, width, height);
        headers(g, firstRow, lastRow, top, width, height);
        if (view.pinnedLanes() > 0) {
            g.line(Ink.AXIS, 0, Math.round(top) + 0.5, width, Math.round(top) + 0.5, 1);
        }
        axis(g, ticks, width, true);
    }

    /** The lanes in scrolling rows {@code first} to {@code last}, top to bottom, without the header rows. */
    private int[] scrolledLanes(int first, int last) {
        LaneRows rows = view.rows();
        int[] lanes = new int[Math.max(0, last - first + 1)];
        int count = 0;
        for (int row = first; row <= last; row++) {
            int lane = rows.laneOf(row);
            if (lane >= 0) {
                lanes[count++] = lane;
            }
        }
        return count == lanes.length ? lanes : Arrays.copyOf(lanes, count);
    }

    /** Lanes {@code lanes} in the band from {@code y0} to {@code y1}. */
    private void lanes(TimelineGraphics g, int[] lanes, double y0, double y1, List<Tick> ticks, double width) {
        if (lanes.length == 0 || y1 <= y0) {
            return;
        }
        g.clip(0, y0, width, y1 - y0);
        int selected = selectedLane();
        double gap = view.s(TimelineViewModel.LANE_GAP) / 2;
        for (int lane : lanes) {
            double row = view.laneTop(lane) - gap;
            if (lane == selected) {
                g.fill(Ink.SELECTION, 0, row, width, view.rowHeight());
            } else if (lane % 2 == 1) {
                g.fill(Ink.STRIPE, 0, row, width, view.rowHeight());
            }
        }
        grid(g, ticks, y0, y1);
        g.clip(view.plotLeft(), y0, view.plotWidth(), y1 - y0);
        for (int lane : lanes) {
            lanePainter.paint(g, lane);
        }
        g.unclip();
        g.unclip();
    }

    /** The header rows of the loops' groups in view: a band across with the loop's name and its number of tasks. */
    private void headers(TimelineGraphics g, int first, int last, double top, double width, double height) {
        LaneRows rows = view.rows();
        if (!rows.grouped()) {
            return;
        }
        g.clip(0, top, width, height - top);
        double size = view.s(NAME_SIZE);
        for (int row = first; row <= last; row++) {
            int lane = rows.laneOf(row);
            if (lane >= 0) {
                continue;
            }
            int loop = -1 - lane;
            double y = Math.round(view.rowTop(row));
            g.fill(Ink.PANEL, 0, y, width, view.rowHeight());
            g.line(Ink.AXIS, 0, y + 0.5, width, y + 0.5, 1);
            g.line(Ink.AXIS, 0, y + Math.round(view.rowHeight()) - 0.5, width,
                    y + Math.round(view.rowHeight()) - 0.5, 1);
            String text = TimelineText.loopGroup(i18n, loop, rows.tasksOf(loop));
            g.text(Ink.TEXT, text, view.s(8), y + view.rowHeight() / 2, size, true, Align.LEFT);
        }
        g.unclip();
    }

    private void arrows(TimelineGraphics g) {
        TimelineModel model = view.model();
        ArrowSeries arrows = model.arrows();
        double left = view.plotLeft();
        double right = view.plotRight();
        int k = view.axisModeProperty().get() == AxisMode.TIME ? arrows.firstAtOrAfter(view.valueAt(left))
                : arrows.firstAtOrAfterEvent(view.eventAt(left));
        double half = view.laneHeight() / 2;
        double bandTop = view.scrollTop() - view.laneHeight();
        double bandBottom = view.heightProperty().get();
        for (int seen = 0; k < arrows.size() && seen < MAX_ARROWS; k++, seen++) {
            double x = Math.round(view.x(view.valueOfEvent(arrows.event(k)))) + 0.5;
            if (x > right) {
                break;
            }
            if (arrows.toTask(k) < 0) {
                continue;
            }
            int from = model.laneOfTask(arrows.fromTask(k));
            int to = model.laneOfTask(arrows.toTask(k));
            double fromTop = view.laneTop(from);
            double toTop = view.laneTop(to);
            if (fromTop < bandTop && toTop < bandTop || fromTop > bandBottom && toTop > bandBottom) {
                continue;
            }
            double y1 = laneY(from) + half;
            double target = laneY(to);
            double y2 = to > from ? target : target + view.laneHeight();
            g.arrow(Ink.ARROW, x, y1, x, y2, view.s(6));
        }
    }

    /** The top of a task lane's bar, kept within the scrolling band so arrows from lanes out of view enter from it. */
    private double laneY(int lane) {
        double y = view.laneTop(lane);
        double min = view.scrollTop() - view.laneHeight();
        double max = view.heightProperty().get() + view.laneHeight();
        return Math.max(min, Math.min(max, y));
    }

    /** Veils what comes after the cursor: a recording runs ahead of the player, and the past should stand out. */
    private void future(TimelineGraphics g, double axis, double height) {
        TimelineModel model = view.model();
        int event = Math.max(0, view.cursorProperty().get());
        if (!view.veilFutureProperty().get() || event >= model.eventCount()) {
            return;
        }
        double left = Math.max(view.plotLeft(), cursorPlace(model));
        if (left < view.plotRight()) {
            g.fill(Ink.FUTURE, left, axis, view.plotRight() - left, height - axis);
        }
    }

    private void cursor(TimelineGraphics g, double height) {
        double x = cursorX();
        if (!Double.isNaN(x)) {
            g.line(Ink.CURSOR, x, view.axisHeight(), x, height, view.s(2));
        }
    }

    private double cursorX() {
        TimelineModel model = view.model();
        if (model.eventCount() == 0) {
            return Double.NaN;
        }
        double x = cursorPlace(model);
        return x < view.plotLeft() || x > view.plotRight() ? Double.NaN : x;
    }

    /** Where the cursor is on the x axis, in or out of view. */
    private double cursorPlace(TimelineModel model) {
        double time = view.cursorTimeProperty().get();
        double x;
        if (!Double.isNaN(time) && view.axisModeProperty().get() == AxisMode.TIME) {
            x = Math.round(view.x(time));
        } else {
            int event = Math.max(0, Math.min(model.eventCount(), view.cursorProperty().get()));
            x = Math.round(view.x(view.valueOfEvent(event)));
        }
        return x;
    }

    private void names(TimelineGraphics g, int[] scrolled, int[] pinned, double top, double width, double height) {
        double columnRight = view.plotLeft();
        g.fill(Ink.PANEL, 0, view.axisHeight(), columnRight, height - view.axisHeight());
        g.clip(0, top, columnRight, height - top);
        for (int lane : scrolled) {
            name(g, lane);
        }
        g.unclip();
        for (int lane : pinned) {
            name(g, lane);
        }
        g.line(Ink.AXIS, Math.round(columnRight) - 0.5, view.axisHeight(), Math.round(columnRight) - 0.5, height, 1);
    }

    private void name(TimelineGraphics g, int lane) {
        TimelineModel model = view.model();
        boolean selected = lane == selectedLane();
        double gap = view.s(TimelineViewModel.LANE_GAP) / 2;
        double row = view.laneTop(lane) - gap;
        if (selected) {
            g.fill(Ink.SELECTION, 0, row, view.plotLeft(), view.rowHeight());
        }
        double size = view.s(NAME_SIZE);
        boolean loop = lane < model.loopCount();
        String name = fit(g, TimelineText.laneName(i18n, model, lane), view.plotLeft() - view.s(14), size,
                loop || selected);
        if (name != null) {
            g.text(selected ? Ink.SELECTION_TEXT : Ink.TEXT, name, view.plotLeft() - view.s(8),
                    view.laneTop(lane) + view.laneHeight() / 2, size, loop || selected, Align.RIGHT);
        }
    }

    private int selectedLane() {
        int task = view.selectedTaskProperty().get();
        return task >= 0 && task < view.model().taskCount() ? view.model().laneOfTask(task) : -1;
    }

    private void grid(TimelineGraphics g, List<Tick> ticks, double y0, double y1) {
        for (Tick tick : ticks) {
            g.line(Ink.GRID, tick.x(), y0, tick.x(), y1, 1);
        }
    }

    private void axis(TimelineGraphics g, List<Tick> ticks, double width, boolean withCursor) {
        double axis = view.axisHeight();
        g.fill(Ink.PANEL, 0, 0, width, axis);
        double size = view.s(LABEL_SIZE);
        for (Tick tick : ticks) {
            g.line(Ink.AXIS, tick.x(), axis - view.s(6), tick.x(), axis, 1);
            g.text(Ink.TEXT, tick.label(), tick.x(), axis * 0.42, size, false, Align.CENTER);
        }
        g.line(Ink.AXIS, view.plotLeft(), Math.round(axis) - 0.5, view.plotRight(), Math.round(axis) - 0.5, 1);
        String title = view.axisModeProperty().get() == AxisMode.TIME ? TimelineText.timeAxis(i18n)
                : TimelineText.iterationAxis(i18n);
        g.text(Ink.MUTED, title, view.s(8), axis * 0.42, size, false, Align.LEFT);
        double x = withCursor ? cursorX() : Double.NaN;
        if (!Double.isNaN(x)) {
            g.triangle(Ink.CURSOR, x, axis, view.s(7), true, false);
        }
    }

    private List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        double start = view.viewStartProperty().get();
        double end = view.viewEnd();
        double spacing = view.s(TimelineViewModel.MIN_TICK_SPACING);
        double plotWidth = view.plotWidth();
        if (!(end > start) || plotWidth <= 0) {
            return ticks;
        }
        if (view.axisModeProperty().get() == AxisMode.TIME) {
            for (TimeAxis.Tick tick : new TimeAxis(start, end, plotWidth).ticks(spacing)) {
                if (tick.seconds() >= -1e-12) {
                    ticks.add(new Tick(Math.round(view.plotLeft() + tick.x()) + 0.5, tick.label()));
                }
            }
            return ticks;
        }
        // Iteration numbers are short: their ticks may be closer.
        long step = Math.max(1, Math.round(new TimeAxis(start, end, plotWidth).step(spacing / 2)));
        for (long i = Math.max(0, (long) Math.ceil(start / step)); i * step <= end; i++) {
            ticks.add(new Tick(Math.round(view.x(i * step)) + 0.5, TimelineText.iteration(i * step)));
        }
        return ticks;
    }

    private void hint(TimelineGraphics g, double width, double height) {
        double x = (view.plotLeft() + view.plotRight()) / 2;
        double y = view.axisHeight() + (height - view.axisHeight()) / 2;
        g.text(Ink.MUTED, TimelineText.noRun(i18n), x, y - view.s(14), view.s(20), true, Align.CENTER);
        g.text(Ink.MUTED, TimelineText.noRunHint(i18n), x, y + view.s(14), view.s(13), false, Align.CENTER);
    }

    /** {@code text}, shortened with an ellipsis to fit {@code room} pixels, or null if not even that fits. */
    static String fit(TimelineGraphics g, String text, double room, double size, boolean bold) {
        if (g.textWidth(text, size, bold) <= room) {
            return text;
        }
        // The longest prefix that fits with the ellipsis, by bisection.
        int low = 0;
        int high = text.length() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (g.textWidth(text.substring(0, mid) + "\u2026", size, bold) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? null : text.substring(0, low) + "\u2026";
    }
}
