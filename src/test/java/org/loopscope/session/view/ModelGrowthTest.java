package org.loopscope.session.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.trace.Trace;

/** A model extended snapshot by snapshot is the model built at once, and the earlier models do not change. */
class ModelGrowthTest {

    @Test
    void extendingThroughTheSnapshotsOfALiveRunGivesTheSameModelAsBuildingOnce() {
        Recorded run = new Recorded();
        Trace whole = run.gatherOfThreeSleepers();
        assertThat(run.snapshots).hasSizeGreaterThan(4);

        TimelineModel model = TimelineModel.of(run.snapshots.get(0));
        List<TimelineModel> earlier = new ArrayList<>();
        List<String> earlierPictures = new ArrayList<>();
        for (Trace snapshot : run.snapshots.subList(1, run.snapshots.size())) {
            earlier.add(model);
            earlierPictures.add(picture(model));
            TimelineModel next = model.extendedTo(snapshot);
            assertThat(next.continues(model)).isTrue();
            model = next;
        }
        model = model.extendedTo(whole);

        assertThat(picture(model)).isEqualTo(picture(TimelineModel.of(whole)));
        for (int k = 0; k < earlier.size(); k++) {
            assertThat(picture(earlier.get(k))).isEqualTo(earlierPictures.get(k));
        }
        assertThat(earlier.get(0).eventCount()).isLessThan(model.eventCount());
    }

    @Test
    void extendingAnOlderModelOrWithAnotherRunBuildsAfresh() {
        Recorded run = new Recorded();
        Trace whole = run.gatherOfThreeSleepers();
        TimelineModel first = TimelineModel.of(run.snapshots.get(0));
        TimelineModel second = first.extendedTo(run.snapshots.get(1));

        // first is no longer the latest of its recording: extending it again must not reuse the moved-on columns.
        assertThat(picture(first.extendedTo(whole))).isEqualTo(picture(TimelineModel.of(whole)));

        Trace other = new Recorded().blockingVersusAsyncSleep();
        TimelineModel switched = second.extendedTo(other);
        assertThat(switched.continues(second)).isFalse();
        assertThat(picture(switched)).isEqualTo(picture(TimelineModel.of(other)));
        assertThat(TimelineModel.empty().extendedTo(whole).laneCount()).isEqualTo(TimelineModel.of(whole).laneCount());
    }

    /** Everything a model shows, as text. */
    static String picture(TimelineModel model) {
        StringBuilder out = new StringBuilder();
        out.append(model.eventCount()).append(' ').append(model.endTime()).append(' ')
                .append(model.iterationCount()).append('\n');
        for (int lane = 0; lane < model.laneCount(); lane++) {
            out.append(model.lane(lane)).append('\n');
            for (SliceSeries series : List.of(model.slices(lane), model.blocked(lane))) {
                for (int k = 0; k < series.size(); k++) {
                    out.append("  ").append(series.state(k)).append(' ').append(series.start(k)).append('-')
                            .append(series.end(k)).append(' ').append(series.startEvent(k)).append('-')
                            .append(series.endEvent(k)).append(' ').append(series.line(k)).append(' ')
                            .append(series.text(k)).append(' ').append(series.task(k)).append(' ')
                            .append(series.awaitedTask(k)).append('\n');
                }
            }
            for (MarkerSeries markers : List.of(model.timers(lane), model.callbacks(lane))) {
                for (int k = 0; k < markers.size(); k++) {
                    out.append("  ").append(markers.marker(k)).append('\n');
                }
            }
        }
        ArrowSeries arrows = model.arrows();
        for (int k = 0; k < arrows.size(); k++) {
            out.append(arrows.arrow(k)).append('\n');
        }
        return out.toString();
    }
}
