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
public final class Lexer extends SourceReader {

    /**
     * The tokens of a source. The list ends with ENDMARKER, or with ERRORTOKEN when {@code error} is set: the
     * error CPython reports when its parser reaches that point. {@code overrides} tells whether CPython's tokenizer
     * raises it by itself (bad characters, numbers and strings, unmatched brackets...), so that it also replaces a
     * parser error found earlier; errors CPython's parser only derives from the tokenizer's state (TabError,
     * indentation, line continuation) do not. {@code unclosed} is the "'(' was never closed" error for brackets
     * still open where tokenizing stopped (null if none), opened on line {@code unclosedLine}.
     */
    public record Result(List<Token> tokens, PySyntaxError error, boolean overrides, PySyntaxError unclosed,
                         int unclosedLine) {
    }

    private static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;

    private final List<Token> tokens = new ArrayList<>();
    private final int[] indStack = new int[MAX_INDENT];
    private final int[] altIndStack = new int[MAX_INDENT];
    private int indent;
    private int pendin;
    private boolean atBol = true;

    private Lexer(SourceText source, String filename) {
        super(source, filename);
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
                    return new Result(List.copyOf(tokens), null, false, null, 0);
                }
                if (t.kind() == TokenKind.ERRORTOKEN) {
                    // End of file inside brackets: reported only if the parser gets here or fails after the bracket.
                    PySyntaxError never = neverClosed();
                    return new Result(List.copyOf(tokens), never, false, never, parenLine[level - 1]);
                }
            }
        } catch (Failure f) {
            tokens.add(new Token(TokenKind.ERRORTOKEN, "", lineNo, -1, lineNo, -1, pos - lineStart, level));
            PySyntaxError never = level > 0 ? neverClosed() : null;
            return new Result(List.copyOf(tokens), f.error, f.raisedByTokenizer, never,
                    level > 0 ? parenLine[level - 1] : 0);
        }
    }

    /** A backslash-newline: returns the first character of the next line (pushed back). */
    private int continuationLine() {
        int c = nextc();
        if (c != '\n') {
            throw parserSideError(PySyntaxError.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character",
                    source.byteColumn(lineNo, pos - lineStart), 0);
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
                            "unindent does not match any outer indentation level",
                            source.byteColumn(lineNo, endOfLineCol()), -1);
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
            int ch = codePointAt(i);
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
        String text = text(tokStart, pos);
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

}
