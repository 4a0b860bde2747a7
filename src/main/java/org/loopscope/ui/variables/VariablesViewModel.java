package org.loopscope.ui.variables;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.loopscope.session.variables.VariablesState;
import org.loopscope.ui.i18n.Message;

/**
 * The Variables panel without its nodes: at every move of the cursor it asks the run for the variables there and
 * turns them into a tree of plain rows — the module's globals first, then each task with its frames (outermost
 * first) and their variables, as Python Tutor draws a call stack. A task whose step runs at the cursor is live; the
 * others are suspended (their frames keep the variables they had when they stopped) and show greyed. The selected
 * task is expanded; with none selected, every task of a program with a few, else the running one. Modules, functions
 * and classes among the globals show only when
 * {@link #showDefinitionsProperty()} is on.
 */
public final class VariablesViewModel {

    /** What a row is. */
    public enum Kind {
        GLOBALS, TASK, FRAME, VARIABLE
    }

    /**
     * One row of the tree.
     *
     * @param kind     what it is
     * @param key      a name unique in the tree and stable across moves (to keep rows expanded as the user left them)
     * @param name     a task's name, a frame's function, a variable's name ("" for the globals row)
     * @param value    a variable's value text; a task's state (and how it ended); "" otherwise
     * @param type     a variable's type name, else ""
     * @param line     a frame's line, else 0
     * @param greyed   whether it belongs to a task that is not running at the cursor
     * @param expanded whether it starts expanded
     * @param children its rows
     */
    public record Row(Kind kind, String key, String name, String value, String type, int line, boolean greyed,
            boolean expanded, List<Row> children) {
        public Row {
            Objects.requireNonNull(kind, "kind");
            children = List.copyOf(children);
        }
    }

    /** Up to this many tasks, all are open while none is selected. */
    static final int FEW_TASKS = 5;

    private final Function<Boolean, VariablesState> source;
    private final StringProperty selectedTask;
    private final BooleanProperty showDefinitions = new SimpleBooleanProperty(this, "showDefinitions");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyObjectWrapper<Message> note = new ReadOnlyObjectWrapper<>(this, "note");

    /**
     * A panel showing what {@code source} answers (given whether to include definitions; null when nothing ran),
     * asked again whenever {@code moved} changes, the selection ({@code selectedTask}) changes, or the definitions
     * toggle does.
     */
    public VariablesViewModel(Function<Boolean, VariablesState> source, ObservableValue<?> moved,
            StringProperty selectedTask) {
        this.source = Objects.requireNonNull(source, "source");
        this.selectedTask = Objects.requireNonNull(selectedTask, "selectedTask");
        moved.addListener((observable, before, now) -> refresh());
        selectedTask.addListener((observable, before, now) -> refresh());
        showDefinitions.addListener((observable, before, now) -> refresh());
    }

    /** Asks for the variables at the cursor again. */
    public void refresh() {
        VariablesState state = source.apply(showDefinitions.get());
        if (state == null) {
            rows.set(List.of());
            note.set(null);
            return;
        }
        rows.set(build(state, selectedTask.get()));
        if (state.cut()) {
            note.set(Message.of("variables.cut", state.cutAt(), state.budgetBytes() >> 20));
        } else if (state.hiddenTasks() > 0) {
            note.set(Message.of("variables.more", state.hiddenTasks()));
        } else {
            note.set(null);
        }
    }

    private static List<Row> build(VariablesState state, String selected) {
        List<Row> tree = new ArrayList<>();
        if (!state.globals().isEmpty()) {
            tree.add(new Row(Kind.GLOBALS, "globals", "", "", "", 0, false, true,
                    variables("globals/", state.globals(), false)));
        }
        // The selected task is open; with none selected, all of a few tasks are, or the running one of many.
        String open = selected != null && state.task(selected) != null ? selected : running(state);
        boolean all = (selected == null || state.task(selected) == null) && state.tasks().size() <= FEW_TASKS;
        for (VariablesState.TaskVariables task : state.tasks()) {
            boolean greyed = !task.running();
            List<Row> frames = new ArrayList<>();
            for (int k = 0; k < task.frames().size(); k++) {
                VariablesState.FrameVariables frame = task.frames().get(k);
                String key = task.name() + "/" + k + "/" + frame.function();
                frames.add(new Row(Kind.FRAME, key, frame.function(), "", "", frame.line(), greyed, true,
                        variables(key + "/", frame.variables(), greyed)));
            }
            tree.add(new Row(Kind.TASK, task.name(), task.name(), state(task), "", 0, greyed,
                    all || task.name().equals(open), frames));
        }
        return tree;
    }

    /** The task's state as the tasks table words it, and once it ended, its result or exception. */
    private static String state(VariablesState.TaskVariables task) {
        if (task.outcome() == null || task.outcomeText() == null || task.outcomeText().isEmpty()) {
            return task.state();
        }
        return task.state() + " → " + task.outcomeText();
    }

    private static String running(VariablesState state) {
        for (VariablesState.TaskVariables task : state.tasks()) {
            if (task.running()) {
                return task.name();
            }
        }
        return null;
    }

    private static List<Row> variables(String prefix, List<VariablesState.Variable> variables, boolean greyed) {
        List<Row> rows = new ArrayList<>(variables.size());
        for (VariablesState.Variable v : variables) {
            rows.add(new Row(Kind.VARIABLE, prefix + v.name(), v.name(), v.value(), v.type(), 0, greyed, false,
                    List.of()));
        }
        return rows;
    }

    /** The tree's top rows: the globals, then the tasks in order of creation. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** What the panel must say above the tree (the recording stopped at its budget, more tasks), or null. */
    public ReadOnlyObjectProperty<Message> noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Whether globals that are modules, functions and classes are shown. */
    public BooleanProperty showDefinitionsProperty() {
        return showDefinitions;
    }

    /** Selects a task (a click on its row): the same selection as the tasks table's and the timeline's. */
    public void select(String task) {
        selectedTask.set(task);
    }
}
