package org.loopscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.Recorded;
import org.loopscope.session.view.SliceSeries;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.trace.Trace;

/** The timeline's geometry and moves, without a screen. */
class TimelineViewModelTest {

    private final Recorded run = new Recorded();
    private final TimelineViewModel view = new TimelineViewModel();

    TimelineViewModelTest() {
        view.widthProperty().set(1140);
        view.heightProperty().set(600);
    }

    private TimelineModel gather() {
        TimelineModel model = TimelineModel.of(run.gatherOfThreeSleepers());
        view.showModel(model);
        return model;
    }

    @Test
    void aFittedViewMapsTheWholeRunOntoThePlotAndBack() {
        gather();

        assertThat(view.viewStartProperty().get()).isZero();
        assertThat(view.x(0)).isEqualTo(view.plotLeft());
        assertThat(view.x(view.viewEnd())).isEqualTo(view.plotRight(), within(1e-9));
        // The run (3 s) ends a little before the right edge.
        assertThat(view.x(3.0)).isLessThan(view.plotRight()).isGreaterThan(view.plotRight() - 0.1 * view.plotWidth());
        for (double x : new double[] {view.plotLeft(), 300, 777.5, view.plotRight()}) {
            assertThat(view.x(view.valueAt(x))).isEqualTo(x, within(1e-9));
        }
        assertThat(view.valueAt(view.x(1.25))).isEqualTo(1.25, within(1e-12));
    }

    @Test
    void onTheIterationAxisEventsArePlacedByTheirPosition() {
        TimelineModel model = gather();
        view.axisModeProperty().set(AxisMode.ITERATIONS);

        assertThat(view.viewEnd()).isGreaterThanOrEqualTo(model.positionEnd());
        double before = Double.NEGATIVE_INFINITY;
        for (int e = 0; e <= model.eventCount(); e++) {
            double x = view.x(view.valueOfEvent(e));
            assertThat(view.valueOfEvent(e)).isEqualTo(model.positionOf(e));
            assertThat(x).isGreaterThan(before);
            assertThat(view.eventAt(x)).isEqualTo(e);
            before = x;
        }
    }

    @Test
    void zoomingAroundAPointKeepsThatPointWhereItIs() {
        gather();
        double x = 400;
        double value = view.valueAt(x);
        double span = view.viewSpanProperty().get();

        view.zoomAround(x, 4);
        assertThat(view.valueAt(x)).isEqualTo(value, within(1e-12));
        assertThat(view.viewSpanProperty().get()).isEqualTo(span / 4, within(1e-12));

        view.zoomAround(x, 0.5);
        assertThat(view.valueAt(x)).isEqualTo(value, within(1e-12));
        assertThat(view.viewSpanProperty().get()).isEqualTo(span / 2, within(1e-12));

        view.axisModeProperty().set(AxisMode.ITERATIONS);
        double position = view.valueAt(x);
        view.zoomAround(x, 3);
        assertThat(view.valueAt(x)).isEqualTo(position, within(1e-9));
    }

    @Test
    void stepsThatTakeNoTimeGetAWidthOnlyOnTheIterationAxis() {
        TimelineModel model = gather();
        SliceSeries loop = model.slices(0);
        int steps = 0;
        for (int k = 0; k < loop.size(); k++) {
            if (loop.state(k) != LaneState.STEP) {
                continue;
            }
            steps++;
            view.axisModeProperty().set(AxisMode.TIME);
            assertThat(view.x(view.endValue(loop, k)) - view.x(view.startValue(loop, k))).isZero();
            view.axisModeProperty().set(AxisMode.ITERATIONS);
            assertThat(view.x(view.endValue(loop, k)) - view.x(view.startValue(loop, k))).isGreaterThan(10);
        }
        assertThat(steps).isGreaterThan(5);
    }

    @Test
    void switchingTheAxisKeepsTheSameEventsInView() {
        TimelineModel model = gather();
        view.zoomAround(view.x(1.0), 5);
        int first = view.eventAt(view.plotLeft());
        int last = view.eventAt(view.plotRight());

        view.axisModeProperty().set(AxisMode.ITERATIONS);

        assertThat(view.viewStartProperty().get()).isEqualTo(model.positionOf(first), within(1e-9));
        assertThat(view.viewEnd()).isEqualTo(model.positionOf(last), within(1e-9));
    }

