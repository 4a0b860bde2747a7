package org.loopscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loopscope.ui.i18n.I18n;
import org.loopscope.ui.i18n.UiLanguage;
import org.loopscope.ui.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's real controls on a headless screen: typing, the gutter, markers, colours, keys, zoom. */
@ExtendWith(ApplicationExtension.class)
class EditorViewTest {

    private static final String TEXT = """
            import asyncio

            async def main():
                await asyncio.sleep(1)
                print("done")

            asyncio.run(main())
            """;

    private EditorViewModel viewModel;
    private EditorView view;
    private CodeArea area;

    @Start
    void start(Stage stage) {
        viewModel = new EditorViewModel();
        viewModel.setText(TEXT);
        view = new EditorView(viewModel, new I18n(UiLanguage.EN));
        area = view.codeArea();
        stage.setScene(new Scene(view, 700, 400));
        stage.show();
        area.requestFocus();
    }

    private Node gutter(FxRobot robot, int line) {
        return robot.lookup("#gutter-" + line).query();
    }

    @Test
    void typingEditsTheViewModelAndMarksItModified(FxRobot robot) {
        robot.interact(() -> area.moveTo(0));
        robot.write("x = 1");

        assertThat(viewModel.textProperty().get()).startsWith("x = 1import asyncio");
        assertThat(viewModel.modifiedProperty().get()).isTrue();
        assertThat(viewModel.caretColumnProperty().get()).isEqualTo(6);
    }

    @Test
    void replacingTheViewModelsTextShowsItAndCannotBeUndone(FxRobot robot) {
        robot.interact(() -> viewModel.setText("print(2)\n"));

        assertThat(area.getText()).isEqualTo("print(2)\n");
        assertThat(area.getUndoManager().isUndoAvailable()).isFalse();
        assertThat(viewModel.modifiedProperty().get()).isFalse();
    }

    @Test
    void clickingTheGutterTogglesABreakpoint(FxRobot robot) {
        robot.clickOn(gutter(robot, 3));

        assertThat(viewModel.breakpoints()).containsExactly(3);
        assertThat(robot.lookup("#gutter-3 .breakpoint").tryQuery()).isPresent();
        assertThat(robot.lookup("#gutter-4 .breakpoint").tryQuery()).isEmpty();

        robot.clickOn(gutter(robot, 3));
        assertThat(viewModel.breakpoints()).isEmpty();
        assertThat(robot.lookup("#gutter-3 .breakpoint").tryQuery()).isEmpty();
    }

    @Test
    void aBreakpointFollowsALineTypedAboveIt(FxRobot robot) {
        robot.clickOn(gutter(robot, 4));
        robot.interact(() -> area.moveTo(1, 0));
        robot.type(KeyCode.ENTER);

        assertThat(viewModel.breakpoints()).containsExactly(5);
        assertThat(robot.lookup("#gutter-5 .breakpoint").tryQuery()).isPresent();
    }

    @Test
    void oneDotPerTaskAtItsLineWithItsNameAsTooltip(FxRobot robot) {
        robot.interact(() -> viewModel.setTaskMarkers(List.of(
                new TaskMarker(4, "#56B4E9", "Task-2 — WAITING"),
                new TaskMarker(4, "#56B4E9", "Task-3 — WAITING"),
                new TaskMarker(5, "#009E73", "Task-1 — RUNNING"))));

        Set<Circle> onFour = robot.lookup("#gutter-4 .task-marker").queryAllAs(Circle.class);
        Set<Circle> onFive = robot.lookup("#gutter-5 .task-marker").queryAllAs(Circle.class);
        assertThat(onFour).hasSize(2).allSatisfy(dot -> assertThat(dot.getFill()).isEqualTo(Color.web("#56B4E9")));
        assertThat(onFive).singleElement().satisfies(dot -> assertThat(dot.getFill()).isEqualTo(Color.web("#009E73")));
        assertThat(robot.lookup("#gutter-1 .task-marker").tryQuery()).isEmpty();
        List<String> tips = new ArrayList<>();
        // A dot's tooltip is made when the mouse first comes over it.
        onFour.forEach(robot::moveTo);
        onFour.forEach(dot -> tips.add(((Tooltip) dot.getProperties().get("javafx.scene.control.Tooltip")).getText()));
        assertThat(tips).containsExactlyInAnyOrder("Task-2 — WAITING", "Task-3 — WAITING");
        // Every line keeps room for two dots, so the text of all lines still starts at the same x.
        assertThat(gutter(robot, 1).getBoundsInParent().getWidth())
                .isEqualTo(gutter(robot, 4).getBoundsInParent().getWidth());
    }

    @Test
    void manyTasksOnALineShowAFewDotsAndACount(FxRobot robot) {
        List<TaskMarker> markers = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            markers.add(new TaskMarker(4, "#56B4E9", "Task-" + i + " — WAITING"));
        }
        robot.interact(() -> viewModel.setTaskMarkers(markers));

