package org.loopscope.session.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.loopscope.session.view.LaneState.CANCELLED;
import static org.loopscope.session.view.LaneState.DONE;
import static org.loopscope.session.view.LaneState.PENDING;
import static org.loopscope.session.view.LaneState.RUNNING;
import static org.loopscope.session.view.LaneState.WAITING;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.LoopActivity;
import org.loopscope.trace.LoopInterval;
import org.loopscope.trace.Trace;

/** The timeline's model of recorded programs: lanes, slices, markers and awaits. */
class TimelineModelTest {

    private final Recorded run = new Recorded();

    @Test
    void aGatherOfThreeSleepersHasALoopLaneAndOneLanePerTaskInCreationOrder() {
        TimelineModel model = TimelineModel.of(run.gatherOfThreeSleepers());

        assertThat(model.loopCount()).isEqualTo(1);
        assertThat(model.lane(0).isLoop()).isTrue();
        List<String> names = new ArrayList<>();
        for (int lane = 1; lane < model.laneCount(); lane++) {
            names.add(model.lane(lane).name());
        }
        // main, its three children, then asyncio.run's own shutdown tasks.
        assertThat(names).startsWith("Task-1", "Task-2", "Task-3", "Task-4");
        assertThat(model.lane(model.laneOfTask(1)).parent()).isEqualTo(0);
        assertThat(model.lane(model.laneOfTask(0)).parent()).isEqualTo(-1);
        assertThat(model.endTime()).isEqualTo(3.0, within(1e-9));
    }

    @Test
    void eachSleeperWaitsOnItsSleepFromZeroToItsDelayThenIsDone() {
        TimelineModel model = TimelineModel.of(run.gatherOfThreeSleepers());

        for (int d = 1; d <= 3; d++) {
            int lane = model.laneOfTask(d);
            SliceSeries slices = model.slices(lane);
            List<LaneState> states = new ArrayList<>();
            for (int k = 0; k < slices.size(); k++) {
                states.add(slices.state(k));
            }
            assertThat(states).containsExactly(PENDING, RUNNING, WAITING, PENDING, RUNNING, DONE);
            Slice waiting = model.slice(lane, 2);
            assertThat(waiting.start()).isZero();
            assertThat(waiting.end()).isEqualTo(d, within(1e-9));
            assertThat(waiting.text()).isEqualTo("sleep(" + d + ")");
            assertThat(waiting.line()).isEqualTo(2);
            assertThat(waiting.awaitedTask()).isEqualTo(-1);
            // No gaps: each slice ends where the next begins, in time and in events.
            for (int k = 1; k < slices.size(); k++) {
                assertThat(slices.end(k - 1)).isEqualTo(slices.start(k));
                assertThat(slices.endEvent(k - 1)).isEqualTo(slices.startEvent(k));
            }
            Slice done = model.slice(lane, 5);
            assertThat(done.endEvent()).isEqualTo(model.eventCount());
            assertThat(done.end()).isEqualTo(model.endTime());
            // The timer of the sleep is marked at its deadline on the sleeper's lane.
            MarkerSeries timers = model.timers(lane);
            assertThat(timers.size()).isEqualTo(1);
            assertThat(timers.marker(0).kind()).isEqualTo(Marker.Kind.TIMER);
            assertThat(timers.time(0)).isEqualTo(d, within(1e-9));
            assertThat(timers.text(0)).isEqualTo("sleep(" + d + ")");
        }
        Slice main = model.slice(model.laneOfTask(0), 2);
        assertThat(main.state()).isEqualTo(WAITING);
        assertThat(main.text()).isEqualTo("gather");
        assertThat(main.line()).isEqualTo(6);
        assertThat(main.end()).isEqualTo(3.0, within(1e-9));
    }

    @Test
    void theLoopLaneIsIdleBetweenTheTimersAndMatchesTheTracesLoopIntervals() {
        Trace trace = run.gatherOfThreeSleepers();
        TimelineModel model = TimelineModel.of(trace);
        SliceSeries loop = model.slices(0);

        List<double[]> idle = new ArrayList<>();
        for (int k = 0; k < loop.size(); k++) {
            if (loop.state(k) == LaneState.IDLE) {
                idle.add(new double[] {loop.start(k), loop.end(k)});
            }
        }
        assertThat(idle).hasSize(3);
        for (int d = 0; d < 3; d++) {
            assertThat(idle.get(d)[0]).isEqualTo(d, within(1e-9));
            assertThat(idle.get(d)[1]).isEqualTo(d + 1, within(1e-9));
        }
        List<LoopInterval> expected = trace.loopIntervals().stream()
                .filter(interval -> interval.activity() != LoopActivity.BLOCKED).toList();
        assertThat(loop.size()).isEqualTo(expected.size());
        for (int k = 0; k < loop.size(); k++) {
            LoopInterval interval = expected.get(k);
            assertThat(loop.state(k).name()).isEqualTo(interval.activity().name());
            assertThat(loop.startEvent(k)).isEqualTo(interval.startEvent());
            assertThat(loop.endEvent(k)).isEqualTo(interval.endEvent());
            assertThat(loop.start(k)).isEqualTo(interval.start());
            assertThat(loop.end(k)).isEqualTo(interval.end());
            assertThat(loop.task(k)).isEqualTo(interval.task());
        }
    }

