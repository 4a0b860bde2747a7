package org.loopscope.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopscope.session.Comparison;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.compare.CompareViewModel.Group;
import org.loopscope.ui.run.PlaySpeed;

/**
 * Compare mode's state on the blocking-vs-async-sleep lesson: the chores take 0.3, 0.1 and 0.2 s, so the blocking
 * variant ends at 0.6 s with the loop held all along and the async one at 0.3 s, as the variants' own
 * {@code total:} lines (what python3 printed, in their {@code .expected} files) say. One cursor moves both by time.
 */
class CompareViewModelTest {

    private static final Pattern TOTAL = Pattern.compile("(?m)^total: ([0-9.]+)$");

    private static Lesson lesson;
    private static List<Group> groups;

    @BeforeAll
    static void runBoth() throws InterruptedException {
        lesson = CompareSources.lesson("blocking-vs-async-sleep");
        groups = new CompareViewModel(CompareSources.variants(lesson, List.of("blocking", "async"), Language.EN))
                .compute(CompareViewModel.PATIENCE);
    }

    private static CompareViewModel shown() {
        CompareViewModel viewModel = new CompareViewModel(
                CompareSources.variants(lesson, List.of("blocking", "async"), Language.EN));
        viewModel.show(groups);
        return viewModel;
    }

    /** The {@code total:} the variant printed under python3. */
    private static double pythonTotal(String variant) {
        Matcher total = TOTAL.matcher(lesson.variant(variant).orElseThrow().expected().orElseThrow());
        assertThat(total.find()).isTrue();
        return Double.parseDouble(total.group(1));
    }

    @Test
    void rowsGiveEachVariantsTotalAndBlockedTime() {
        Comparison.Row blocking = groups.get(0).row();
        Comparison.Row async = groups.get(1).row();
        assertThat(groups).extracting(Group::index).containsExactly(0, 1);
        assertThat(blocking.complete()).isTrue();
        assertThat(async.complete()).isTrue();
        assertThat(blocking.totalTime()).isCloseTo(pythonTotal("blocking"), offset(1e-9));
        assertThat(async.totalTime()).isCloseTo(pythonTotal("async"), offset(1e-9));
        assertThat(blocking.blockedTime()).isCloseTo(0.6, offset(1e-9));
        assertThat(async.blockedTime()).isZero();
        assertThat(blocking.printed()).last().isEqualTo("total: 0.6");
        assertThat(CompareViewModel.results(async)).startsWith("laundry: start at 0.0 \u203a kettle: start at 0.0");
    }

    @Test
    void theCursorStartsBeforeAnythingAndEndsAtTheLongestRunsEnd() {
        CompareViewModel viewModel = shown();
        assertThat(viewModel.axisEnd()).isCloseTo(0.6, offset(1e-9));
        assertThat(viewModel.cursorOf(0)).isZero();
        assertThat(viewModel.cursorOf(1)).isZero();

        viewModel.end();
        assertThat(viewModel.timeProperty().get()).isEqualTo(viewModel.axisEnd());
        assertThat(viewModel.atEnd()).isTrue();
        for (Group group : groups) {
            assertThat(viewModel.cursorOf(group.index())).isEqualTo(group.model().eventCount());
        }
        viewModel.reset();
        assertThat(viewModel.startedProperty().get()).isFalse();
        assertThat(viewModel.cursorOf(0)).isZero();
    }

    @Test
    void stepsVisitEveryInstantOfEitherVariantAndStepBackRetracesThem() {
        CompareViewModel viewModel = shown();
        List<Double> forward = new ArrayList<>();
        viewModel.step();
        forward.add(viewModel.timeProperty().get());
        while (!viewModel.atEnd() && forward.size() < 1000) {
            viewModel.step();
            forward.add(viewModel.timeProperty().get());
        }
        assertThat(forward).isSorted().doesNotHaveDuplicates().startsWith(0.0);
        // The async variant's chores end at 0.1, 0.2, 0.3; the blocking one's at 0.3, 0.4, 0.6.
        for (double instant : new double[] {0.1, 0.2, 0.3, 0.4, 0.6}) {
            assertThat(forward).anySatisfy(t -> assertThat(t).isCloseTo(instant, offset(1e-9)));
        }
        List<Double> back = new ArrayList<>();
        back.add(viewModel.timeProperty().get());
        while (viewModel.startedProperty().get()) {
            viewModel.stepBack();
            if (viewModel.startedProperty().get()) {
                back.add(viewModel.timeProperty().get());
            }
        }
        List<Double> reversed = new ArrayList<>(forward);
        Collections.reverse(reversed);
        assertThat(back).containsExactlyElementsOf(reversed);
    }

    @Test
    void aGroupsCursorHoldsTheEventsAtOrBeforeTheInstant() {
        CompareViewModel viewModel = shown();
        viewModel.seek(0.1);
        TimelineModel async = groups.get(1).model();
        int cursor = viewModel.cursorOf(1);
        assertThat(async.timeOf(cursor - 1)).isLessThanOrEqualTo(0.1);
        assertThat(cursor == async.eventCount() || async.timeOf(cursor) > 0.1).isTrue();
        // The blocking variant is inside laundry's blocked span then: every event so far is at time 0.
        assertThat(groups.get(0).model().timeOf(viewModel.cursorOf(0) - 1)).isZero();
    }

    @Test
    void playingMovesVirtualTimeAtTheSpeedAndStopsAtTheEnd() {
        CompareViewModel viewModel = shown();
        viewModel.speedProperty().set(new PlaySpeed(0.5));
        viewModel.play();
        viewModel.tick(0.2);
        assertThat(viewModel.timeProperty().get()).isCloseTo(0.1, offset(1e-12));
        assertThat(viewModel.startedProperty().get()).isTrue();
        viewModel.tick(10);
        assertThat(viewModel.timeProperty().get()).isEqualTo(viewModel.axisEnd());
        assertThat(viewModel.playingProperty().get()).isFalse();

        // Play at the end starts again from the beginning.
        viewModel.play();
        assertThat(viewModel.timeProperty().get()).isZero();
        viewModel.speedProperty().set(PlaySpeed.FASTEST);
        viewModel.tick(0.01);
        assertThat(viewModel.atEnd()).isTrue();
    }

    @Test
    void comparesTwoOrThreeVariants() {
        List<CompareViewModel.Source> four = CompareSources.variants(CompareSources.lesson("nested-coroutines"),
                List.of("wait", "gather", "as_completed"), Language.EN);
        assertThat(new CompareViewModel(four).sources()).hasSize(3);
        assertThatThrownBy(() -> new CompareViewModel(four.subList(0, 1))).isInstanceOf(IllegalArgumentException.class);
        List<CompareViewModel.Source> more = new ArrayList<>(four);
        more.add(four.get(0));
        assertThatThrownBy(() -> new CompareViewModel(more)).isInstanceOf(IllegalArgumentException.class);
    }
}
