package org.loopscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopscope.session.view.LaneState;
import org.loopscope.session.view.Recorded;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline on a headless screen: the colours it paints where the slices are, and the mouse (hover, click,
 * Ctrl+wheel) through the real canvas. The program is 04_blocking_vs_async_sleep
 * ({@link Recorded#blockingVersusAsyncSleep}).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private static final TimelineModel MODEL = TimelineModel.of(new Recorded().blockingVersusAsyncSleep());

    private TimelineView view;
    private TimelineViewModel vm;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        vm = view.viewModel();
        view.showModel(MODEL);
        stage.setScene(new Scene(view, 1000, 420));
        stage.show();
    }

    private Point2D screen(double x, double y) {
        return view.canvas().localToScreen(x, y);
    }

    private double laneMiddle(int task) {
        return vm.laneTop(MODEL.laneOfTask(task)) + vm.laneHeight() / 2;
    }

    /**
     * Whether a small patch around (x, y) is painted in the state's colour: at least a third of its pixels have it
     * exactly (the rest are its pattern's ink, or where a hatch line crosses).
     */
    private static boolean mostly(BufferedImage picture, double x, double y, Color colour) {
        int matching = 0;
        int all = 0;
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                int rgb = picture.getRGB((int) x + dx, (int) y + dy);
                all++;
                if (Math.abs((rgb >> 16 & 0xff) - colour.getRed() * 255) <= 12
                        && Math.abs((rgb >> 8 & 0xff) - colour.getGreen() * 255) <= 12
                        && Math.abs((rgb & 0xff) - colour.getBlue() * 255) <= 12) {
                    matching++;
                }
            }
        }
        return matching * 3 > all;
    }

    @Test
    void theCanvasPaintsEachStateInItsColourWhereItsSliceIs() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage picture = Snapshots.take(view.canvas(), "timeline-04");

        // 0 to 0.2 s: Task-2 runs, blocking the loop, while Task-3 and Task-4 are pending.
        assertThat(mostly(picture, vm.x(0.1), laneMiddle(1), StateColors.RUNNING.color())).isTrue();
        assertThat(mostly(picture, vm.x(0.1), laneMiddle(2), StateColors.PENDING.color())).isTrue();
        assertThat(mostly(picture, vm.x(0.1), vm.laneTop(0) + vm.laneHeight() / 2,
                StateColors.LOOP_BLOCKED.color())).isTrue();
        // Task-2 is done from 0.2 s; the cooperative tasks wait side by side from 0.6 s.
        assertThat(mostly(picture, vm.x(0.5), laneMiddle(1), StateColors.DONE.color())).isTrue();
        assertThat(mostly(picture, vm.x(0.7), laneMiddle(4), StateColors.WAITING.color())).isTrue();
        // Before Task-5 exists its lane is empty.
        assertThat(mostly(picture, vm.x(0.3), laneMiddle(4), StateColors.WAITING.color())).isFalse();
        assertThat(Swatches.look(LaneState.WAITING)).isEqualTo(StateColors.WAITING);
    }

    @Test
    void hoveringASliceShowsItsStateInATooltip(FxRobot robot) {
        robot.moveTo(screen(vm.x(0.7), laneMiddle(4)));
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.tooltip().isShowing()).isTrue();
        assertThat(view.tooltip().getText()).startsWith("Task-5 \u2014 WAITING").contains("awaiting sleep(0.2)",
                "since 0.6 s, until 0.8 s");

        robot.moveTo(screen(vm.x(0.7), 400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.tooltip().isShowing()).isFalse();
    }

    @Test
    void clickingASliceOrALaneNameSelectsTheTask(FxRobot robot) {
        robot.clickOn(screen(vm.x(0.3), laneMiddle(2)));
        assertThat(view.selectedTaskProperty().get()).isEqualTo(2);

        robot.clickOn(screen(vm.plotLeft() / 2, laneMiddle(5)));
        assertThat(view.selectedTaskProperty().get()).isEqualTo(5);

        // A blocked span on the loop's lane selects the task that blocked it.
        robot.clickOn(screen(vm.x(0.3), vm.laneTop(0) + vm.laneHeight() / 2));
        assertThat(view.selectedTaskProperty().get()).isEqualTo(2);
    }

    @Test
    void controlWheelZoomsAroundTheMouse(FxRobot robot) {
        double x = vm.x(0.4);
        double span = vm.viewSpanProperty().get();
        robot.moveTo(screen(x, laneMiddle(1)));

        // Monocle's headless robot turns the wheel the other way round than a desktop does: the test asserts that
        // the wheel zooms and that the other way undoes it; which way is in, the next test says.
        robot.press(KeyCode.CONTROL).scroll(3, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = vm.viewSpanProperty().get();
        // The robot points at whole pixels: the time under the mouse stays within a pixel's worth of 0.4 s.
        double pixel = span / vm.plotWidth();
        assertThat(zoomed).isNotCloseTo(span, within(span * 0.1));
        assertThat(vm.valueAt(x)).isEqualTo(0.4, within(pixel));

        robot.press(KeyCode.CONTROL).scroll(3, VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.viewSpanProperty().get()).isEqualTo(span, within(span * 1e-9));
        assertThat(vm.valueAt(x)).isEqualTo(0.4, within(pixel));
    }

    @Test
    void theWheelTurnedAwayZoomsInAndWithoutControlItScrolls(FxRobot robot) {
        TimelineModel many = TimelineModel.of(new Recorded().manySleepers(100, 1));
        robot.interact(() -> view.showModel(many));
        double x = vm.x(0.004);
        double span = vm.viewSpanProperty().get();

        robot.interact(() -> view.canvas().fireEvent(wheel(x, 40, true, false)));
        assertThat(vm.viewSpanProperty().get()).isLessThan(span);
        assertThat(vm.valueAt(x)).isEqualTo(0.004, within(1e-9));

        robot.interact(() -> view.canvas().fireEvent(wheel(x, -40, false, false)));
        assertThat(vm.scrollYProperty().get()).isEqualTo(40);
        double start = vm.viewStartProperty().get();
        robot.interact(() -> view.canvas().fireEvent(wheel(x, 40, false, true)));
        assertThat(vm.viewStartProperty().get()).isLessThan(start);
        assertThat(vm.scrollYProperty().get()).isEqualTo(40);
    }

    /** A wheel turn of {@code deltaY} at canvas x, with Ctrl or Shift held. */
    private ScrollEvent wheel(double x, double deltaY, boolean control, boolean shift) {
        double y = laneMiddle(1);
        Point2D at = screen(x, y);
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, at.getX(), at.getY(), shift, control, false, false, false,
                false, 0, deltaY, 0, deltaY, 40, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    @Test
    void theAxisMovesTheCursorAndTheToolbarSwitchesTheAxisAndFits(FxRobot robot) {
        robot.clickOn(screen(vm.x(0.6), vm.axisHeight() / 2));
        assertThat(view.eventCursorProperty().get()).isEqualTo(MODEL.eventAtTime(0.6));

        robot.clickOn("#timelineIterations");
        assertThat(view.axisModeProperty().get()).isEqualTo(AxisMode.ITERATIONS);
        assertThat(vm.viewEnd()).isGreaterThanOrEqualTo(MODEL.positionEnd());
        robot.clickOn("#timelineZoomIn");
        assertThat(vm.viewEnd()).isLessThan(MODEL.positionEnd());
        robot.clickOn("#timelineFit");
        assertThat(vm.viewEnd()).isGreaterThanOrEqualTo(MODEL.positionEnd());
        robot.clickOn("#timelineTime");
        assertThat(view.axisModeProperty().get()).isEqualTo(AxisMode.TIME);
    }

    @Test
    void theKeysZoomAndFitOnceTheTimelineHasTheFocus(FxRobot robot) {
        robot.clickOn(screen(vm.x(0.3), laneMiddle(6) + vm.rowHeight() * 4));
        assertThat(view.isFocused()).isTrue();
        double span = vm.viewSpanProperty().get();

        robot.type(KeyCode.EQUALS);
        assertThat(vm.viewSpanProperty().get()).isEqualTo(span / TimelineViewModel.ZOOM_STEP, within(1e-12));
        robot.type(KeyCode.MINUS, KeyCode.MINUS);
        assertThat(vm.viewSpanProperty().get()).isEqualTo(span * TimelineViewModel.ZOOM_STEP, within(1e-12));
        robot.type(KeyCode.DIGIT0);
        assertThat(vm.viewSpanProperty().get()).isEqualTo(span, within(1e-12));
        assertThat(vm.followingProperty().get()).isTrue();
    }

    @Test
    void tenThousandLanesRenderAndScroll(FxRobot robot) throws Exception {
        TimelineModel many = TimelineModel.of(new Recorded().manySleepers(10_000, 1));
        assertThat(many.taskCount()).isGreaterThan(10_000);
        robot.interact(() -> view.showModel(many));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.panBy(0, -5000 * vm.rowHeight()));
        WaitForAsyncUtils.waitForFxEvents();

        BufferedImage picture = Snapshots.take(view.canvas(), "timeline-10000");
        int lane = vm.laneAt(200);
        assertThat(lane).isGreaterThan(5000);
        assertThat(Snapshots.distinctColours(picture)).isGreaterThan(10);
        // Every worker is DONE at the end of the run.
        assertThat(mostly(picture, vm.x(MODEL.endTime() > 0 ? many.endTime() * 0.999 : 0), vm.laneTop(lane) + 9,
                StateColors.DONE.color())).isTrue();
        assertThat(view.lastRedrawNanos()).isPositive();
    }
}
