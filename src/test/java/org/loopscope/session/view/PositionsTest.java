package org.loopscope.session.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Events placed on the time axis and on the iteration axis, and back. */
class PositionsTest {

    private final TimelineModel model = TimelineModel.of(new Recorded().gatherOfThreeSleepers());

    @Test
    void positionsGrowWithEveryEventAndEachIterationIsOneWide() {
        for (int e = 1; e <= model.eventCount(); e++) {
            assertThat(model.positionOf(e)).isGreaterThan(model.positionOf(e - 1));
        }
        assertThat(model.positionOf(model.eventCount())).isEqualTo(model.positionEnd());
        // With one loop, the whole part of an event's position is its loop iteration.
        for (int e = 0; e < model.eventCount(); e++) {
            assertThat((int) Math.floor(model.positionOf(e))).isEqualTo(model.iterationOf(e));
        }
    }

    @Test
    void stepsThatTakeNoTimeGetAWidthOnTheIterationAxis() {
        SliceSeries loop = model.slices(0);
        int steps = 0;
        for (int k = 0; k < loop.size(); k++) {
            if (loop.state(k) == LaneState.STEP) {
                steps++;
                assertThat(loop.end(k) - loop.start(k)).isZero();
                assertThat(model.positionOf(loop.endEvent(k)) - model.positionOf(loop.startEvent(k)))
                        .isGreaterThan(0.05);
            }
        }
        assertThat(steps).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aPositionOrATimeLeadsBackToTheEvent() {
        for (int e = 0; e <= model.eventCount(); e++) {
            assertThat(model.eventAtPosition(model.positionOf(e))).isEqualTo(e);
            assertThat(model.firstEventAtOrAfterPosition(model.positionOf(e))).isEqualTo(e);
        }
        int atOne = model.eventAtTime(1.0);
        assertThat(model.timeOf(atOne)).isEqualTo(1.0, within(1e-9));
        assertThat(model.timeOf(atOne - 1)).isLessThan(1.0);
        assertThat(model.eventAtTime(99)).isEqualTo(model.eventCount());
        assertThat(model.timeOf(model.eventCount())).isEqualTo(model.endTime());
        assertThat(model.positionOfTime(1.0)).isEqualTo(model.positionOf(atOne));
    }

    @Test
    void theEmptyModelHasNoLanesAndOneEmptyIteration() {
        TimelineModel empty = TimelineModel.empty();
        assertThat(empty.laneCount()).isZero();
        assertThat(empty.eventCount()).isZero();
        assertThat(empty.positionEnd()).isEqualTo(1);
        assertThat(empty.positionOf(0)).isEqualTo(1);
        assertThat(empty.eventAtPosition(0.5)).isZero();
        assertThat(empty.timeOf(0)).isZero();
    }
}
