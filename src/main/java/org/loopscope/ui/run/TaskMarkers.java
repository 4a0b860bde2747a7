package org.loopscope.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.loopscope.session.view.PanelState;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.editor.TaskMarker;

/**
 * Keeps the editor's task markers in step with the panels' state: one marker per unfinished task at its line, in its
 * state's colour, the selected task's ringed.
 */
final class TaskMarkers {

    /** The shortest time between two updates of the editor's markers while playing as fast as possible. */
    static final long FAST_MARKER_NANOS = 250_000_000L;

    private final EditorViewModel editor;
    private long shownAt;

    /** Markers shown in {@code editor}. */
    TaskMarkers(EditorViewModel editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
    }

    /**
     * Shows the markers of {@code now} with the task named {@code selected} (or null) ringed. Rebuilding the editor's
     * gutter is the dearest part of a frame with thousands of tasks, so it is skipped when nothing changed, and while
     * {@code hurried} (playing as fast as possible) it is done at most every {@link #FAST_MARKER_NANOS} ns.
     */
    void show(PanelState now, String selected, boolean hurried) {
        long clock = System.nanoTime();
        if (hurried && !now.atEnd() && clock - shownAt < FAST_MARKER_NANOS) {
            return;
        }
        List<TaskMarker> markers = new ArrayList<>();
        for (PanelState.TaskRowView row : now.tasks()) {
            if (row.line() > 0 && !row.state().finished()) {
                markers.add(new TaskMarker(row.line(), StateColors.valueOf(row.state().name()).hex(),
                        row.name() + " · " + row.state().name(), row.name().equals(selected)));
            }
        }
        if (!markers.equals(editor.taskMarkers())) {
            editor.setTaskMarkers(markers);
            shownAt = clock;
        }
    }
}
