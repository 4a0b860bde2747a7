package org.loopscope.ui.editor;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The state of the code editor, without a node: the text, whether it was edited, the breakpoints, the task
 * markers, the current line of the run, an error mark and the caret position.
 *
 * <p>Breakpoints belong to lines of text and follow edits ({@link #edit}): a line inserted above a breakpoint moves
 * it down, deleting its line removes it. Markers and the current line describe a run and are replaced by whoever
 * shows the run. Lines and columns count from 1, as Python's do.
 */
public final class EditorViewModel {

    private final javafx.beans.property.ReadOnlyObjectWrapper<LineRequest> goToLine =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "goToLine");

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private final ObservableSet<Integer> breakpoints = FXCollections.observableSet(new TreeSet<>());
    private final ObservableList<TaskMarker> markers = FXCollections.observableArrayList();
    // Read-only views made once: such a view listens weakly to its source, so a fresh one per call would lose the
    // listeners added to it as soon as it is garbage collected.
    private final ObservableSet<Integer> breakpointsView = FXCollections.unmodifiableObservableSet(breakpoints);
    private final ObservableList<TaskMarker> markersView = FXCollections.unmodifiableObservableList(markers);
    private final IntegerProperty currentLine = new SimpleIntegerProperty(this, "currentLine", 0);
    private final ReadOnlyObjectWrapper<ErrorMark> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 1);
    private final IntegerProperty caretColumn = new SimpleIntegerProperty(this, "caretColumn", 1);
    private final ObjectProperty<IntConsumer> onRunToHere = new SimpleObjectProperty<>(this, "onRunToHere");

    /** Returns the text being edited. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the text was edited since it was set with {@link #setText} or marked saved. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /**
     * Replaces the whole text, as opening a file does: breakpoints, markers, the current line and the error mark
     * belong to the old text and are cleared, and the text counts as unmodified.
     */
    public void setText(String newText) {
        Objects.requireNonNull(newText, "newText");
        breakpoints.clear();
        markers.clear();
        currentLine.set(0);
        error.set(null);
        text.set(newText);
        modified.set(false);
    }

    /**
     * Replaces the characters {@code [start, end)} with {@code inserted}, as typing does. The text becomes
     * modified, breakpoints follow their lines, and the error mark (about the text as it was) goes away.
     */
    public void edit(int start, int end, String inserted) {
        String before = text.get();
        LineShift shift = new LineShift(before, start, end, inserted);
        if (!breakpoints.isEmpty()) {
            TreeSet<Integer> moved = new TreeSet<>();
            for (int line : breakpoints) {
                OptionalInt to = shift.map(line);
                to.ifPresent(moved::add);
            }
            if (!moved.equals(breakpoints)) {
                breakpoints.retainAll(moved);
                breakpoints.addAll(moved);
            }
        }
        error.set(null);
        text.set(before.substring(0, start) + inserted + before.substring(end));
        modified.set(true);
    }

    /** Records that the text now equals what is on disk: it is no longer modified. */
    public void markSaved() {
        modified.set(false);
    }

    /** Records that the text differs from what is on disk, as for text brought back from an autosave. */
    public void markModified() {
        modified.set(true);
    }

    /** Returns the number of lines: one more than the number of line breaks. */
    public int lineCount() {
        return LineShift.lineOf(text.get(), text.get().length());
    }

    /** Returns the 1-based lines that have a breakpoint, in order; read it, change it with the methods. */
    public ObservableSet<Integer> breakpoints() {
        return breakpointsView;
    }

    /** Sets a breakpoint on a line that has none, or removes it; lines outside the text are ignored. */
    public void toggleBreakpoint(int line) {
        if (line < 1 || line > lineCount()) {
            return;
        }
        if (!breakpoints.remove(line)) {
            breakpoints.add(line);
        }
    }

    /** Removes every breakpoint. */
    public void clearBreakpoints() {
        breakpoints.clear();
    }

    /** Returns the task markers in the order they were given. */
    public ObservableList<TaskMarker> taskMarkers() {
        return markersView;
    }

    /** Replaces the task markers: one dot per task, at its line. */
    public void setTaskMarkers(List<TaskMarker> newMarkers) {
        markers.setAll(newMarkers);
    }

    /** Returns the markers on one line, in the order they were given. */
    public List<TaskMarker> markersOn(int line) {
        return markers.stream().filter(marker -> marker.line() == line).toList();
    }

    /** Returns the largest number of markers on any one line; 0 without markers. */
    public int mostMarkersOnALine() {
        return (int) markers.stream().mapToInt(TaskMarker::line).boxed()
                .collect(java.util.stream.Collectors.groupingBy(line -> line, java.util.stream.Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The 1-based line the run is at, highlighted in the editor; 0 for none. */
    public IntegerProperty currentLineProperty() {
        return currentLine;
    }

    /** The error shown in the editor, or {@code null}. */
    public ReadOnlyObjectProperty<ErrorMark> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Underlines the place of an error and marks its line, with the message as tooltip. The text stays. */
    public void showError(int line, int column, String message) {
        error.set(new ErrorMark(line, column, message));
    }

    /** Removes the error mark. */
    public void clearError() {
        error.set(null);
    }

    /** The caret's 1-based line, kept up to date by the view. */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    /** The caret's 1-based column, kept up to date by the view. */
    public IntegerProperty caretColumnProperty() {
        return caretColumn;
    }

    /**
     * What "Run to here" in the editor's context menu does with the chosen line. Nothing is set until runs exist:
     * this is where the session wiring will plug in "run until a task reaches this line".
     */
    public ObjectProperty<IntConsumer> onRunToHereProperty() {
        return onRunToHere;
    }

    /** Asks to run to a 1-based line: hands it to {@link #onRunToHereProperty()}, if anything listens. */
    public void runToHere(int line) {
        IntConsumer handler = onRunToHere.get();
        if (handler != null) {
            handler.accept(line);
        }
    }

    /** A request to show a line with the caret on it; the serial tells two requests for one line apart. */
    public record LineRequest(int line, long serial) {
    }

    /** The last request to show a line (the view moves the caret there and scrolls to it), or null. */
    public ReadOnlyObjectProperty<LineRequest> goToLineProperty() {
        return goToLine.getReadOnlyProperty();
    }

    /** Asks the view to put the caret at the start of 1-based {@code line} and show it. */
    public void goToLine(int line) {
        LineRequest last = goToLine.get();
        goToLine.set(new LineRequest(line, last == null ? 1 : last.serial() + 1));
    }
}