        assertThat(robot.lookup("#gutter-4 .task-marker").queryAll()).hasSize(EditorGutter.MAX_DOTS - 1);
        assertThat(robot.lookup("#gutter-4 .task-marker-more").queryAs(Label.class).getText()).isEqualTo("+96");
    }

    @Test
    void theErrorIsUnderlinedAndMarkedInTheGutterAndTheTextStays(FxRobot robot) {
        robot.interact(() -> viewModel.showError(4, 11, "SyntaxError: invalid syntax"));

        Label number = robot.lookup("#gutter-4 .lineno").queryAs(Label.class);
        assertThat(number.getStyleClass()).contains("error");
        assertThat(number.getTooltip().getText()).isEqualTo("SyntaxError: invalid syntax");
        int offset = area.getAbsolutePosition(3, 10);
        assertThat(area.getStyleOfChar(offset)).contains(SyntaxColouring.ERROR_CLASS);
        assertThat(area.getStyleOfChar(area.getAbsolutePosition(3, 4))).doesNotContain(SyntaxColouring.ERROR_CLASS);
        assertThat(area.getText()).isEqualTo(TEXT);
    }

    @Test
    void theCurrentLineIsHighlighted(FxRobot robot) {
        robot.interact(() -> viewModel.currentLineProperty().set(4));
        assertThat(area.getParagraph(3).getParagraphStyle()).contains("current-line");

        robot.interact(() -> viewModel.currentLineProperty().set(5));
        assertThat(area.getParagraph(3).getParagraphStyle()).doesNotContain("current-line");
        assertThat(area.getParagraph(4).getParagraphStyle()).contains("current-line");
    }

    @Test
    void pythonIsColouredAndFollowsATripleQuoteAsItIsTyped(FxRobot robot) {
        int await = TEXT.indexOf("await");
        assertThat(area.getStyleOfChar(await + 1)).containsExactly("keyword");
        assertThat(area.getStyleOfChar(TEXT.indexOf("\"done\"") + 1)).containsExactly("string");

        robot.interact(() -> area.insertText(TEXT.indexOf("async def"), "\"\"\""));
        assertThat(area.getStyleOfChar(await + 4)).containsExactly("string");

        robot.interact(() -> area.deleteText(TEXT.indexOf("async def"), TEXT.indexOf("async def") + 3));
        assertThat(area.getStyleOfChar(await + 1)).containsExactly("keyword");
    }

    @Test
    void aLargeTextIsColouredOffTheFxThread(FxRobot robot) throws Exception {
        String large = "async def f():\n    return 'x'\n".repeat(10_000);
        assertThat(large.length()).isGreaterThan(SyntaxColouring.LARGE_TEXT);

        robot.interact(() -> viewModel.setText(large));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> area.getStyleOfChar(large.length() - 3)).get()
                        .contains("string"));
        assertThat(area.getStyleOfChar(1)).containsExactly("keyword");
    }

    @Test
    void tabInsertsFourSpacesAndEnterIndentsAfterAColon(FxRobot robot) {
        int endOfDef = TEXT.indexOf(':') + 1;
        robot.interact(() -> area.moveTo(endOfDef));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("x");

        assertThat(viewModel.textProperty().get()).contains("async def main():\n        x\n    await");
    }

    @Test
    void runToHereFromTheContextMenuHandsOverTheLine(FxRobot robot) {
        List<Integer> asked = new ArrayList<>();
        viewModel.onRunToHereProperty().set(asked::add);

        // Monocle makes no context-menu event from a right click, so the test sends the one a desktop would.
        Node fifthLine = robot.lookup(".paragraph-text").nth(4).query();
        robot.interact(() -> {
            Bounds bounds = fifthLine.localToScreen(fifthLine.getBoundsInLocal());
            Point2D inArea = area.screenToLocal(bounds.getMinX() + 20, bounds.getCenterY());
            Event.fireEvent(area, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, inArea.getX(),
                    inArea.getY(), bounds.getMinX() + 20, bounds.getCenterY(), false, null));
        });
        robot.clickOn("Run to here");

        assertThat(asked).containsExactly(5);
    }

    @Test
    void theFontSizeFollowsTheZoom(FxRobot robot) {
        robot.interact(() -> view.fontSizeProperty().set(24));

        Text text = robot.lookup(".paragraph-text .text").queryAs(Text.class);
        assertThat(text.getFont().getSize()).isEqualTo(24);
    }

    @Test
    void snapshot(FxRobot robot) throws Exception {
        robot.interact(() -> {
            viewModel.toggleBreakpoint(4);
            viewModel.setTaskMarkers(List.of(
                    new TaskMarker(4, "#56B4E9", "Task-2 — WAITING"),
                    new TaskMarker(4, "#56B4E9", "Task-3 — WAITING"),
                    new TaskMarker(7, "#E69F00", "Task-1 — PENDING")));
            viewModel.currentLineProperty().set(5);
            viewModel.showError(7, 13, "NameError: name 'main' is not defined");
        });

        BufferedImage picture = Snapshots.take(view, "editor");

        assertThat(Snapshots.distinctColours(picture)).isGreaterThan(20);
    }
}
