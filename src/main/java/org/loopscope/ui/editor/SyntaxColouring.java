package org.loopscope.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.loopscope.ui.editor.PythonHighlighter.State;

/**
 * Keeps a code area's Python colouring up to date.
 *
 * <p>After an edit it re-colours from the edited line down and stops at the first line that starts in the same
 * state as before, so typing costs a line or two whatever the file's size. A whole new text is coloured at once:
 * on the FX thread when it is small, on a background thread when it is large (the colours then appear a moment
 * later, and an edit made meanwhile simply asks for a fresh colouring).
 */
final class SyntaxColouring {

    /** Above this many characters a whole-text colouring runs off the FX thread. */
    static final int LARGE_TEXT = 200_000;
    static final String ERROR_CLASS = "syntax-error";
    /** An edit inserting more lines than this (a paste) is coloured as a whole new text. */
    static final int MANY_LINES = 200;

    private final CodeArea area;
    /** The state each paragraph starts in; valid only while {@link #valid} is true. */
    private List<State> entries = new ArrayList<>();
    private boolean valid;
    private long version;
    private ErrorMark error;
    private final PauseTransition pendingFullColouring = new PauseTransition(Duration.millis(250));
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loopscope-highlighter");
        thread.setDaemon(true);
        return thread;
    });

    SyntaxColouring(CodeArea area) {
        this.area = area;
        pendingFullColouring.setOnFinished(event -> colourAll());
    }

    /** Colours the whole text, as after loading a file. */
    void colourAll() {
        long myVersion = ++version;
        String text = area.getText();
        if (text.length() < LARGE_TEXT) {
            apply(colour(text, error), myVersion);
        } else {
            ErrorMark errorNow = error;
            background.execute(() -> {
                Whole whole = colour(text, errorNow);
                Platform.runLater(() -> apply(whole, myVersion));
            });
        }
    }

    /** Re-colours after an edit, from its first line down to where the colouring no longer changes. */
    void changed(PlainTextChange change) {
        version++;
        if (!valid) {
            pendingFullColouring.playFromStart();
            return;
        }
        int first = area.offsetToPosition(change.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
        int removedBreaks = breaks(change.getRemoved());
        int insertedBreaks = breaks(change.getInserted());
        entries.subList(first + 1, Math.min(entries.size(), first + 1 + removedBreaks)).clear();
        entries.addAll(Math.min(first + 1, entries.size()), Collections.nCopies(insertedBreaks, null));
        int last = first + insertedBreaks;
        int paragraphs = area.getParagraphs().size();
        if (entries.size() != paragraphs || insertedBreaks > MANY_LINES) {
            valid = false;
            colourAll();
            return;
        }
        State state = entries.get(first);
        for (int p = first; p < paragraphs; p++) {
            State exit = colourParagraph(p, state);
            if (p + 1 < paragraphs) {
                if (p >= last && exit == entries.get(p + 1)) {
                    break;
                }
                entries.set(p + 1, exit);
            }
            state = exit;
        }
    }

    /** Shows an error underline (or none) and re-colours the lines it was and is on. */
    void setError(ErrorMark newError) {
        ErrorMark old = error;
        error = newError;
        if (!valid) {
            return;
        }
        for (ErrorMark mark : new ErrorMark[] {old, newError}) {
            if (mark != null && mark.line() <= area.getParagraphs().size()) {
                colourParagraph(mark.line() - 1, entries.get(mark.line() - 1));
            }
        }
    }

    private State colourParagraph(int paragraph, State entry) {
        String text = area.getParagraph(paragraph).getText();
        PythonHighlighter.Line line = PythonHighlighter.line(text, entry);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        if (!text.isEmpty()) {
            addLine(spans, text, line, errorOn(paragraph + 1, error));
            area.setStyleSpans(paragraph, 0, spans.create());
        }
        return line.exit();
    }

    private void apply(Whole whole, long forVersion) {
        if (forVersion != version || whole.entries.size() != area.getParagraphs().size()) {
            return;
        }
        if (whole.spans != null) {
            area.setStyleSpans(0, whole.spans);
        }
        entries = whole.entries;
        valid = true;
    }

    /** The colouring of a whole text: its spans ({@code null} for no text) and the state each line starts in. */
    private record Whole(StyleSpans<Collection<String>> spans, List<State> entries) {
    }

    private static Whole colour(String text, ErrorMark error) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<State> entries = new ArrayList<>();
        State state = State.CODE;
        int from = 0;
        int lineNumber = 1;
        while (true) {
            int to = text.indexOf('\n', from);
            String lineText = text.substring(from, to < 0 ? text.length() : to);
            entries.add(state);
            PythonHighlighter.Line line = PythonHighlighter.line(lineText, state);
            addLine(spans, lineText, line, errorOn(lineNumber, error));
            state = line.exit();
            if (to < 0) {
                break;
            }
            spans.add(Collections.emptyList(), 1);
            from = to + 1;
            lineNumber++;
        }
        return new Whole(text.isEmpty() ? null : spans.create(), entries);
    }

    /** Returns the columns {@code [from, to)} to underline on a line, or null. */
    private static int[] errorOn(int lineNumber, ErrorMark error) {
        return error != null && error.line() == lineNumber ? new int[] {error.column() - 1} : null;
    }

    private static void addLine(StyleSpansBuilder<Collection<String>> spans, String text, PythonHighlighter.Line line,
            int[] errorColumn) {
        int length = text.length();
        String[] classes = new String[length];
        for (PythonHighlighter.Token token : line.tokens()) {
            for (int i = token.start(); i < token.end(); i++) {
                classes[i] = token.kind().styleClass();
            }
        }
        int errorFrom = -1;
        int errorTo = -1;
        if (errorColumn != null && length > 0) {
            errorFrom = Math.min(errorColumn[0], length - 1);
            errorTo = errorFrom + 1;
            while (errorTo < length && Character.isJavaIdentifierPart(text.charAt(errorTo))
                    && Character.isJavaIdentifierPart(text.charAt(errorFrom))) {
                errorTo++;
            }
        }
        if (length == 0) {
            return;
        }
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || !sameStyle(classes, runStart, i, errorFrom, errorTo)) {
                spans.add(styleOf(classes[runStart], runStart >= errorFrom && runStart < errorTo), i - runStart);
                runStart = i;
            }
        }
    }

    private static boolean sameStyle(String[] classes, int a, int b, int errorFrom, int errorTo) {
        boolean errorA = a >= errorFrom && a < errorTo;
        boolean errorB = b >= errorFrom && b < errorTo;
        return errorA == errorB && java.util.Objects.equals(classes[a], classes[b]);
    }

    private static Collection<String> styleOf(String kindClass, boolean error) {
        if (kindClass == null) {
            return error ? List.of(ERROR_CLASS) : Collections.emptyList();
        }
        return error ? List.of(kindClass, ERROR_CLASS) : List.of(kindClass);
    }

    private static int breaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