    @Test
    void aBlockingSleepGivesABlockedSliceOnTheLoopLaneReachingToTheEndOfItsStep() {
        TimelineModel model = TimelineModel.of(run.blockingVersusAsyncSleep());
        SliceSeries blocked = model.blocked(0);

        assertThat(blocked.size()).isEqualTo(3);
        SliceSeries steps = model.slices(0);
        for (int k = 0; k < 3; k++) {
            Slice span = model.blockedSlice(0, k);
            assertThat(span.state()).isEqualTo(LaneState.BLOCKED);
            assertThat(span.start()).isEqualTo(0.2 * k, within(1e-9));
            assertThat(span.duration()).isEqualTo(0.2, within(1e-9));
            assertThat(span.text()).isEqualTo("time.sleep");
            assertThat(model.lane(model.laneOfTask(span.task())).name()).isEqualTo("Task-" + (k + 2));
            // It lies inside the step of its task, and ends with it.
            int step = steps.lastStartingAtOrBefore(span.startEvent());
            assertThat(steps.state(step)).isEqualTo(LaneState.STEP);
            assertThat(steps.task(step)).isEqualTo(span.task());
            assertThat(span.endEvent()).isEqualTo(steps.endEvent(step));
        }
        // The cooperative sleepers wait side by side, from 0.6 to 0.8.
        for (int task = 4; task <= 6; task++) {
            Slice waiting = model.slice(model.laneOfTask(task), 2);
            assertThat(waiting.state()).isEqualTo(WAITING);
            assertThat(waiting.start()).isEqualTo(0.6, within(1e-9));
            assertThat(waiting.end()).isEqualTo(0.8, within(1e-9));
        }
        assertThat(model.blocked(model.laneOfTask(0)).size()).isZero();
    }

    @Test
    void aCancelledTaskEndsCancelledAndItsTimerIsMarkedCancelled() {
        TimelineModel model = TimelineModel.of(run.cancelASleeper());
        int lane = model.laneOfTask(1);
        SliceSeries slices = model.slices(lane);

        assertThat(slices.state(slices.size() - 1)).isEqualTo(CANCELLED);
        assertThat(slices.start(slices.size() - 1)).isEqualTo(0.05, within(1e-9));
        MarkerSeries timers = model.timers(lane);
        assertThat(timers.size()).isEqualTo(2);
        assertThat(timers.kind(0)).isEqualTo(Marker.Kind.TIMER);
        assertThat(timers.kind(1)).isEqualTo(Marker.Kind.TIMER_CANCELLED);
        assertThat(timers.time(1)).isEqualTo(10, within(1e-9));
        assertThat(model.timeOf(timers.event(1))).isEqualTo(0.05, within(1e-9));
        // main awaits the task itself: an await that points at its lane.
        ArrowSeries arrows = model.arrows();
        List<AwaitArrow> toTasks = new ArrayList<>();
        for (int k = 0; k < arrows.size(); k++) {
            if (arrows.arrow(k).toLane()) {
                toTasks.add(arrows.arrow(k));
            }
        }
        assertThat(toTasks).extracting(AwaitArrow::fromTask, AwaitArrow::toTask, AwaitArrow::awaited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1, "Task-2"));
        assertThat(toTasks.get(0).time()).isEqualTo(0.05, within(1e-9));
    }

    @Test
    void theAwaitsOfAGatherAreInTheOrderTheyBegan() {
        TimelineModel model = TimelineModel.of(run.gatherOfThreeSleepers());
        ArrowSeries arrows = model.arrows();

        List<String> awaited = new ArrayList<>();
        for (int k = 0; k < arrows.size(); k++) {
            awaited.add(arrows.awaited(k));
            assertThat(arrows.toTask(k)).isEqualTo(-1);
        }
        assertThat(awaited).containsExactly("gather", "sleep(1)", "sleep(2)", "sleep(3)");
        assertThat(arrows.firstAtOrAfter(0.5)).isEqualTo(4);
    }
}
