package org.loopscope.script.syntax;

/**
 * The character level of {@link Lexer}: the source as code points read one at a time the way CPython's tokenizer
 * reads its buffer (a line is counted when its first character is needed; a null byte fails its line), the
 * bracket stack, and the construction of tokens and of tokenizer errors with CPython's positions and texts.
 */
abstract class SourceReader {

    static final int MAX_LEVEL = 200;
    static final int EOF = -1;

    final SourceText source;
    final String filename;
    private final int[] cp;
    private final int nulLine;

    int pos;
    int lineNo;
    int lineStart;
    private boolean newLinePending = true;
    int tokStart;

    int level;
    final char[] parenStack = new char[MAX_LEVEL];
    final int[] parenLine = new int[MAX_LEVEL];
    final int[] parenCol = new int[MAX_LEVEL];

    SourceReader(SourceText source, String filename) {
        this.source = source;
        this.filename = filename;
        String text = source.text();
        // CPython's file reader gives the last line a newline if it lacks one.
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text = text + "\n";
        }
        this.cp = text.codePoints().toArray();
        int nul = -1;
        for (int i = 0; i < source.lineCount() && nul < 0; i++) {
            if (source.lines().get(i).indexOf('\0') >= 0) {
                nul = i + 1;
            }
        }
        this.nulLine = nul < 0 ? -1 : nul + source.firstLine() - 1;
        this.lineNo = source.firstLine() - 1;
    }

    PySyntaxError neverClosed() {
        int i = level - 1;
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, "'" + parenStack[i] + "' was never closed", filename,
                parenLine[i], source.byteColumn(parenLine[i], parenCol[i]) + 1, parenLine[i], 0,
                source.fileLine(parenLine[i]));
    }

    /** A tokenizer error; unwinds to {@link Lexer}'s loop. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient PySyntaxError error;
        final boolean raisedByTokenizer;

        Failure(PySyntaxError error, boolean raisedByTokenizer) {
            super(null, null, false, false);
            this.error = error;
            this.raisedByTokenizer = raisedByTokenizer;
        }
    }

    // ---- reading characters ------------------------------------------------------------------------------------

    int nextc() {
        if (pos >= cp.length) {
            return EOF;
        }
        if (newLinePending) {
            // CPython reads (and counts) a line only when it needs its first character.
            newLinePending = false;
            lineNo++;
            lineStart = pos;
            if (lineNo == nulLine) {
                String l = source.lines().get(lineNo - source.firstLine());
                throw new Failure(new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR,
                        "source code cannot contain null bytes", filename, lineNo, 0, lineNo, 0,
                        l.substring(0, l.indexOf('\0'))), true);
            }
        }
        int c = cp[pos++];
        if (c == '\n') {
            newLinePending = true;
        }
        return c;
    }

    void backup(int c) {
        if (c == EOF) {
            return;
        }
        pos--;
        if (c == '\n') {
            newLinePending = false;
        }
    }

    int peek() {
        int c = nextc();
        backup(c);
        return c;
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /** CPython's tokenizer syntaxerror(): caret just before the cursor, text = the line without its newline. */
    Failure syntaxError(String msg) {
        int col = pos - lineStart;
        return syntaxErrorRange(msg, col, col);
    }

    Failure syntaxErrorRange(String msg, int offset, int endOffset) {
        int end = lineStart;
        while (end < cp.length && cp[end] != '\n') {
            end++;
        }
        String text = new String(cp, lineStart, end - lineStart);
        return new Failure(new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineNo, offset, lineNo,
                endOffset, text), true);
    }

    /** An error CPython's parser raises for a tokenizer state, with the line re-read from the file. */
    Failure parserSideError(PySyntaxError.Kind kind, String msg, int offset, int endOffset) {
        return new Failure(new PySyntaxError(kind, msg, filename, lineNo, offset, lineNo, endOffset,
                source.fileLine(lineNo)), false);
    }

    Failure tabError() {
        return parserSideError(PySyntaxError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                1, 0);
    }

    /** Where CPython's cursor stands after it gave up on a line: past its end (the newline included). */
    int endOfLineCol() {
        int end = lineStart;
        while (end < cp.length && cp[end] != '\n') {
            end++;
        }
        return end - lineStart + (end < cp.length ? 1 : 0);
    }

    Failure eofError() {
        if (level > 0) {
            return new Failure(neverClosed(), false);
        }
        return parserSideError(PySyntaxError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing",
                source.byteColumn(lineNo, pos - lineStart), -1);
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    Token token(TokenKind kind, int startPos, int endPos) {
        String text = new String(cp, startPos, endPos - startPos);
        return new Token(kind, text, lineNo, startPos - lineStart, lineNo, endPos - lineStart, endPos - lineStart,
                level);
    }

    Token positionless(TokenKind kind) {
        // At end of file CPython's buffer is empty, so its cursor column is 0.
        int cursor = pos >= cp.length ? 0 : pos - lineStart;
        return new Token(kind, "", lineNo, -1, lineNo, -1, cursor, level);
    }

    // ---- helpers for NumberLexer -------------------------------------------------------------------------------

    int nextChar() {
        return nextc();
    }

    void pushBack(int c) {
        backup(c);
    }

    int peekChar() {
        return peek();
    }

    /** The current token's start as a 1-based column, for CPython's known-range errors. */
    int tokenStartColumn() {
        return tokStart - lineStart + 1;
    }

    int cursorColumn() {
        return pos - lineStart;
    }

    RuntimeException error(String msg) {
        return syntaxError(msg);
    }

    /** A tokenizer error with a known range given in code points; CPython passes these as bytes. */
    RuntimeException errorRange(String msg, int offset, int endOffset) {
        return syntaxErrorRange(msg, source.byteColumn(lineNo, offset - 1) + 1, source.byteColumn(lineNo, endOffset));
    }

    Token numberToken() {
        return token(TokenKind.NUMBER, tokStart, pos);
    }

    static String chars(int c) {
        return new String(Character.toChars(c));
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isIdentifierChar(int c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    /** The code point at an absolute index (for identifier checks). */
    int codePointAt(int index) {
        return cp[index];
    }

    /** The text between two absolute indexes. */
    String text(int from, int to) {
        return new String(cp, from, to - from);
    }

    boolean atEnd() {
        return pos >= cp.length;
    }
}
