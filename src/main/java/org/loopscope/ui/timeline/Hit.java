package org.loopscope.ui.timeline;

import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.SliceSeries;
import org.loopscope.session.view.TimelineModel;

/** What is under a point of the timeline. */
public sealed interface Hit {

    /** The task that pointing here is about (for selection), or -1. */
    int task(TimelineModel model);

    /** Nothing: empty space, or no run. */
    record None() implements Hit {
        @Override
        public int task(TimelineModel model) {
            return -1;
        }
    }

    /** The time axis band, at the event boundary {@code event}. */
    record Axis(int event) implements Hit {
        @Override
        public int task(TimelineModel model) {
            return -1;
        }
    }

    /** A lane's name in the left column. */
    record LaneName(int lane) implements Hit {
        @Override
        public int task(TimelineModel model) {
            return model.taskOfLane(lane);
        }
    }

    /** Slice {@code slice} of a lane: of its {@link TimelineModel#slices} or, if {@code blocked}, its blocked spans. */
    record Slice(int lane, int slice, boolean blocked) implements Hit {
        @Override
        public int task(TimelineModel model) {
            SliceSeries series = blocked ? model.blocked(lane) : model.slices(lane);
            LaneState state = series.state(slice);
            return state == LaneState.IDLE || state == LaneState.CALLBACK ? -1 : series.task(slice);
        }
    }

    /** Marker {@code marker} of a lane: of its {@link TimelineModel#timers} if {@code timer}, else its callbacks. */
    record Marker(int lane, int marker, boolean timer) implements Hit {
        @Override
        public int task(TimelineModel model) {
            return model.taskOfLane(lane);
        }
    }
}
