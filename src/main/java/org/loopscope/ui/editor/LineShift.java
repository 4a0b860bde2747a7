package org.loopscope.ui.editor;

import java.util.OptionalInt;

/**
 * Where a line goes when the text is edited: lines below an insertion move down, lines inside a deletion go away,
 * a line whose line break before it was deleted joins the line above.
 *
 * <p>A line belongs to its text: inserting a line break at the very start of line 3 moves line 3's text, and its
 * breakpoint, to line 4; inserting one at its end leaves it on line 3.
 */
final class LineShift {

    private final String before;
    private final int start;
    private final int end;
    private final int startLine;
    private final int endLine;
    private final int insertedBreaks;

    /**
     * @param before   the text before the edit
     * @param start    the first replaced character
     * @param end      the end of the replaced characters (exclusive)
     * @param inserted the text that replaces them
     */
    LineShift(String before, int start, int end, String inserted) {
        if (start < 0 || end < start || end > before.length()) {
            throw new IllegalArgumentException("edit " + start + ".." + end + " outside 0.." + before.length());
        }
        this.before = before;
        this.start = start;
        this.end = end;
        this.startLine = lineOf(before, start);
        this.endLine = startLine + count(before, start, end);
        this.insertedBreaks = count(inserted, 0, inserted.length());
    }

    /** Returns the 1-based line that the given line's text is on after the edit, or nothing if it was deleted. */
    OptionalInt map(int line) {
        if (line < startLine) {
            return OptionalInt.of(line);
        }
        if (line > endLine) {
            return OptionalInt.of(line + insertedBreaks - (endLine - startLine));
        }
        int lineStart = lineStart(line);
        if (line == startLine && start > lineStart) {
            return OptionalInt.of(line);
        }
        if (removesWholeLine(line, lineStart)) {
            return OptionalInt.empty();
        }
        // The edit starts at this line's first character (its text moves below what is inserted), or the line
        // break before the line was deleted (its remaining text joins the edit's last line).
        return OptionalInt.of(startLine + insertedBreaks);
    }

    private boolean removesWholeLine(int line, int lineStart) {
        int lineEnd = before.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            // The last line has no line break of its own: removed when its text is gone and a break before it too.
            return end == before.length() && start < lineStart;
        }
        return end > lineEnd && start <= lineStart && end > start;
    }

    private int lineStart(int line) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = before.indexOf('\n', offset) + 1;
        }
        return offset;
    }

    static int lineOf(String text, int offset) {
        return 1 + count(text, 0, offset);
    }

    private static int count(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks;
    }
}
