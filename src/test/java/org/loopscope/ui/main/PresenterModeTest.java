package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.files.ConfigDir;
import org.loopscope.ui.presenter.PresenterViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presenter mode in the real window: F11 and Esc, large text, the clock, the key list and the laser pointer. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "test"), new ConfigDir(dir.resolve("config")));
        view = MainView.showIn(stage, viewModel);
    }

    private static double editorFontSize(FxRobot robot) {
        return robot.lookup("#codeArea .paragraph-text .text").queryAs(Text.class).getFont().getSize();
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
        robot.interact(() -> { });
    }

    @Test
    void f11TogglesPresenterModeWhichEnlargesTheEditorAndRestoresIt(FxRobot robot) {
        double before = editorFontSize(robot);

        press(robot, KeyCode.F11);

        assertThat(viewModel.presenter().activeProperty().get()).isTrue();
        assertThat(view.getStyleClass()).contains("presenter");
        assertThat(view.getStylesheets()).anyMatch(sheet -> sheet.endsWith("presenter.css"));
        assertThat(editorFontSize(robot)).isCloseTo(PresenterViewModel.presentingSize(before), offset(0.01));

        press(robot, KeyCode.F11);

        assertThat(viewModel.presenter().activeProperty().get()).isFalse();
        assertThat(view.getStyleClass()).doesNotContain("presenter");
        assertThat(view.getStylesheets()).noneMatch(sheet -> sheet.endsWith("presenter.css"));
        assertThat(editorFontSize(robot)).isEqualTo(before);
    }

    @Test
    void escapeLeavesPresenterModeAndRestoresTheZoomFromBefore(FxRobot robot) {
        robot.interact(viewModel::zoomIn);
        robot.interact(() -> viewModel.presenter().activeProperty().set(true));
        robot.interact(viewModel::zoomIn);
        assertThat(viewModel.fontSizeProperty().get()).isGreaterThan(PresenterViewModel.presentingSize(16));

        press(robot, KeyCode.ESCAPE);

        assertThat(viewModel.presenter().activeProperty().get()).isFalse();
        assertThat(viewModel.fontSizeProperty().get()).isEqualTo(16);
    }

    @Test
    void theClockReadoutIsInTheToolbarAndLargeInPresenterMode(FxRobot robot) {
        Label clock = robot.lookup(".main-toolbar #clockLabel").queryAs(Label.class);
        assertThat(clock.getText()).isEqualTo("t = 0.000 s · iteration 0");

        robot.interact(() -> viewModel.presenter().activeProperty().set(true));
        robot.interact(() -> viewModel.clockSecondsProperty().set(1.25));

        assertThat(clock.getText()).isEqualTo("t = 1.250 s · iteration 0");
        assertThat(clock.getFont().getSize()).isGreaterThan(1.5 * viewModel.fontSizeProperty().get());
    }

    @Test
    void questionMarkListsTheKeysOutsideTheEditorAndEscapeClosesTheList(FxRobot robot) {
        robot.interact(() -> viewModel.presenter().activeProperty().set(true));
        assertThat(robot.lookup("#timeline").query().isFocused()).as("presenter mode takes the focus out of the code")
                .isTrue();
        robot.write('?');
        robot.interact(() -> { });

        assertThat(view.presenter().keyHintsNode().isVisible()).isTrue();
        assertThat(robot.lookup("#keyHints .key-hints-keys").queryAllAs(Label.class))
                .extracting(Label::getText).contains("Ctrl+N", "Ctrl+0", "F11", "F1", "Esc", "L", "F6");

        press(robot, KeyCode.ESCAPE);
        assertThat(view.presenter().keyHintsNode().isVisible()).isFalse();
        assertThat(viewModel.presenter().activeProperty().get()).as("the first Esc only closes the list").isTrue();
    }

    @Test
    void lSwitchesALaserPointerThatFollowsTheMouse(FxRobot robot) {
        press(robot, KeyCode.F6);
        robot.write('l');
        robot.interact(() -> { });
        Circle laser = view.presenter().laserNode();
        assertThat(laser.isVisible()).isTrue();

        Node timeline = robot.lookup("#timelineCanvas").query();
        robot.moveTo(timeline);
        robot.interact(() -> { });

        Bounds canvas = timeline.localToScreen(timeline.getBoundsInLocal());
        Bounds circle = laser.localToScreen(laser.getBoundsInLocal());
        assertThat(Math.abs(circle.getCenterX() - canvas.getCenterX())).isLessThan(2);
        assertThat(Math.abs(circle.getCenterY() - canvas.getCenterY())).isLessThan(2);

        robot.write('L');
        robot.interact(() -> { });
        assertThat(laser.isVisible()).isFalse();
    }

    @Test
    void typingLInTheEditorTypesAnL(FxRobot robot) {
        robot.clickOn("#codeArea");
        robot.write("l");
        robot.interact(() -> { });

        assertThat(view.presenter().laserNode().isVisible()).isFalse();
        assertThat(viewModel.editor().textProperty().get()).contains("l");
        assertThat(viewModel.editor().modifiedProperty().get()).isTrue();
    }
}
