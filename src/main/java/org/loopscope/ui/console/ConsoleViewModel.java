package org.loopscope.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.loopscope.session.view.PanelState;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The lines of the console panel: what the app has to say (files opened and saved, what could not be read), then
 * what the running program printed up to the player's cursor (standard error in red). A traceback's
 * {@code File "...", line N} lines of the program's own file can be activated to show that line. It keeps the last
 * {@link #LIMIT} lines, each cut at {@link #LINE_LIMIT} characters.
 */
public final class ConsoleViewModel {

    /** How many lines the console keeps; older ones are dropped. */
    public static final int LIMIT = 10_000;

    /** The most characters of one line shown: a line of a million characters would stall the list's layout. */
    public static final int LINE_LIMIT = 10_000;

    /** What a line is, for its colour. */
    public enum Kind { INFO, ERROR, STDOUT, STDERR }

    private static final Pattern LOCATION = Pattern.compile("^\\s*File \"(.*)\", line (\\d+)");

    /** One line of the console. */
    public record Line(Kind kind, String text) {
        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<IntConsumer> onGoToLine = new SimpleObjectProperty<>(this, "onGoToLine");
    private final List<Line> program = new ArrayList<>();
    /** How the app's own notes about a run begin (as the command line writes them to stderr). */
    private static final String APP_NOTE = "loopscope: ";
    private String programText = "";
    private String programPath = "";
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
        program.clear();
        programText = "";
    }

    /**
     * Shows {@code chunks} as the program's output (replacing what it showed of the program before; the app's own
     * messages stay). {@code path} is the program's file,
     * whose traceback lines can be activated.
     */
    public void showProgramOutput(String path, List<PanelState.ConsoleChunk> chunks) {
        StringBuilder all = new StringBuilder();
        chunks.forEach(chunk -> all.append(chunk.stderr() ? 'E' : 'O').append(chunk.text()));
        if (all.toString().equals(programText) && path.equals(programPath)) {
            return;
        }
        programText = all.toString();
        programPath = path;
        List<Line> made = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Kind pendingKind = null;
        for (PanelState.ConsoleChunk chunk : chunks) {
            Kind kind = chunk.stderr() ? Kind.STDERR : Kind.STDOUT;
            if (chunk.stderr() && chunk.text().startsWith(APP_NOTE) && pending.length() > 0) {
                // The app's own note (output limit, stop) is not the program's: it starts a line of its own.
                made.add(new Line(pendingKind, shortened(pending)));
                pending.setLength(0);
                pendingKind = null;
            }
            String[] parts = chunk.text().split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (pendingKind != null && pendingKind != kind && pending.length() > 0) {
                    // A line written half to each stream: keep it whole, coloured as it began.
                    kind = pendingKind;
                }
                pending.append(parts[i]);
                pendingKind = kind;
                if (i < parts.length - 1) {
                    made.add(new Line(pendingKind, shortened(pending)));
                    pending.setLength(0);
                    pendingKind = null;
                    kind = chunk.stderr() ? Kind.STDERR : Kind.STDOUT;
                }
            }
        }
        if (pending.length() > 0) {
            made.add(new Line(pendingKind, shortened(pending)));
        }
        int start = lines.size() - program.size();
        lines.remove(Math.max(0, start), lines.size());
        program.clear();
        program.addAll(made);
        lines.addAll(made);
        trim();
    }

    private static String shortened(CharSequence line) {
        return line.length() <= LINE_LIMIT ? line.toString() : line.subSequence(0, LINE_LIMIT) + " \u2026";
    }

    /** The program's output as shown, both streams, each line ended by a newline. */
    public String programText() {
        StringBuilder text = new StringBuilder();
        program.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }

    /** The program's line a traceback line points to, if it is a {@code File "...", line N} line of its file. */
    public OptionalInt location(Line line) {
        if (line.kind() != Kind.STDERR && line.kind() != Kind.STDOUT) {
            return OptionalInt.empty();
        }
        Matcher matcher = LOCATION.matcher(line.text());
        if (!matcher.find() || !matcher.group(1).equals(programPath)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(matcher.group(2)));
    }

    /** Activates a line: a traceback line of the program shows its line in the editor. */
    public void activate(Line line) {
        IntConsumer handler = onGoToLine.get();
        location(line).ifPresent(target -> {
            if (handler != null) {
                handler.accept(target);
            }
        });
    }

    /** What activating a traceback line does with its line number. */
    public ObjectProperty<IntConsumer> onGoToLineProperty() {
        return onGoToLine;
    }

    private void add(Kind kind, String text) {
        // App messages go before the program's output.
        int at = lines.size() - program.size();
        List<Line> added = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            added.add(new Line(kind, line));
        }
        lines.addAll(Math.max(0, at), added);
        trim();
    }

    private void trim() {
        if (lines.size() > LIMIT) {
            int drop = lines.size() - LIMIT;
            lines.remove(0, drop);
            if (program.size() > lines.size()) {
                program.subList(0, program.size() - lines.size()).clear();
            }
        }
    }
}
