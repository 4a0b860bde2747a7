package org.loopscope.ui.console;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines of the console panel: what the app has to say (files opened and saved, what could not be read). A run's
 * output and tracebacks will be written here too. It keeps the last {@link #LIMIT} lines.
 */
public final class ConsoleViewModel {

    /** How many lines the console keeps; older ones are dropped. */
    public static final int LIMIT = 10_000;

    /** What a line is, for its colour. */
    public enum Kind { INFO, ERROR }

    /** One line of the console. */
    public record Line(Kind kind, String text) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    /** Made once: a read-only view listens weakly to its source and must live as long as its listeners. */
    private final ObservableList<Line> linesView = FXCollections.unmodifiableObservableList(lines);

    /** Returns the lines, oldest first. */
    public ObservableList<Line> lines() {
        return linesView;
    }

    /** Adds an app message. */
    public void info(String text) {
        add(Kind.INFO, text);
    }

    /** Adds an error; a text of several lines becomes several console lines. */
    public void error(String text) {
        add(Kind.ERROR, text);
    }

    /** Empties the console. */
    public void clear() {
        lines.clear();
    }

    private void add(Kind kind, String text) {
        for (String line : text.split("\n", -1)) {
            lines.add(new Line(kind, line));
        }
        if (lines.size() > LIMIT) {
            lines.remove(0, lines.size() - LIMIT);
        }
    }
}
