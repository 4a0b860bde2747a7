package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns Python source into tokens exactly as CPython 3.11's tokenizer does: INDENT/DEDENT from a stack with
 * Python's tab rules (tabs to multiples of 8, and the 1-column alternate check that raises TabError), implicit line
 * joining inside brackets, backslash continuation, comments, blank lines, an implicit final NEWLINE, at most 200
 * nested brackets and 100 indentation levels. Strings (f-strings included) are single STRING tokens whose meaning
 * the parser works out later, as in 3.11.
 *
 * <p>Tokenizing never throws: the whole source is tokenized up front and a problem ends the list with an ERRORTOKEN
 * whose error the parser reports when it reaches it (or when it fails earlier, since CPython's tokenizer errors win
 * over its parser's). The error's position, text and message are CPython's.
 */
public final class Lexer {

    /**
     * The tokens of a source. The list ends with ENDMARKER, or with ERRORTOKEN when {@code error} is set: a
     * tokenizer error, or end of file inside brackets ({@code unclosedLine > 0}, the line of the innermost open
     * bracket, and {@code error} says it was never closed).
     */
    public record Result(List<Token> tokens, PySyntaxError error, int unclosedLine) {
    }

    static final int MAX_LEVEL = 200;
    private static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;
    private static final int EOF = -1;

    private final SourceText source;
    private final String filename;
    private final int[] cp;
    private final int nulLine;
    private final List<Token> tokens = new ArrayList<>();

    private int pos;
    private int lineNo;
    private int lineStart;
    private boolean newLinePending = true;
    private int tokStart;

    private final int[] indStack = new int[MAX_INDENT];
    private final int[] altIndStack = new int[MAX_INDENT];
    private int indent;
    private int pendin;
    private boolean atBol = true;

    private int level;
    private final char[] parenStack = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenCol = new int[MAX_LEVEL];

    private Lexer(SourceText source, String filename) {
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

    /** Tokenizes a whole source (any line endings; a leading BOM is ignored). */
    public static Result tokenize(String source, String filename) {
        return tokenize(new SourceText(source), filename);
    }

    static Result tokenize(SourceText source, String filename) {
        return new Lexer(source, filename).run();
    }

    private Result run() {
        try {
            while (true) {
                Token t = next();
                tokens.add(t);
                if (t.kind() == TokenKind.ENDMARKER) {
                    return new Result(List.copyOf(tokens), null, 0);
                }
                if (t.kind() == TokenKind.ERRORTOKEN) {
                    // End of file inside brackets: not an error by itself (see Parser).
                    int i = level - 1;
                    PySyntaxError never = new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR,
                            "'" + parenStack[i] + "' was never closed", filename, parenLine[i], parenCol[i] + 1,
                            parenLine[i], 0, source.fileLine(parenLine[i]));
                    return new Result(List.copyOf(tokens), never, parenLine[i]);
                }
            }
        } catch (Failure f) {
            tokens.add(new Token(TokenKind.ERRORTOKEN, "", lineNo, -1, lineNo, -1, pos - lineStart, level));
            return new Result(List.copyOf(tokens), f.error, 0);
        }
    }

    /** A tokenizer error; unwinds to {@link #run()}. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient PySyntaxError error;

        Failure(PySyntaxError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    // ---- reading characters ------------------------------------------------------------------------------------

    private int nextc() {
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
                        l.substring(0, l.indexOf('\0'))));
            }
        }
        int c = cp[pos++];
        if (c == '\n') {
            newLinePending = true;
        }
        return c;
    }

    private void backup(int c) {
        if (c == EOF) {
            return;
        }
        pos--;
        if (c == '\n') {
            newLinePending = false;
        }
    }

    private int peek() {
        int c = nextc();
        backup(c);
        return c;
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /** CPython's tokenizer syntaxerror(): caret just before the cursor, text = the line without its newline. */
    private Failure syntaxError(String msg) {
        int col = pos - lineStart;
        return syntaxErrorRange(msg, col, col);
    }

    private Failure syntaxErrorRange(String msg, int offset, int endOffset) {
        int end = lineStart;
        while (end < cp.length && cp[end] != '\n') {
            end++;
        }
        String text = new String(cp, lineStart, end - lineStart);
        return new Failure(new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, lineNo, offset, lineNo,
                endOffset, text));
    }

    /** An error CPython's parser raises for a tokenizer state, with the line re-read from the file. */
    private Failure parserSideError(PySyntaxError.Kind kind, String msg, int offset, int endOffset) {
        return new Failure(new PySyntaxError(kind, msg, filename, lineNo, offset, lineNo, endOffset,
                source.fileLine(lineNo)));
    }

    private Failure tabError() {
        return parserSideError(PySyntaxError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                1, 0);
    }

    /** Where CPython's cursor stands after it gave up on a line: past its end (the newline included). */
    private int endOfLineCol() {
        int end = lineStart;
        while (end < cp.length && cp[end] != '\n') {
            end++;
        }
        return end - lineStart + (end < cp.length ? 1 : 0);
    }

    private Failure eofError() {
        if (level > 0) {
            int i = level - 1;
            return new Failure(new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR,
                    "'" + parenStack[i] + "' was never closed", filename, parenLine[i], parenCol[i] + 1,
                    parenLine[i], 0, source.fileLine(parenLine[i])));
        }
        return parserSideError(PySyntaxError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing",
                pos - lineStart, -1);
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    private Token token(TokenKind kind, int startPos, int endPos) {
        String text = new String(cp, startPos, endPos - startPos);
        return new Token(kind, text, lineNo, startPos - lineStart, lineNo, endPos - lineStart, endPos - lineStart,
                level);
    }

    private Token positionless(TokenKind kind) {
        // At end of file CPython's buffer is empty, so its cursor column is 0.
        int cursor = pos >= cp.length ? 0 : pos - lineStart;
        return new Token(kind, "", lineNo, -1, lineNo, -1, cursor, level);
    }

    /** A backslash-newline: returns the first character of the next line (pushed back). */
    private int continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw parserSideError(PySyntaxError.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", pos - lineStart, 0);
        }
        c = nextc();
        if (c == EOF) {
            throw eofError();
        }
        backup(c);
        return c;
    }

    private Token next() {
        boolean blankLine = false;
        while (true) {
            if (atBol) {
                blankLine = indentation();
            }
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return positionless(TokenKind.DEDENT);
                }
                pendin--;
                return positionless(TokenKind.INDENT);
            }
            Token t = nextOnLine(blankLine);
            if (t != null) {
                return t;
            }
            // A newline that ends a blank line or falls inside brackets: go on with the next line.
        }
    }

    /** Measures a new line's indentation and queues INDENT/DEDENT; returns true for a blank or comment line. */
    private boolean indentation() {
        atBol = false;
        int col = 0;
        int altCol = 0;
        int contLineCol = 0;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol = altCol + 1;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else if (c == '\\') {
                // Only the first backslash-continued run of whitespace sets the indentation.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                continuationLine();
            } else {
                break;
            }
        }
        backup(c);
        boolean blank = c == '#' || c == '\n';
        if (!blank && level == 0) {
            if (contLineCol != 0) {
                col = contLineCol;
                altCol = contLineCol;
            }
            if (col == indStack[indent]) {
                if (altCol != altIndStack[indent]) {
                    throw tabError();
                }
            } else if (col > indStack[indent]) {
                if (indent + 1 >= MAX_INDENT) {
                    throw parserSideError(PySyntaxError.Kind.INDENTATION_ERROR, "too many levels of indentation",
                            1, 0);
                }
                if (altCol <= altIndStack[indent]) {
                    throw tabError();
                }
                pendin++;
                indStack[++indent] = col;
                altIndStack[indent] = altCol;
            } else {
                while (indent > 0 && col < indStack[indent]) {
                    pendin--;
                    indent--;
                }
                if (col != indStack[indent]) {
                    throw parserSideError(PySyntaxError.Kind.INDENTATION_ERROR,
                            "unindent does not match any outer indentation level", endOfLineCol(), -1);
                }
                if (altCol != altIndStack[indent]) {
                    throw tabError();
                }
            }
        }
        return blank;
    }

    /** The next token on the current line, or null after a newline that produces no token. */
    private Token nextOnLine(boolean blankLine) {
        while (true) {
            int c;
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            tokStart = pos - (c == EOF ? 0 : 1);
            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = nextc();
                }
            }
            if (c == EOF) {
                return level > 0 ? positionless(TokenKind.ERRORTOKEN) : endOfFile();
            }
            if (c == '\\') {
                continuationLine();
                continue;
            }
            return tokenStartingWith(c, blankLine);
        }
    }

    private Token tokenStartingWith(int c, boolean blankLine) {
        if (isIdentifierStart(c)) {
            return nameOrString(c);
        }
        if (c == '\n') {
            atBol = true;
            if (blankLine || level > 0) {
                return null;
            }
            // Like CPython, a NEWLINE after a comment starts at the '#' and ends before the newline.
            int end = pos - 1 - lineStart;
            return new Token(TokenKind.NEWLINE, "", lineNo, tokStart - lineStart, lineNo, end, end + 1, level);
        }
        if (c == '.') {
            int c2 = nextc();
            if (isDigit(c2)) {
                return NumberLexer.fraction(this, c2);
            }
            if (c2 == '.') {
                int c3 = nextc();
                if (c3 == '.') {
                    return token(TokenKind.ELLIPSIS, tokStart, pos);
                }
                backup(c3);
            }
            backup(c2);
            return token(TokenKind.DOT, tokStart, pos);
        }
        if (isDigit(c)) {
            return NumberLexer.number(this, c);
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        return operator(c);
    }

    private Token endOfFile() {
        while (indent > 0) {
            // CPython emits the closing DEDENTs before ENDMARKER.
            indent--;
            pendin--;
        }
        if (pendin < 0) {
            pendin++;
            return new Token(TokenKind.DEDENT, "", lineNo, -1, lineNo, -1, 0, 0);
        }
        return new Token(TokenKind.ENDMARKER, "", lineNo, -1, lineNo, -1, 0, 0);
    }

    private Token nameOrString(int first) {
        int c = first;
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c);
            }
        }
        boolean nonAscii = false;
        while (isIdentifierChar(c)) {
            nonAscii |= c >= 128;
            c = nextc();
        }
        backup(c);
        if (nonAscii) {
            verifyIdentifier();
        }
        Token t = token(TokenKind.NAME, tokStart, pos);
        TokenKind kind = TokenKind.nameOrKeyword(t.text());
        return kind == TokenKind.NAME ? t : new Token(kind, t.text(), t.line(), t.col(), t.endLine(), t.endCol(),
                t.cursorCol(), t.level());
    }

    /** Rejects a NAME holding a character that cannot be in an identifier, pointing just past it. */
    private void verifyIdentifier() {
        for (int i = tokStart; i < pos; i++) {
            int ch = cp[i];
            boolean ok = i == tokStart ? Identifiers.isStart(ch) : Identifiers.isContinue(ch);
            if (!ok) {
                pos = i + 1;
                String hex = String.format("%04X", ch);
                if (Identifiers.isPrintable(ch)) {
                    throw syntaxError("invalid character '" + new String(Character.toChars(ch)) + "' (U+" + hex
                            + ")");
                }
                throw syntaxError("invalid non-printable character U+" + hex);
            }
        }
    }

    private Token string(int quote) {
        int firstLine = lineNo;
        int firstLineStart = lineStart;
        int quoteSize = 1;
        int endQuoteSize = 0;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = lineNo;
                // Reported at the string's first character (its prefix included).
                pos = tokStart + 1;
                lineStart = firstLineStart;
                lineNo = firstLine;
                throw syntaxError((quoteSize == 3 ? "unterminated triple-quoted string literal"
                        : "unterminated string literal") + " (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        String text = new String(cp, tokStart, pos - tokStart);
        return new Token(TokenKind.STRING, text, firstLine, tokStart - firstLineStart, lineNo, pos - lineStart,
                pos - lineStart, level);
    }

    private Token operator(int c) {
        int c2 = nextc();
        String s2 = c2 == EOF ? null : chars(c) + chars(c2);
        TokenKind two = s2 == null ? null : TokenKind.operator(s2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = c3 == EOF ? null : TokenKind.operator(s2 + chars(c3));
            if (three == null) {
                backup(c3);
            } else {
                two = three;
            }
            return token(two, tokStart, pos);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAX_LEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenStack[level] = (char) c;
                parenLine[level] = lineNo;
                parenCol[level] = tokStart - lineStart;
                Token t = token(TokenKind.operator(String.valueOf((char) c)), tokStart, pos);
                level++;
                return t;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                char opening = parenStack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + opening + "'";
                    throw syntaxError(parenLine[level] != lineNo ? msg + " on line " + parenLine[level] : msg);
                }
                return token(TokenKind.operator(String.valueOf((char) c)), tokStart, pos);
            }
            default -> {
                if (!Identifiers.isPrintable(c)) {
                    throw syntaxError(String.format("invalid non-printable character U+%04X", c));
                }
                TokenKind one = TokenKind.operator(new String(Character.toChars(c)));
                return token(one == null ? TokenKind.OP : one, tokStart, pos);
            }
        }
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

    RuntimeException errorRange(String msg, int offset, int endOffset) {
        return syntaxErrorRange(msg, offset, endOffset);
    }

    Token numberToken() {
        return token(TokenKind.NUMBER, tokStart, pos);
    }

    private static String chars(int c) {
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
}
