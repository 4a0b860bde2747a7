package org.loopscope.ui.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.loopscope.session.variables.VariablesState;
import org.loopscope.session.variables.VariablesState.FrameVariables;
import org.loopscope.session.variables.VariablesState.TaskVariables;
import org.loopscope.session.variables.VariablesState.Variable;
import org.loopscope.ui.variables.VariablesViewModel.Kind;
import org.loopscope.ui.variables.VariablesViewModel.Row;

class VariablesViewModelTest {

    private final SimpleIntegerProperty moved = new SimpleIntegerProperty();
    private final SimpleStringProperty selected = new SimpleStringProperty();
    private final List<Boolean> asked = new ArrayList<>();
    private VariablesState answer;
    private final VariablesViewModel viewModel = new VariablesViewModel(definitions -> {
        asked.add(definitions);
        return answer;
    }, moved, selected);

    private static TaskVariables task(String name, boolean running, String outcome, String... variables) {
        List<Variable> values = new ArrayList<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.add(new Variable(variables[i], variables[i + 1], "int"));
        }
        return new TaskVariables(name, running ? "RUNNING" : outcome == null ? "WAITING" : "DONE", running,
                List.of(new FrameVariables("outer", 3, List.of()), new FrameVariables("inner", 9, values)),
                outcome, outcome == null ? null : "42");
    }

    private static VariablesState state(List<TaskVariables> tasks, List<Variable> globals) {
        return new VariablesState(10, tasks, 0, globals, false, -1, 1 << 20);
    }

    private void move() {
        moved.set(moved.get() + 1);
    }

    @Test
    void globalsComeFirstThenTasksWithTheirFramesOutermostFirst() {
        answer = state(List.of(task("Task-1", false, null, "x", "1"), task("Task-2", true, null, "y", "2")),
                List.of(new Variable("counter", "7", "int")));
        move();
        List<Row> rows = viewModel.rowsProperty().get();
        assertEquals(List.of(Kind.GLOBALS, Kind.TASK, Kind.TASK), rows.stream().map(Row::kind).toList());
        assertEquals("counter", rows.get(0).children().get(0).name());
        Row first = rows.get(1);
        assertEquals(List.of("outer", "inner"), first.children().stream().map(Row::name).toList());
        assertEquals(9, first.children().get(1).line());
        Row x = first.children().get(1).children().get(0);
        assertEquals(new Row(Kind.VARIABLE, "Task-1/1/inner/x", "x", "1", "int", 0, true, false, List.of()), x);
        assertTrue(first.greyed(), "suspended: greyed");
        assertFalse(rows.get(2).greyed(), "running: not greyed");
        assertFalse(rows.get(2).children().get(1).children().get(0).greyed());
        assertNull(viewModel.noteProperty().get());
    }

    @Test
    void theSelectedTaskIsOpenAndAFinishedOneSaysHowItEnded() {
        List<TaskVariables> tasks = new ArrayList<>();
        for (int i = 1; i <= VariablesViewModel.FEW_TASKS + 1; i++) {
            tasks.add(task("Task-" + i, i == 2, i == 4 ? "done" : null, "i", String.valueOf(i)));
        }
        answer = state(tasks, List.of());
        move();
        List<Row> rows = viewModel.rowsProperty().get();
        assertEquals(List.of("Task-2"), rows.stream().filter(Row::expanded).map(Row::name).toList(),
                "many tasks, none selected: the running one is open");
        assertEquals("DONE → 42", rows.get(3).value());
        assertEquals("RUNNING", rows.get(1).value());

        viewModel.select("Task-5");
        assertEquals("Task-5", selected.get());
        assertEquals(List.of("Task-5"), viewModel.rowsProperty().get().stream().filter(Row::expanded)
                .map(Row::name).toList(), "selecting asks again");
    }

    @Test
    void aFewTasksAreAllOpenWhileNoneIsSelected() {
        answer = state(List.of(task("Task-1", false, null), task("Task-2", false, null)), List.of());
        move();
        assertTrue(viewModel.rowsProperty().get().stream().allMatch(Row::expanded));
    }

    @Test
    void theDefinitionsToggleAsksAgainAndNotesSayWhatIsMissing() {
        answer = new VariablesState(500, List.of(), 0, List.of(), true, 400, 64L << 20);
        move();
        assertEquals(List.of(false), asked);
        assertEquals("variables.cut", viewModel.noteProperty().get().key());
        assertEquals(List.of(400, 64L), viewModel.noteProperty().get().args());
        viewModel.showDefinitionsProperty().set(true);
        assertEquals(List.of(false, true), asked);

        answer = new VariablesState(5, List.of(task("Task-1", true, null)), 300, List.of(), false, -1, 1);
        move();
        assertEquals("variables.more", viewModel.noteProperty().get().key());
        answer = null;
        move();
        assertEquals(List.of(), viewModel.rowsProperty().get(), "nothing ran");
        assertNull(viewModel.noteProperty().get());
    }
}