    @Test
    void aGrowingRunStaysFittedOrFollowsTheEndOrStaysWhereTheUserPanned() {
        Trace whole = run.gatherOfThreeSleepers();
        TimelineModel early = TimelineModel.of(run.snapshots.get(run.snapshots.size() / 2));
        view.showModel(early);
        double earlyEnd = view.rangeEnd();

        // Fitted: still the whole run after it grows.
        TimelineModel grown = early.extendedTo(whole);
        view.showModel(grown);
        assertThat(view.viewStartProperty().get()).isZero();
        assertThat(view.viewEnd()).isGreaterThanOrEqualTo(3.0);

        // Panned away from the end: the view stays.
        TimelineViewModel panned = new TimelineViewModel();
        panned.widthProperty().set(1140);
        panned.showModel(early);
        panned.zoomAround(panned.plotLeft(), 10);
        assertThat(panned.followingProperty().get()).isFalse();
        double start = panned.viewStartProperty().get();
        double span = panned.viewSpanProperty().get();
        panned.showModel(early.extendedTo(whole));
        assertThat(panned.viewStartProperty().get()).isEqualTo(start);
        assertThat(panned.viewSpanProperty().get()).isEqualTo(span);

        // Zoomed in on the end: the zoom is kept and the view moves along with the end.
        TimelineViewModel following = new TimelineViewModel();
        following.widthProperty().set(1140);
        TimelineModel first = TimelineModel.of(run.snapshots.get(run.snapshots.size() / 2));
        following.showModel(first);
        following.zoomAround(following.x(earlyEnd), 4);
        assertThat(following.followingProperty().get()).isTrue();
        double zoomed = following.viewSpanProperty().get();
        following.showModel(first.extendedTo(whole));
        assertThat(following.viewSpanProperty().get()).isEqualTo(zoomed);
        assertThat(following.viewEnd()).isGreaterThanOrEqualTo(3.0);
        assertThat(following.viewStartProperty().get()).isGreaterThan(0);
    }

    @Test
    void aClickOnALaneSelectsItsTaskAndTheTooltipSaysWhatIsThere() {
        TimelineModel model = gather();
        int lane = model.laneOfTask(1);
        double y = view.laneTop(lane) + view.laneHeight() / 2;

        view.clickAt(view.x(0.5), y);
        assertThat(view.selectedTaskProperty().get()).isEqualTo(1);

        String tip = view.tooltipAt(view.x(0.5), y);
        assertThat(tip).startsWith("Task-2 \u2014 WAITING").contains("since 0 s, until 1 s", "awaiting sleep(1)",
                "line 2");

        view.clickAt(view.plotLeft() - 20, view.laneTop(model.laneOfTask(2)) + 2);
        assertThat(view.selectedTaskProperty().get()).isEqualTo(2);
        assertThat(view.tooltipAt(view.plotLeft() - 20, view.laneTop(model.laneOfTask(2)) + 2))
                .isEqualTo("Task-3\ncreated by Task-1");
        // The loop idle between timers: no task.
        view.clickAt(view.x(1.5), view.laneTop(0) + view.laneHeight() / 2);
        assertThat(view.selectedTaskProperty().get()).isEqualTo(-1);
        assertThat(view.tooltipAt(view.x(1.5), view.laneTop(0) + view.laneHeight() / 2))
                .startsWith("event loop \u2014 idle");
    }

    @Test
    void theTooltipsSpeakTheWindowsLanguage() {
        TimelineModel model = gather();
        org.loopscope.ui.i18n.I18n i18n = new org.loopscope.ui.i18n.I18n(org.loopscope.ui.i18n.UiLanguage.ZH_HANS);
        view.localize(i18n);
        double y = view.laneTop(model.laneOfTask(1)) + view.laneHeight() / 2;
        assertThat(view.tooltipAt(view.x(0.5), y)).startsWith("Task-2 \u2014 WAITING")
                .contains("从 0 秒 到 1 秒", "等待 sleep(1)", "第 2 行");
        assertThat(view.tooltipAt(view.x(1.5), view.laneTop(0) + view.laneHeight() / 2))
                .startsWith("事件循环 \u2014 空闲");
        i18n.languageProperty().set(org.loopscope.ui.i18n.UiLanguage.ZH_HANT);
        assertThat(view.tooltipAt(view.plotLeft() - 20, view.laneTop(model.laneOfTask(2)) + 2))
                .isEqualTo("Task-3\n由 Task-1 建立");
    }

    @Test
    void aClickOnTheAxisPutsTheCursorAtTheFirstEventOfThatInstant() {
        TimelineModel model = gather();

        view.setCursorAt(view.x(1.0));

        assertThat(view.cursorProperty().get()).isEqualTo(model.eventAtTime(1.0));
        assertThat(view.hitAt(view.x(2.0), 5)).isEqualTo(new Hit.Axis(model.eventAtTime(2.0)));
    }

    @Test
    void theTaskLanesScrollUnderTheLoopLane() {
        TimelineModel model = TimelineModel.of(run.manySleepers(200, 1));
        view.showModel(model);
        double loopTop = view.laneTop(0);
        double taskTop = view.laneTop(50);

        view.panBy(0, -300);

        assertThat(view.scrollYProperty().get()).isEqualTo(300);
        assertThat(view.laneTop(0)).isEqualTo(loopTop);
        assertThat(view.laneTop(50)).isEqualTo(taskTop - 300);
        assertThat(view.laneAt(view.laneTop(50) + 1)).isEqualTo(50);
        assertThat(view.laneAt(view.laneTop(0) + 1)).isEqualTo(0);

        view.panBy(0, -1e9);
        assertThat(view.rows().laneOf(view.lastVisibleRow())).isEqualTo(model.laneCount() - 1);
        view.selectedTaskProperty().set(3);
        assertThat(view.laneTop(model.laneOfTask(3))).isBetween(view.scrollTop(), 600.0);
    }
}
