package org.loopscope.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.loopscope.session.BuildInfo;
import org.loopscope.ui.faults.Fault;
import org.loopscope.ui.files.ConfigDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Faults injected into the real window, headless: an exception in an event handler, a panel refresh, an export and
 * a timeline paint each show the fault bar (not a dialog, not a stack trace in the console), land in the log under
 * the config folder with their stack trace, and the window goes on: a program run afterwards prints.
 */
@ExtendWith(ApplicationExtension.class)
class MainViewFaultsTest {

    private static final String PROGRAM = """
            import asyncio

            async def main():
                await asyncio.sleep(0.1)
                print("still here")

            asyncio.run(main())
            """;

    @TempDir
    Path dir;

    private MainViewModel viewModel;
    private MainView view;

    @Start
    void start(Stage stage) {
        viewModel = new MainViewModel(new BuildInfo("Loopscope", "9.9-test"), new ConfigDir(dir.resolve("config")));
        view = MainView.showIn(stage, viewModel);
    }

    @Test
    void anExceptionInAnEventHandlerShowsTheBarIsLoggedAndTheWindowGoesOn(FxRobot robot) throws Exception {
        assertThat(bar(robot).isVisible()).isFalse();
        Platform.runLater(() -> {
            throw new IllegalStateException("a view broke");
        });
        waitForBar(robot);
        assertThat(robot.lookup("#faultText").queryAs(Label.class).getText())
                .contains("handling an action in the window").doesNotContain("IllegalStateException");
        assertThat(log()).contains("9.9-test").contains("java.lang.IllegalStateException: a view broke")
                .contains("\tat ");
        assertWindowStillRuns(robot);
    }

    @Test
    void aFailingPanelRefreshIsCaughtAndTheRunStillEnds(FxRobot robot) throws Exception {
        viewModel.faults().failNext(Fault.Where.PANELS);
        robot.interact(() -> viewModel.editor().setText(PROGRAM));
        robot.push(KeyCode.F5);
        waitForBar(robot);
        assertThat(robot.lookup("#faultText").queryAs(Label.class).getText()).contains("updating the panels");
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.console().programText().equals("still here\n"));
        assertThat(log()).contains("InjectedFault");
    }

    @Test
    void aFailingExportAndAFailingPaintAreCaughtAndTheNextOnesWork(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.editor().setText(PROGRAM));
        robot.push(KeyCode.F5);
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.console().programText().equals("still here\n"));

        Path png = dir.resolve("t.png");
        viewModel.faults().failNext(Fault.Where.EXPORT);
        robot.interact(() -> view.runWiring().export(viewModel.run().exports()::png, png));
        waitForBar(robot);
        assertThat(robot.lookup("#faultText").queryAs(Label.class).getText()).contains("exporting");
        assertThat(png).doesNotExist();
        robot.interact(() -> view.runWiring().export(viewModel.run().exports()::png, png));
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');

        robot.clickOn("#faultDismissButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar(robot).isVisible()).isFalse();
        viewModel.faults().failNext(Fault.Where.TIMELINE);
        robot.clickOn("#darkThemeButton");
        waitForBar(robot);
        assertThat(robot.lookup("#faultText").queryAs(Label.class).getText()).contains("drawing the timeline")
                .contains("1 more");
        assertThat(log()).contains("while export").contains("while timeline");
        assertThat(viewModel.console().lines().toString()).doesNotContain("\tat ").doesNotContain("InjectedFault");
        assertWindowStillRuns(robot);
    }

    @Test
    void copyDetailsPutsTheVersionAndTheStackTraceOnTheClipboard(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalArgumentException("details please");
        });
        waitForBar(robot);
        robot.clickOn("#faultCopyButton");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        String details = viewModel.faults().details();
        assertThat(details).contains("Loopscope 9.9-test").contains("IllegalArgumentException: details please")
                .contains("\tat ").contains(viewModel.faults().logFile().toString());
        assertThat(copied).isEqualTo(details);
        robot.clickOn("#faultDismissButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar(robot).isVisible()).isFalse();
    }

    private void assertWindowStillRuns(FxRobot robot) throws Exception {
        robot.interact(() -> viewModel.editor().setText(PROGRAM));
        robot.push(KeyCode.F5);
        robot.clickOn("#endButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.console().programText().equals("still here\n"));
    }

    private static HBox bar(FxRobot robot) {
        return robot.lookup("#faultBar").queryAs(HBox.class);
    }

    private static void waitForBar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar(robot).isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String log() throws Exception {
        return Files.readString(viewModel.faults().logFile());
    }
}
