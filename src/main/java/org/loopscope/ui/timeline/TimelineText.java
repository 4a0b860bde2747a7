package org.loopscope.ui.timeline;

import java.math.BigDecimal;
import java.math.MathContext;
import org.loopscope.session.view.Lane;
import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.MarkerSeries;
import org.loopscope.session.view.Slice;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.i18n.I18n;

/**
 * Every word the timeline shows a person, in one place: control labels, axis titles, lane names of loops, and the
 * tooltips that describe what is under the mouse, all from the window's {@link I18n} in its current language. Task
 * names and asyncio's state names (PENDING, RUNNING...) stay as asyncio writes them in every language.
 */
final class TimelineText {

    static final String ZOOM_IN = "+";
    static final String ZOOM_OUT = "\u2212";

    private TimelineText() {
    }

    /** The title of the time axis. */
    static String timeAxis(I18n i18n) {
        return i18n.text("timeline.axis");
    }

    /** The title of the iteration axis. */
    static String iterationAxis(I18n i18n) {
        return i18n.text("timeline.axis.iterations");
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
    static String loopName(I18n i18n, int loop, int loops) {
        return loops == 1 ? i18n.text("timeline.loop") : i18n.text("timeline.loop.numbered", String.valueOf(loop + 1));
    }

    /** The header of loop {@code loop}'s group of lanes, when a run has several loops: its name and its tasks. */
    static String loopGroup(I18n i18n, int loop, int tasks) {
        return i18n.text("timeline.loopGroup", String.valueOf(loop + 1), String.valueOf(tasks));
    }

    /** The name of a lane. */
    static String laneName(I18n i18n, TimelineModel model, int lane) {
        Lane of = model.lane(lane);
        return of.isLoop() ? loopName(i18n, of.loop(), model.loopCount()) : of.name();
    }

    /** Seconds as a person writes them: {@code 0 s}, {@code 1.2 s}, {@code 0.05 s}. */
    static String seconds(I18n i18n, double seconds) {
        BigDecimal rounded = new BigDecimal(seconds).round(new MathContext(6)).stripTrailingZeros();
        String text = rounded.signum() == 0 ? "0" : rounded.toPlainString();
        return i18n.text("timeline.seconds", text);
    }

    /** What a hit shows, for a tooltip; null for nothing. */
    static String describe(I18n i18n, TimelineModel model, Hit hit) {
        if (hit instanceof Hit.LaneName name) {
            return laneTip(i18n, model, name.lane());
        }
        if (hit instanceof Hit.Slice slice) {
            return sliceTip(i18n, model, slice.blocked() ? model.blockedSlice(slice.lane(), slice.slice())
                    : model.slice(slice.lane(), slice.slice()));
        }
        if (hit instanceof Hit.Marker marker) {
            return markerTip(i18n, model, marker);
        }
        return null;
    }

    private static String laneTip(I18n i18n, TimelineModel model, int lane) {
        Lane of = model.lane(lane);
        if (of.isLoop()) {
            return laneName(i18n, model, lane);
        }
        String loop = model.loopCount() > 1
                ? i18n.text("timeline.tip.onLoop", loopName(i18n, of.loop(), model.loopCount())) : "";
        return of.parent() < 0 ? of.name() + loop
                : i18n.text("timeline.tip.createdBy", of.name(), model.taskName(of.parent()), loop);
    }

    private static String sliceTip(I18n i18n, TimelineModel model, Slice slice) {
        StringBuilder text = new StringBuilder(laneName(i18n, model, slice.lane())).append(" \u2014 ");
        text.append(what(i18n, model, slice)).append('\n');
        boolean open = slice.endEvent() >= model.eventCount() && !slice.state().loopActivity();
        String since = seconds(i18n, slice.start());
        if (open) {
            text.append(i18n.text("timeline.tip.open", since));
        } else if (slice.duration() > 0) {
            text.append(i18n.text("timeline.tip.spanFor", since, seconds(i18n, slice.end()),
                    seconds(i18n, slice.duration())));
        } else {
            text.append(i18n.text("timeline.tip.span", since, seconds(i18n, slice.end())));
        }
        text.append('\n');
        text.append(slice.startIteration() == slice.endIteration()
                ? i18n.text("timeline.tip.iteration", String.valueOf(slice.startIteration()))
                : i18n.text("timeline.tip.iterations", String.valueOf(slice.startIteration()),
                        String.valueOf(slice.endIteration())));
        if (slice.state() == LaneState.WAITING && slice.text() != null) {
            text.append('\n').append(i18n.text("timeline.tip.awaiting", slice.text()));
        }
        if (slice.line() >= 0) {
            text.append('\n').append(i18n.text("timeline.tip.line", String.valueOf(slice.line())));
        }
        return text.toString();
    }

    private static String what(I18n i18n, TimelineModel model, Slice slice) {
        String task = slice.task() >= 0 ? model.taskName(slice.task()) : null;
        return switch (slice.state()) {
            case STEP -> i18n.text("timeline.tip.step", task);
            case CALLBACK -> i18n.text("timeline.tip.callback", slice.text());
            case IDLE -> i18n.text("timeline.tip.idle");
            case BLOCKED -> task != null ? i18n.text("timeline.tip.blockedIn", slice.text(), task)
                    : i18n.text("timeline.tip.blocked", slice.text());
            case FAILED, CANCELLED -> slice.state() + (slice.text() != null ? ": " + slice.text() : "");
            default -> slice.state().name();
        };
    }

    private static String markerTip(I18n i18n, TimelineModel model, Hit.Marker hit) {
        MarkerSeries markers = hit.timer() ? model.timers(hit.lane()) : model.callbacks(hit.lane());
        int k = hit.marker();
        String by = laneName(i18n, model, hit.lane());
        String at = seconds(i18n, model.timeOf(markers.event(k)));
        return switch (markers.kind(k)) {
            case TIMER -> i18n.text("timeline.tip.timer", markers.text(k), by, seconds(i18n, markers.time(k)), at);
            case TIMER_CANCELLED -> i18n.text("timeline.tip.timerCancelled", markers.text(k), by,
                    seconds(i18n, markers.time(k)), at);
            case CALLBACK -> i18n.text("timeline.tip.callbackMarker", markers.text(k), by, at);
        };
    }

    /** The label an axis tick of the iteration axis gets. */
    static String iteration(long iteration) {
        return Long.toString(iteration);
    }
}
