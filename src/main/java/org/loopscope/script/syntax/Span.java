package org.loopscope.script.syntax;

/**
 * A source range: lines are 1-based, columns are 0-based offsets in Unicode code points within their line
 * (CPython counts UTF-8 bytes in {@code col_offset}; code points are what a reader and an editor see).
 * The end is exclusive: {@code x} on line 1 column 0 is {@code Span(1, 0, 1, 1)}.
 */
public record Span(int line, int col, int endLine, int endCol) {

    /** A span for nodes that have no place in the source (none are produced by the parser). */
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Span between(Span first, Span last) {
        return new Span(first.line, first.col, last.endLine, last.endCol);
    }

    /** The span from the start of this one to the end of {@code last}. */
    public Span to(Span last) {
        return between(this, last);
    }

    @Override
    public String toString() {
        return line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
