package org.loopscope.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.main.MainView;
import org.loopscope.ui.main.MainViewModel;
import org.loopscope.ui.testing.Snapshots;
import org.loopscope.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare mode in real windows, headless: opened from View → Compare Variants… on the blocking-vs-async-sleep
 * lesson, its summary gives the loop's blocked time (all of the blocking variant's 0.6 s, none of the async one's)
 * and the totals the variants print under python3; Play runs both to the end of the longer, one cursor across the
 * groups. The wait / gather / as_completed lesson shows three groups and the three orders of results.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

    private static final Pattern TOTAL = Pattern.compile("(?m)^total: ([0-9.]+)$");

    @TempDir
    Path dir;

    private MainViewModel main;

    @Start
    void start(Stage stage) {
        main = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        MainView.showIn(stage, main);
    }

    @AfterEach
    void closeCompareWindows(FxRobot robot) {
        robot.interact(() -> compareStages().forEach(Stage::close));
    }

    private static List<Stage> compareStages() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.getScene() != null
                && w.getScene().getRoot() instanceof CompareView).map(w -> (Stage) w).toList();
    }

    private static CompareView awaitCompare() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !compareStages().isEmpty());
        CompareView view = (CompareView) compareStages().get(0).getScene().getRoot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.timelines().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static double pythonTotal(Lesson lesson, String variant) {
        Matcher total = TOTAL.matcher(lesson.variant(variant).orElseThrow().expected().orElseThrow());
        assertThat(total.find()).isTrue();
        return Double.parseDouble(total.group(1));
    }

    @Test
    void blockingAgainstAsyncSleepFromTheMenu(FxRobot robot) throws Exception {
        Lesson lesson = CompareSources.lesson("blocking-vs-async-sleep");
        // The editor holds the blocking variant: the dialog offers that lesson's variants, the first three taken.
        robot.interact(() -> main.editor().setText(lesson.variant("blocking").orElseThrow().source()));
        robot.clickOn("View").clickOn("Compare Variants…");
        robot.clickOn("#compareVariant-executor");
        robot.clickOn("#compareOk");
        CompareView view = awaitCompare();
        CompareSummary summary = view.summary();

        assertThat(view.timelines()).hasSize(2);
        assertThat(summary.getItems()).hasSize(2);
        assertThat(summary.cellText(0, 0)).isEqualTo(lesson.variant("blocking").orElseThrow().title(Language.EN));
        assertThat(summary.cellText(1, 0)).isEqualTo(lesson.variant("async").orElseThrow().title(Language.EN));
        // Columns: variant, total time, peak concurrency, loop blocked, loop iterations, event loops, results.
        assertThat(seconds(summary.cellText(0, 3))).isGreaterThan(0);
        assertThat(summary.cellText(1, 3)).isEqualTo("0.000 s");
        assertThat(seconds(summary.cellText(0, 1))).isCloseTo(pythonTotal(lesson, "blocking"), offset(5e-4));
        assertThat(seconds(summary.cellText(1, 1))).isCloseTo(pythonTotal(lesson, "async"), offset(5e-4));
        assertThat(summary.cellText(0, 6)).endsWith("total: 0.6");
        assertThat(robot.lookup("#compareHeader0").tryQuery()).isPresent();
        assertThat(robot.lookup("#compareHeader1").tryQuery()).isPresent();

        CompareViewModel viewModel = view.viewModel();
        robot.clickOn("#comparePlay");
        assertThat(viewModel.playingProperty().get()).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !viewModel.playingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        double end = Math.max(seconds(summary.cellText(0, 1)), seconds(summary.cellText(1, 1)));
        assertThat(viewModel.timeProperty().get()).isCloseTo(end, offset(5e-4));
        for (TimelineView timeline : view.timelines()) {
            assertThat(timeline.viewModel().cursorTimeProperty().get()).isEqualTo(viewModel.axisEnd());
            assertThat(timeline.eventCursorProperty().get()).isEqualTo(timeline.viewModel().model().eventCount());
        }

        // Mid-run, one line: the cursor is at the same x in both groups.
        robot.interact(() -> viewModel.seek(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        for (TimelineView timeline : view.timelines()) {
            double x = timeline.viewModel().x(0.45);
            assertThat(x).isEqualTo(view.timelines().get(0).viewModel().x(0.45));
            BufferedImage picture = Snapshots.take(timeline.canvas(), "compare-" + timeline.getId());
            int y = picture.getHeight() - 3;
            assertThat(darkAround(picture, (int) Math.round(x), y)).as(timeline.getId()).isTrue();
        }
        Snapshots.take(view, "compare-blocking-async");
    }

    /** Whether a pixel within one of {@code x} on row {@code y} is the light theme's cursor, near black. */
    private static boolean darkAround(BufferedImage picture, int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            int rgb = picture.getRGB(x + dx, y);
            if ((rgb >> 16 & 0xff) < 0x40 && (rgb >> 8 & 0xff) < 0x40 && (rgb & 0xff) < 0x40) {
                return true;
            }
        }
        return false;
    }

    private static double seconds(String cell) {
        return Double.parseDouble(cell.replace(" s", "").replace("\u2265 ", ""));
    }

    @Test
    void waitGatherAndAsCompletedShowThreeGroups(FxRobot robot) throws Exception {
        Lesson lesson = CompareSources.lesson("nested-coroutines");
        List<CompareViewModel.Source> sources = CompareSources.variants(lesson, List.of("wait", "gather",
                "as_completed"), Language.EN);
        robot.interact(() -> CompareWindow.open(null, sources, main.i18n(), new SimpleDoubleProperty(14),
                new SimpleStringProperty(""), new SimpleBooleanProperty(false)));
        CompareView view = awaitCompare();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.timelines().size() == 3);

        for (int k = 0; k < 3; k++) {
            Node header = robot.lookup("#compareHeader" + k).query();
            assertThat(header.isVisible()).isTrue();
        }
        CompareSummary summary = view.summary();
        assertThat(summary.getItems()).hasSize(3);
        // gather and wait hand the results back in the order of the pages, as_completed fastest first.
        assertThat(summary.cellText(1, 6)).contains("result: page 1 \u203a result: page 2 \u203a result: page 3");
        assertThat(summary.cellText(2, 6)).contains("fetched page 2 \u203a result: page 2");
        for (int row = 0; row < 3; row++) {
            assertThat(seconds(summary.cellText(row, 1))).isCloseTo(0.3, offset(5e-4));
            assertThat(summary.cellText(row, 3)).isEqualTo("0.000 s");
        }
        robot.clickOn("#compareEnd");
        CompareViewModel viewModel = view.viewModel();
        assertThat(viewModel.atEnd()).isTrue();
        robot.clickOn("#compareReset");
        assertThat(view.timelines()).allSatisfy(t -> assertThat(t.eventCursorProperty().get()).isZero());
    }
}
