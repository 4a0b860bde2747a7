package org.loopscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loopscope.session.view.Recorded;
import org.loopscope.session.view.SliceSeries;
import org.loopscope.session.view.TimelineModel;

/** What the painter draws, counted on a fake canvas: only what is in view, at most about a slice per pixel. */
class TimelinePainterTest {

    private static final TimelineModel MANY = TimelineModel.of(new Recorded().manySleepers(300, 3));

    private final TimelineViewModel view = new TimelineViewModel();
    private final TimelinePainter painter = new TimelinePainter(view);

    TimelinePainterTest() {
        view.widthProperty().set(1000);
        view.heightProperty().set(400);
    }

    private CountingGraphics paint() {
        CountingGraphics g = new CountingGraphics();
        painter.paint(g);
        assertThat(g.balanced()).isTrue();
        return g;
    }

    @Test
    void onlyTheLanesInViewAreDrawn() {
        view.showModel(MANY);
        int rows = (int) Math.ceil((400 - view.scrollTop()) / view.rowHeight()) + 1;

        CountingGraphics top = paint();
        assertThat(top.lanesDrawn()).isLessThanOrEqualTo(rows + 1).isGreaterThan(rows / 2);
        assertThat(top.slices).allSatisfy(s -> assertThat(s.y()).isBetween(0.0, 400.0));
        assertThat(top.texts).contains("event loop", "Task-1", "Task-2").doesNotContain("Task-200");

        view.panBy(0, -200 * view.rowHeight());
        CountingGraphics middle = paint();
        assertThat(middle.lanesDrawn()).isLessThanOrEqualTo(rows + 1);
        assertThat(middle.texts).contains("event loop", "Task-202").doesNotContain("Task-2", "Task-100");
    }

    @Test
    void slicesOutsideTheVisibleTimeAreNotDrawn() {
        view.showModel(MANY);
        view.zoomAround(view.x(0.0105), 40);
        CountingGraphics g = paint();

        double left = view.plotLeft();
        double right = view.plotRight();
        assertThat(g.slices).isNotEmpty().allSatisfy(s -> {
            assertThat(s.x() + s.width()).isGreaterThanOrEqualTo(left - 1);
            assertThat(s.x()).isLessThanOrEqualTo(right + 1);
        });
        // No more than the slices of the visible lanes that overlap the visible span.
        long inView = 0;
        java.util.List<Integer> visible = new java.util.ArrayList<>();
        for (int lane = 0; lane < view.pinnedLanes(); lane++) {
            visible.add(lane);
        }
        for (int row = view.firstVisibleRow(); row <= view.lastVisibleRow(); row++) {
            visible.add(view.rows().laneOf(row));
        }
        for (int lane : visible) {
            for (SliceSeries series : new SliceSeries[] {MANY.slices(lane), MANY.blocked(lane)}) {
                for (int k = 0; k < series.size(); k++) {
                    if (series.end(k) >= view.valueAt(left - 3) && series.start(k) <= view.viewEnd()) {
                        inView++;
                    }
                }
            }
        }
        assertThat((long) g.slices.size()).isLessThanOrEqualTo(inView);
    }

    @Test
    void aLaneWithMoreSlicesThanPixelsCostsAboutOneSlicePerPixel() {
        view.showModel(MANY);
        view.axisModeProperty().set(AxisMode.ITERATIONS);
        SliceSeries loop = MANY.slices(0);
        assertThat(loop.size()).isGreaterThan(2000);

        CountingGraphics g = paint();

        double loopTop = Math.round(view.laneTop(0));
        long onLoop = g.slices.stream().filter(s -> s.y() == loopTop).count();
        double minWidth = TimelineViewModel.MIN_SLICE_WIDTH;
        assertThat(onLoop).isGreaterThan(50).isLessThanOrEqualTo((long) (view.plotWidth() / minWidth) + 2);
    }

    @Test
    void theMarkersAndTheCursorAreDrawnWhereTheyAre() {
        view.showModel(TimelineModel.of(new Recorded().cancelASleeper()));
        view.axisModeProperty().set(AxisMode.ITERATIONS);
        view.cursorProperty().set(10);

        CountingGraphics g = paint();

        // main's sleep(0.05); the sleeper's sleep(10) is due after the end of the run, so not on this axis; the
        // cursor's handle.
        assertThat(g.triangles).isEqualTo(2);
        assertThat(g.arrows).isEqualTo(1);
        assertThat(g.diamonds).isPositive();
    }

    @Test
    void withoutARunOnlyTheAxisAndAHintAreDrawn() {
        CountingGraphics g = paint();
        assertThat(g.slices).isEmpty();
        assertThat(g.texts).contains("No run yet", "virtual time", "0 s", "10 s");
    }
}
