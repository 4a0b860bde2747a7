package org.loopscope.ui.run;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.session.view.PanelState;

/**
 * The rows the panels' tables and lists show, taken from the panels' state at the cursor: the tasks (at most
 * {@link #TASK_ROWS_LIMIT}), the ready queue, the timer heap, the warnings and the narration.
 * A list is replaced only where its rows changed or replacing is cheap, so selections and scroll positions hold.
 */
final class PanelLists {

    /** The most rows the tasks table shows (in creation order): 100,000 rows re-sorted every frame would stall it. */
    static final int TASK_ROWS_LIMIT = 1_000;

    private final ObservableList<PanelState.TaskRowView> tasks = FXCollections.observableArrayList();
    private final ObservableList<PanelState.ReadyEntryView> ready = FXCollections.observableArrayList();
    private final ObservableList<PanelState.TimerEntryView> timers = FXCollections.observableArrayList();
    private final ObservableList<PanelState.WarningView> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> narration = FXCollections.observableArrayList();

    /** Shows {@code now}; the tasks' rows only if {@code withTasks} (they may lag while playing, then catch up). */
    void show(PanelState now, boolean withTasks) {
        if (withTasks) {
            tasks.setAll(shown(now));
        }
        ready.setAll(now.ready());
        timers.setAll(now.timers());
        narration.setAll(now.narration());
        // Replacing the warnings would lose the row the user is looking at.
        if (!warnings.equals(now.warnings())) {
            warnings.setAll(now.warnings());
        }
    }

    /** Brings the tasks' rows up to {@code now} after they lagged. */
    void catchUpTasks(PanelState now) {
        List<PanelState.TaskRowView> rows = shown(now);
        if (!tasks.equals(rows)) {
            tasks.setAll(rows);
        }
    }

    /** The first {@link #TASK_ROWS_LIMIT} of {@code now}'s task rows. */
    private static List<PanelState.TaskRowView> shown(PanelState now) {
        return now.tasks().size() <= TASK_ROWS_LIMIT ? now.tasks() : now.tasks().subList(0, TASK_ROWS_LIMIT);
    }

    /** The tasks table's rows. */
    ObservableList<PanelState.TaskRowView> tasks() {
        return tasks;
    }

    /** The ready queue, front first. */
    ObservableList<PanelState.ReadyEntryView> ready() {
        return ready;
    }

    /** The timer heap, earliest first. */
    ObservableList<PanelState.TimerEntryView> timers() {
        return timers;
    }

    /** The run's warnings. */
    ObservableList<PanelState.WarningView> warnings() {
        return warnings;
    }

    /** The narration: the sentence at the cursor first, then the few before it. */
    ObservableList<String> narration() {
        return narration;
    }
}
