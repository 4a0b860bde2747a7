package org.loopscope.ui.timeline;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.loopscope.session.view.Lane;
import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.MarkerSeries;
import org.loopscope.session.view.Slice;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.i18n.I18n;

/**
 * Every word the timeline shows a person, in one place: control labels, axis titles, lane names of loops, and the
 * tooltips that describe what is under the mouse. The axis title and the empty timeline's texts come from the
 * window's {@link I18n}; the others are English here, to be moved into the bundles.
 */
final class TimelineText {

    static final String TIME = "Time";
    static final String ITERATIONS = "Iterations";
    static final String TIME_TIP = "x axis: virtual time";
    static final String ITERATIONS_TIP = "x axis: loop iterations, each the same width";
    static final String ZOOM_IN = "+";
    static final String ZOOM_IN_TIP = "Zoom in (+, Ctrl+wheel)";
    static final String ZOOM_OUT = "\u2212";
    static final String ZOOM_OUT_TIP = "Zoom out (\u2212, Ctrl+wheel)";
    static final String FIT = "Fit";
    static final String FIT_TIP = "Show the whole run (0)";
    static final String ITERATION_AXIS = "loop iteration";

    private TimelineText() {
    }

    /** The title of the time axis. */
    static String timeAxis(I18n i18n) {
        return i18n.text("timeline.axis");
    }

    /** The big line of an empty timeline. */
    static String noRun(I18n i18n) {
        return i18n.text("timeline.empty.title");
    }

    /** The line under it. */
    static String noRunHint(I18n i18n) {
        return i18n.text("timeline.empty.hint");
    }

    /** The name of loop {@code loop}'s lane. */
    static String loopName(int loop, int loops) {
        return loops == 1 ? "event loop" : "event loop " + (loop + 1);
    }

    /** The header of loop {@code loop}'s group of lanes, when a run has several loops: its name and its tasks. */
    static String loopGroup(I18n i18n, int loop, int tasks) {
        return i18n.text("timeline.loopGroup", loop + 1, tasks);
    }

    /** The name of a lane. */
    static String laneName(TimelineModel model, int lane) {
        Lane of = model.lane(lane);
        return of.isLoop() ? loopName(of.loop(), model.loopCount()) : of.name();
    }

    /** Seconds as a person writes them: {@code 0 s}, {@code 1.2 s}, {@code 0.05 s}. */
    static String seconds(double seconds) {
        BigDecimal rounded = new BigDecimal(seconds).round(new MathContext(6)).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return text + " s";
    }

    /** What a hit shows, for a tooltip; null for nothing. */
    static String describe(TimelineModel model, Hit hit) {
        if (hit instanceof Hit.LaneName name) {
            return laneTip(model, name.lane());
        }
        if (hit instanceof Hit.Slice slice) {
            return sliceTip(model, slice.blocked() ? model.blockedSlice(slice.lane(), slice.slice())
                    : model.slice(slice.lane(), slice.slice()));
        }
        if (hit instanceof Hit.Marker marker) {
            return markerTip(model, marker);
        }
        return null;
    }

    private static String laneTip(TimelineModel model, int lane) {
        Lane of = model.lane(lane);
        if (of.isLoop()) {
            return laneName(model, lane);
        }
        String loop = model.loopCount() > 1 ? ", on " + loopName(of.loop(), model.loopCount()) : "";
        return of.parent() < 0 ? of.name() + loop
                : of.name() + "\ncreated by " + model.taskName(of.parent()) + loop;
    }

    private static String sliceTip(TimelineModel model, Slice slice) {
        StringBuilder text = new StringBuilder(laneName(model, slice.lane())).append(" \u2014 ");
        text.append(what(model, slice)).append('\n');
        boolean open = slice.endEvent() >= model.eventCount() && !slice.state().loopActivity();
        text.append("since ").append(seconds(slice.start()));
        text.append(open ? ", to the end of the run so far" : ", until " + seconds(slice.end()));
        if (!open && slice.duration() > 0) {
            text.append(" (").append(seconds(slice.duration())).append(')');
        }
        text.append('\n');
        text.append(slice.startIteration() == slice.endIteration() ? "iteration " + slice.startIteration()
                : "iterations " + slice.startIteration() + " to " + slice.endIteration());
        if (slice.state() == LaneState.WAITING && slice.text() != null) {
            text.append("\nawaiting ").append(slice.text());
        }
        if (slice.line() >= 0) {
            text.append("\nline ").append(slice.line());
        }
        return text.toString();
    }

    private static String what(TimelineModel model, Slice slice) {
        String task = slice.task() >= 0 ? model.taskName(slice.task()) : null;
        return switch (slice.state()) {
            case STEP -> "running a step of " + task;
            case CALLBACK -> "running the callback " + slice.text();
            case IDLE -> "idle, waiting for the next timer";
            case BLOCKED -> "blocked by " + slice.text() + (task != null ? " in " + task : "");
            case FAILED, CANCELLED -> slice.state() + (slice.text() != null ? ": " + slice.text() : "");
            default -> slice.state().name();
        };
    }

    private static String markerTip(TimelineModel model, Hit.Marker hit) {
        MarkerSeries markers = hit.timer() ? model.timers(hit.lane()) : model.callbacks(hit.lane());
        int k = hit.marker();
        String by = laneName(model, hit.lane());
        double at = model.timeOf(markers.event(k));
        return switch (markers.kind(k)) {
            case TIMER -> String.format(Locale.ROOT, "timer %s of %s\ndue at %s, armed at %s", markers.text(k), by,
                    seconds(markers.time(k)), seconds(at));
            case TIMER_CANCELLED -> String.format(Locale.ROOT, "timer %s of %s\ndue at %s, cancelled at %s",
                    markers.text(k), by, seconds(markers.time(k)), seconds(at));
            case CALLBACK -> String.format(Locale.ROOT, "callback %s\nscheduled by %s at %s", markers.text(k), by,
                    seconds(at));
        };
    }

    /** The label an axis tick of the iteration axis gets. */
    static String iteration(long iteration) {
        return Long.toString(iteration);
    }
}
