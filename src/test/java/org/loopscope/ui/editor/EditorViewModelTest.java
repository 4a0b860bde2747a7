package org.loopscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's state: edits, breakpoints that follow their lines, markers, the error and "run to here". */
class EditorViewModelTest {

    private static final String TEXT =
            "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print(1)\n";

    private EditorViewModel editor;

    @BeforeEach
    void create() {
        editor = new EditorViewModel();
        editor.setText(TEXT);
    }

    private int offsetOf(int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = TEXT.indexOf('\n', offset) + 1;
        }
        return offset + column - 1;
    }

    @Test
    void settingTextIsNotAnEditButEditingIs() {
        assertThat(editor.modifiedProperty().get()).isFalse();
        editor.edit(0, 0, "# hi\n");
        assertThat(editor.textProperty().get()).startsWith("# hi\nimport asyncio");
        assertThat(editor.modifiedProperty().get()).isTrue();
        editor.markSaved();
        assertThat(editor.modifiedProperty().get()).isFalse();
    }

    @Test
    void aLineInsertedAboveMovesBreakpointsDown() {
        editor.toggleBreakpoint(4);
        editor.toggleBreakpoint(5);

        editor.edit(offsetOf(2, 1), offsetOf(2, 1), "x = 1\ny = 2\n");

        assertThat(editor.breakpoints()).containsExactly(6, 7);
    }

    @Test
    void aLineBreakAtTheEndOfALineLeavesItsBreakpoint() {
        editor.toggleBreakpoint(4);
        int endOfLine4 = offsetOf(5, 1) - 1;

        editor.edit(endOfLine4, endOfLine4, "\n    ");

        assertThat(editor.breakpoints()).containsExactly(4);
    }

    @Test
    void aLineBreakAtTheStartOfALineMovesItsBreakpoint() {
        editor.toggleBreakpoint(4);

        editor.edit(offsetOf(4, 1), offsetOf(4, 1), "\n");

        assertThat(editor.breakpoints()).containsExactly(5);
    }

    @Test
    void deletingALineRemovesItsBreakpointAndMovesTheOnesBelowUp() {
        editor.toggleBreakpoint(3);
        editor.toggleBreakpoint(4);
        editor.toggleBreakpoint(5);

        editor.edit(offsetOf(4, 1), offsetOf(5, 1), "");

        assertThat(editor.breakpoints()).containsExactly(3, 4);
        assertThat(editor.textProperty().get()).contains("main():\n    print(1)");
    }

    @Test
    void joiningALineToTheOneAboveTakesItsBreakpointAlong() {
        editor.toggleBreakpoint(5);

        editor.edit(offsetOf(5, 1) - 1, offsetOf(5, 5), " ;");

        assertThat(editor.textProperty().get()).contains("sleep(1) ;print(1)");
        assertThat(editor.breakpoints()).containsExactly(4);
    }

    @Test
    void editsWithinALineMoveNothing() {
        editor.toggleBreakpoint(4);
        editor.edit(offsetOf(4, 5), offsetOf(4, 10), "x = ");
        assertThat(editor.breakpoints()).containsExactly(4);
    }

    @Test
    void togglingTwiceRemovesAndLinesOutsideTheTextAreIgnored() {
        editor.toggleBreakpoint(2);
        editor.toggleBreakpoint(2);
        editor.toggleBreakpoint(0);
        editor.toggleBreakpoint(99);
        assertThat(editor.breakpoints()).isEmpty();
        assertThat(editor.lineCount()).isEqualTo(6);
    }

    @Test
    void openingAnotherTextClearsWhatBelongedToTheOld() {
        editor.toggleBreakpoint(2);
        editor.setTaskMarkers(List.of(new TaskMarker(4, "#56B4E9", "Task-1 — WAITING")));
        editor.currentLineProperty().set(4);
        editor.showError(3, 1, "boom");

        editor.setText("pass\n");

        assertThat(editor.breakpoints()).isEmpty();
        assertThat(editor.taskMarkers()).isEmpty();
        assertThat(editor.currentLineProperty().get()).isZero();
        assertThat(editor.errorProperty().get()).isNull();
    }

    @Test
    void markersAreGroupedByLine() {
        editor.setTaskMarkers(List.of(
                new TaskMarker(4, "#56B4E9", "Task-2 — WAITING"),
                new TaskMarker(5, "#009E73", "Task-1 — RUNNING"),
                new TaskMarker(4, "#56B4E9", "Task-3 — WAITING")));

        assertThat(editor.markersOn(4)).extracting(TaskMarker::label)
                .containsExactly("Task-2 — WAITING", "Task-3 — WAITING");
        assertThat(editor.markersOn(5)).hasSize(1);
        assertThat(editor.markersOn(1)).isEmpty();
        assertThat(editor.mostMarkersOnALine()).isEqualTo(2);
    }

    @Test
    void anErrorKeepsTheTextAndGoesAwayWithTheNextEdit() {
        editor.showError(4, 11, "invalid syntax");

        assertThat(editor.errorProperty().get()).isEqualTo(new ErrorMark(4, 11, "invalid syntax"));
        assertThat(editor.textProperty().get()).isEqualTo(TEXT);

        editor.edit(0, 0, " ");
        assertThat(editor.errorProperty().get()).isNull();
    }

    @Test
    void runToHereReachesWhoeverListens() {
        editor.runToHere(3);
        List<Integer> asked = new ArrayList<>();
        editor.onRunToHereProperty().set((IntConsumer) asked::add);

        editor.runToHere(4);

        assertThat(asked).containsExactly(4);
    }
}
