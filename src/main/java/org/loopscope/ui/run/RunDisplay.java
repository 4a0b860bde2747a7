package org.loopscope.ui.run;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.loopscope.session.view.PanelState;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;

/**
 * Shows the run at the cursor: the panels' state and rows, the timeline as recorded so far, the position, the
 * program's output in the console, and in the editor one marker per task and the running line. The selected task
 * lives here too, since its lane is found on the timeline shown and its marker is ringed.
 */
final class RunDisplay {

    private final EditorViewModel editor;
    private final ConsoleViewModel console;
    /** Whether playing goes as fast as possible, when the markers may lag. */
    private final BooleanSupplier hurried;
    private final ReadOnlyObjectWrapper<PanelState> state;
    private final ReadOnlyIntegerWrapper position;
    private final ReadOnlyObjectWrapper<TimelineModel> timeline;
    private final PanelLists lists = new PanelLists();
    private final TaskMarkers markers;
    private final TaskSelection selection;

    /** A display in {@code editor} and {@code console} whose properties belong to {@code bean}. */
    RunDisplay(Object bean, EditorViewModel editor, ConsoleViewModel console, BooleanSupplier hurried) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.console = Objects.requireNonNull(console, "console");
        this.hurried = Objects.requireNonNull(hurried, "hurried");
        state = new ReadOnlyObjectWrapper<>(bean, "state");
        position = new ReadOnlyIntegerWrapper(bean, "position");
        timeline = new ReadOnlyObjectWrapper<>(bean, "timeline", TimelineModel.empty());
        markers = new TaskMarkers(editor);
        selection = new TaskSelection(timeline::get, lists::tasks, this::showMarkers);
    }

    /** A new run starts: its timeline has nothing yet. */
    void clearTimeline() {
        timeline.set(TimelineModel.empty());
    }

    /**
     * Shows {@code now}, with {@code model} the run's timeline and {@code runPath} the file its output names; the
     * tasks' rows stay as they were if {@code lagTasks}.
     */
    void show(PanelState now, TimelineModel model, String runPath, boolean lagTasks) {
        state.set(now);
        lists.show(now, !lagTasks);
        console.showProgramOutput(runPath, now.console());
        if (model != timeline.get()) {
            timeline.set(model);
            selection.resolve();
        }
        position.set(now.position());
        showMarkers();
        editor.currentLineProperty().set(Math.max(0, now.currentLine()));
    }

    /** Brings the rows and markers that lagged while playing up to the state shown. */
    void catchUp() {
        PanelState now = state.get();
        if (now != null) {
            lists.catchUpTasks(now);
        }
        showMarkers();
    }

    private void showMarkers() {
        PanelState now = state.get();
        if (now != null) {
            markers.show(now, selection.nameProperty().get(), hurried.getAsBoolean());
        }
    }

    ReadOnlyObjectWrapper<PanelState> state() {
        return state;
    }

    ReadOnlyIntegerWrapper position() {
        return position;
    }

    ReadOnlyObjectWrapper<TimelineModel> timeline() {
        return timeline;
    }

    PanelLists lists() {
        return lists;
    }

    TaskSelection selection() {
        return selection;
    }
}
