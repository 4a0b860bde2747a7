package org.loopscope.script.syntax;

/**
 * One token. Positions are code-point columns (see {@link Span}). INDENT, DEDENT and ENDMARKER have no text
 * position in CPython ({@code col == -1}); for them {@code cursorCol} is where the tokenizer stood after producing
 * them, which is what CPython uses as the column of an error reported on such a token. {@code level} is the bracket
 * depth before the token.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol, int cursorCol,
                    int level) {

    /** The token's span (for position-less tokens, an empty span at the cursor). */
    public Span span() {
        if (col < 0) {
            return new Span(line, Math.max(cursorCol, 0), line, Math.max(cursorCol, 0));
        }
        return new Span(line, col, endLine, endCol);
    }

    /** True if this token is of kind {@code k}. */
    public boolean is(TokenKind k) {
        return kind == k;
    }

    @Override
    public String toString() {
        String pos = col < 0 ? line + ":-" : line + ":" + col + "-" + endLine + ":" + endCol;
        return kind + (text.isEmpty() ? "" : " " + text.replace("\n", "\\n")) + " @" + pos;
    }
}
