package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.testing.Snapshots;
import org.loopscope.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as the app opens it, on a headless (Monocle) screen, driven through its real controls. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        this.viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        this.view = MainView.showIn(stage, viewModel);
    }

    private CodeArea codeArea(FxRobot robot) {
        return robot.lookup("#codeArea").queryAs(CodeArea.class);
    }

    private Optional<Button> dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> text.equals(button.getText())).findFirst();
    }

    @Test
    void opensAtTheStandardSizeWithTheTitle() {
        assertThat(stage.getTitle()).isEqualTo("Loopscope \u2014 untitled");
        assertThat(stage.getScene().getWidth()).isEqualTo(MainView.WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(MainView.HEIGHT);
        assertThat(stage.getMinWidth()).isEqualTo(MainView.MIN_WIDTH);
    }

    @Test
    void menusOfferOnlyWhatWorks(FxRobot robot) {
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        assertThat(menuBar.getMenus()).extracting(Menu::getText).map(text -> text.replace("_", ""))
                .containsExactly("File", "Edit", "View", "Run", "Help");
        assertThat(menuBar.getMenus().get(0).getItems()).extracting(MenuItem::getText)
                .filteredOn(text -> text != null).map(text -> text.replace("_", ""))
                .containsExactly("New", "Open…", "Open Recent", "Save", "Save As…", "Export", "Quit");
    }

    @Test
    void aFileOpenedThroughTheViewModelIsInTheEditor(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("queues.py"), "import asyncio\nq = asyncio.Queue()\n");

        robot.interact(() -> viewModel.document().open(file));

        assertThat(codeArea(robot).getText()).isEqualTo("import asyncio\nq = asyncio.Queue()\n");
        assertThat(stage.getTitle()).isEqualTo("Loopscope \u2014 queues.py");
        assertThat(robot.lookup(".status-file").queryAs(Label.class).getText()).isEqualTo("queues.py");
    }

    @Test
    void typingMarksTheDocumentModifiedInTitleAndStatusBar(FxRobot robot) {
        robot.interact(() -> codeArea(robot).moveTo(0));
        robot.clickOn(codeArea(robot)).write("# ");
        robot.interact(() -> { });

        assertThat(stage.getTitle()).isEqualTo("Loopscope \u2014 untitled *");
        assertThat(robot.lookup(".status-modified").queryAs(Label.class).getText()).contains("Modified");
        assertThat(viewModel.editor().textProperty().get()).contains("# ");
        assertThat(robot.lookup(".status-caret").queryAs(Label.class).getText()).startsWith("Ln ");
    }

    @Test
    void theDarkThemeChangesBackgrounds(FxRobot robot) throws Exception {
        Region statusBar = robot.lookup(".status-bar").queryAs(Region.class);
        Paint lightStatus = fill(statusBar.getBackground());
        Paint lightCode = fill(codeArea(robot).getBackground());
        BufferedImage light = Snapshots.take(stage.getScene().getRoot(), "main-view");

        robot.clickOn("#darkThemeButton");

        assertThat(viewModel.darkThemeProperty().get()).isTrue();
        assertThat(view.getStyleClass()).contains("dark");
        assertThat(fill(statusBar.getBackground())).isNotEqualTo(lightStatus);
        assertThat(fill(codeArea(robot).getBackground())).isNotEqualTo(lightCode);
        BufferedImage dark = Snapshots.take(stage.getScene().getRoot(), "main-view-dark");
        assertThat(Snapshots.meanBrightness(light)).isGreaterThan(0.8);
        assertThat(Snapshots.meanBrightness(dark)).isLessThan(0.3);

        robot.clickOn("#darkThemeButton");
        assertThat(view.getStyleClass()).doesNotContain("dark");
        assertThat(fill(statusBar.getBackground())).isEqualTo(lightStatus);
    }

    @Test
    void zoomInMakesTheEditorFontLarger(FxRobot robot) {
        Text text = robot.lookup("#codeArea .paragraph-text .text").queryAs(Text.class);
        double before = text.getFont().getSize();

        robot.clickOn(codeArea(robot));
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.interact(() -> { });

        Text after = robot.lookup("#codeArea .paragraph-text .text").queryAs(Text.class);
        assertThat(after.getFont().getSize()).isGreaterThan(before);
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(16);

        robot.clickOn("#zoomOutButton");
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(14);
    }

    @Test
    void newAfterAnEditAsksAndCancelKeepsTheText(FxRobot robot) {
        robot.interact(() -> codeArea(robot).moveTo(0));
        robot.clickOn(codeArea(robot)).write("x = 1\n");
        String edited = viewModel.editor().textProperty().get();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        Button cancel = dialogButton(robot, "Cancel").orElseThrow();
        assertThat(dialogButton(robot, "Save")).isPresent();
        assertThat(dialogButton(robot, "Don't Save")).isPresent();
        robot.clickOn(cancel);
        assertThat(viewModel.editor().textProperty().get()).isEqualTo(edited);
        assertThat(dialogButton(robot, "Cancel")).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn(dialogButton(robot, "Don't Save").orElseThrow());
        assertThat(viewModel.editor().textProperty().get()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Loopscope \u2014 untitled");
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksAndCancelKeepsItOpen(FxRobot robot) {
        robot.clickOn(codeArea(robot));
        robot.interact(() -> codeArea(robot).moveTo(0));
        robot.write("y = 2\n");

        // Not through interact(): the question waits for an answer inside the event handler.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(dialogButton(robot, "Cancel").orElseThrow());

        assertThat(stage.isShowing()).isTrue();
        assertThat(viewModel.editor().textProperty().get()).startsWith("y = 2\n");
    }

    @Test
    void unsavedTextIsCopiedToTheAutosaveSoonAfterAnEdit(FxRobot robot) throws Exception {
        Path copy = dir.resolve("config").resolve("autosave").resolve("script.py");
        robot.clickOn(codeArea(robot));
        robot.interact(() -> codeArea(robot).moveTo(0));
        robot.write("# keep me\n");

        WaitForAsyncUtils.waitFor((long) MainView.AUTOSAVE_DELAY.toSeconds() + 5, TimeUnit.SECONDS,
                () -> Files.exists(copy));

        assertThat(Files.readString(copy)).startsWith("# keep me\n").contains("asyncio.gather");
    }

    @Test
    void anUnreadableFileShowsTheErrorBarAndTheConsoleLine(FxRobot robot) throws IOException {
        Path binary = Files.write(dir.resolve("image.py"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        String before = viewModel.editor().textProperty().get();

        robot.interact(() -> viewModel.document().open(binary));

        Node bar = robot.lookup(".error-bar").query();
        assertThat(bar.isVisible()).isTrue();
        assertThat(robot.lookup(".error-text").queryAs(Label.class).getText())
                .isEqualTo("image.py is not a text file.");
        assertThat(codeArea(robot).getText()).isEqualTo(before);
        @SuppressWarnings("unchecked")
        ListView<ConsoleViewModel.Line> console = robot.lookup("#consoleList").queryAs(ListView.class);
        assertThat(console.getItems()).extracting(ConsoleViewModel.Line::text).contains("image.py is not a text file.");

        robot.clickOn("Dismiss");
        assertThat(bar.isVisible()).isFalse();
    }

    @Test
    void theLegendShowsEveryState(FxRobot robot) {
        assertThat(robot.lookup(".legend-entry").queryAll()).hasSize(7);
        assertThat(robot.lookup("#legend-LOOP_BLOCKED .label").queryAs(Label.class).getText())
                .isEqualTo("loop blocked");
    }

    @Test
    void timelineCanvasFollowsTheWindowSize(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        Canvas canvas = robot.lookup("#timelineCanvas").queryAs(Canvas.class);
        double widthBefore = canvas.getWidth();

        robot.interact(() -> stage.setWidth(stage.getWidth() - 300));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(canvas.getWidth()).isLessThan(widthBefore - 100).isEqualTo(timeline.getWidth());
    }

    private static Paint fill(Background background) {
        return background == null || background.getFills().isEmpty() ? null
                : background.getFills().get(background.getFills().size() - 1).getFill();
    }
}
