package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.session.lessons.Language;
import org.loopscope.session.lessons.Lesson;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.lessons.LessonsView;
import org.loopscope.ui.lessons.LessonsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lessons browser and predict mode in the real window, headless: a lesson picked from the list fills the editor
 * and the text pane, both following a switch to Simplified Chinese; predict mode on a small lesson takes a right and
 * a wrong guess and shows the score and the explanation.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        MainView.showIn(stage, viewModel);
    }

    @SuppressWarnings("unchecked")
    private static ListView<LessonsViewModel.Entry> list(FxRobot robot) {
        return robot.lookup("#lessonsList").queryAs(ListView.class);
    }

    private static List<String> cellTitles(FxRobot robot) {
        return robot.lookup("#lessonsList .lesson-title").queryAllAs(Label.class).stream().map(Label::getText)
                .toList();
    }

    @Test
    void aLessonOpensInTheEditorWithItsTextAndBothFollowTheLanguage(FxRobot robot) {
        robot.clickOn("#lessonsButton");
        assertThat(robot.lookup("#lessonsView").tryQuery()).isPresent();
        LessonsViewModel.Entry entry = list(robot).getItems().get(2);
        Lesson lesson = entry.lesson();
        assertThat(cellTitles(robot)).contains("03  " + lesson.title(Language.EN));

        robot.clickOn(robot.lookup("#lessonsList .lesson-title").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().endsWith(lesson.title(Language.EN))).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.editor().textProperty().get()).isEqualTo(lesson.source());
        LessonsView view = robot.lookup("#lessonsView").queryAs(LessonsView.class);
        assertThat(view.shownText().get(0)).isEqualTo(lesson.title(Language.EN));
        assertThat(String.join("\n", view.shownText())).contains("create_task");

        robot.interact(() -> viewModel.chooseLanguage(UiLanguage.ZH_HANS));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTitles(robot)).contains("03  " + lesson.title(Language.ZH_HANS));
        assertThat(view.shownText().get(0)).isEqualTo(lesson.title(Language.ZH_HANS));
        assertThat(String.join("\n", view.shownText())).contains("任务");

        robot.clickOn("#lessonsButton");
        assertThat(robot.lookup("#lessonsView").tryQuery()).isEmpty();
    }

    @Test
    void predictModeScoresARightAndAWrongGuessAndExplains(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.editor().setText(String.join("\n",
                "import asyncio",
                "async def worker(name, delay):",
                "    print(name, 'start')",
                "    await asyncio.sleep(delay)",
                "    print(name, 'done')",
                "async def main():",
                "    t1 = asyncio.create_task(worker('A', 1))",
                "    t2 = asyncio.create_task(worker('B', 0.5))",
                "    await t1",
                "    await t2",
                "asyncio.run(main())",
                "")));
        robot.clickOn("#predictButton");
        TabPane tabs = robot.lookup(".panels").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem()).extracting(Tab::getId).isEqualTo("predictTab");

        clickChoice(robot, "Task-1");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label(robot, "#predictVerdict").equals("Right: Task-1."));
        assertThat(label(robot, "#predictScore")).isEqualTo("Score: 1 of 1 right");

        // Task-2 was created first, so it is ahead of Task-3 in the ready queue.
        clickChoice(robot, "Task-3");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> label(robot, "#predictVerdict").equals("Not quite: it was Task-2."));
        assertThat(label(robot, "#predictScore")).isEqualTo("Score: 1 of 2 right");
        assertThat(label(robot, "#predictExplanation")).startsWith("Task-2 was ahead of Task-3 in the ready queue");

        robot.interact(() -> viewModel.chooseLanguage(UiLanguage.ZH_HANT));
        assertThat(label(robot, "#predictScore")).isEqualTo("得分：2 題中答對 1 題");
        assertThat(label(robot, "#predictExplanation")).contains("就緒佇列");

        robot.clickOn("#predictButton");
        assertThat(tabs.getTabs()).extracting(Tab::getId).doesNotContain("predictTab");
    }

    private static void clickChoice(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#predictChoices .button")
                .queryAllAs(Button.class).stream().anyMatch(button -> button.getText().equals(text)));
        robot.clickOn(robot.lookup("#predictChoices .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals(text)).findFirst().orElseThrow());
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
