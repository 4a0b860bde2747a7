package org.loopscope.ui.run;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.loopscope.session.view.PanelState;
import org.loopscope.session.view.TimelineModel;

/**
 * The selected task, by name (the tasks table, Cancel task) and by number in creation order (the timeline's lane),
 * the two kept in step: setting either sets the other. A name maps to the first task of that name; a name the run
 * has not reached yet maps to -1 until {@link #resolve()} finds it.
 */
final class TaskSelection {

    private final StringProperty name = new SimpleStringProperty(this, "selectedTask");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "selectedTaskIndex", -1);
    private final Supplier<TimelineModel> timeline;
    private final Supplier<List<PanelState.TaskRowView>> rows;
    private boolean syncing;

    /** A selection mapping names through {@code timeline} and, for tasks not on it yet, the tasks table's rows. */
    TaskSelection(Supplier<TimelineModel> timeline, Supplier<List<PanelState.TaskRowView>> rows, Runnable changed) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.rows = Objects.requireNonNull(rows, "rows");
        name.addListener((observable, before, after) -> follow(() -> index.set(indexOf(after)), changed));
        index.addListener((observable, before, after) -> follow(() -> name.set(nameOf(after.intValue())), changed));
    }

    StringProperty nameProperty() {
        return name;
    }

    IntegerProperty indexProperty() {
        return index;
    }

    /** Maps a selected name that had no task yet, now that the run may have it. */
    void resolve() {
        if (name.get() != null && index.get() < 0) {
            follow(() -> index.set(indexOf(name.get())), () -> { });
        }
    }

    private void follow(Runnable update, Runnable changed) {
        if (!syncing) {
            syncing = true;
            try {
                update.run();
            } finally {
                syncing = false;
            }
            changed.run();
        }
    }

    private int indexOf(String task) {
        if (task == null) {
            return -1;
        }
        TimelineModel model = timeline.get();
        for (int i = 0; i < model.taskCount(); i++) {
            if (model.taskName(i).equals(task)) {
                return i;
            }
        }
        return rows.get().stream().filter(row -> row.name().equals(task)).mapToInt(PanelState.TaskRowView::index)
                .findFirst().orElse(-1);
    }

    private String nameOf(int task) {
        if (task < 0) {
            return null;
        }
        TimelineModel model = timeline.get();
        if (task < model.taskCount()) {
            return model.taskName(task);
        }
        return rows.get().stream().filter(row -> row.index() == task).map(PanelState.TaskRowView::name).findFirst()
                .orElse(null);
    }
}
