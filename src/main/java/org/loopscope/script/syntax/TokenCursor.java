package org.loopscope.script.syntax;

import java.util.List;

/**
 * The parser's view of the token list. Besides the position it remembers the furthest token ever looked at, which
 * is what CPython's parser reports for a generic "invalid syntax" and for most of its messages (the "last token
 * fetched"). Reaching the lexer's ERRORTOKEN throws the lexer's error, as CPython's tokenizer does when asked for
 * that token. Also counts recursion depth, standing in for CPython's parser stack limit.
 */
final class TokenCursor {

    /**
     * CPython's parser gives up with MemoryError past 6000 nested rule calls (MAXSTACK). It spends 33 of them
     * before the first unary operator of a top-level statement, where this parser has counted 8 (7 for the
     * statement, see {@link #STATEMENT_LEVELS}); the limit is shifted so that chains of unary operators, 'not',
     * '**', lambda and elif fail exactly where CPython's do.
     */
    private static final int MAX_DEPTH = 6000 - 33 + 8;

    /** The rules CPython's parser enters for one statement inside a block (statement, compound_stmt, block...). */
    static final int STATEMENT_LEVELS = 7;

    private final List<Token> tokens;
    private final Lexer.Result lexed;
    final SourceText source;
    final String filename;
    private int pos;
    private int furthest;
    /** The furthest token looked at, speculation included (CPython's second pass reads on too). */
    private int furthestEver;
    private int depth;
    /** In an f-string expression: tokens on this line were moved right by {@link #shift} columns. */
    private int shiftLine = -1;
    private int shift;

    TokenCursor(Lexer.Result lexed, SourceText source, String filename) {
        this.tokens = lexed.tokens();
        this.lexed = lexed;
        this.source = source;
        this.filename = filename;
    }

    /** The generic parse failure: "invalid syntax" at the furthest token, decided by {@link Parser}. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure() {
            super(null, null, false, false);
        }
    }

    // ---- looking and moving ------------------------------------------------------------------------------------

    Token peek() {
        return at(pos);
    }

    /** The token {@code k} places ahead (0 is the current one). */
    Token peek(int k) {
        return at(pos + k);
    }

    private Token at(int i) {
        int idx = Math.min(i, tokens.size() - 1);
        if (idx > furthest) {
            furthest = idx;
            furthestEver = Math.max(furthestEver, idx);
        }
        Token t = tokens.get(idx);
        if (t.kind() == TokenKind.ERRORTOKEN) {
            throw lexed.error();
        }
        return t;
    }

    boolean check(TokenKind k) {
        return peek().kind() == k;
    }

    boolean checkAhead(int k, TokenKind kind) {
        return peek(k).kind() == kind;
    }

    Token advance() {
        Token t = peek();
        if (t.kind() != TokenKind.ENDMARKER) {
            pos++;
        }
        return t;
    }

    /** Consumes the current token if it is of kind {@code k}. */
    Token match(TokenKind k) {
        return check(k) ? advance() : null;
    }

    /** Consumes a token of kind {@code k} or fails with a generic syntax error. */
    Token expect(TokenKind k) {
        if (!check(k)) {
            throw fail();
        }
        return advance();
    }

    /** The token before the current one (the last consumed). */
    Token previous() {
        return tokens.get(Math.max(pos - 1, 0));
    }

    /** The last consumed token that is not NEWLINE, INDENT or DEDENT: where a statement's span ends. */
    Token lastSignificant() {
        int i = Math.max(pos - 1, 0);
        while (i > 0 && (tokens.get(i).kind() == TokenKind.NEWLINE || tokens.get(i).kind() == TokenKind.INDENT
                || tokens.get(i).kind() == TokenKind.DEDENT)) {
            i--;
        }
        return tokens.get(i);
    }

    /** The index just after a token that was consumed. */
    int indexAfter(Token tok) {
        for (int i = Math.max(pos - 1, 0); i >= 0; i--) {
            if (tokens.get(i) == tok) {
                return i + 1;
            }
        }
        return pos;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    int furthestIndex() {
        return furthest;
    }

    /** Forgets how far a speculative parse looked (CPython's first pass never made it). */
    void restoreFurthest(int index) {
        furthest = index;
    }

    /** The furthest token looked at by any parse, speculative or not. */
    Token furthestTokenEver() {
        return tokens.get(furthestEver);
    }

    /** The token at absolute index {@code i} (already fetched), without counting it. */
    Token tokenAt(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    /** The kind of the token at absolute index {@code i}, without counting it as fetched. */
    TokenKind kindAt(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1)).kind();
    }

    /** The furthest token looked at so far (CPython's {@code p->tokens[p->fill - 1]}). */
    Token furthestToken() {
        return tokens.get(furthest);
    }

    /** Declares that tokens on {@code line} were moved {@code cols} columns right (f-string expressions). */
    void shifted(int line, int cols) {
        this.shiftLine = line;
        this.shift = cols;
    }

    /** A code-point column as CPython reports it: in UTF-8 bytes, relative to an f-string's expression text. */
    int reportedColumn(int line, int col) {
        if (col < 0) {
            return col;
        }
        return source.byteColumn(line, line == shiftLine ? col - shift : col);
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    Failure fail() {
        peek();
        return new Failure();
    }

    /** CPython's RAISE_SYNTAX_ERROR: located at the last token fetched. */
    PySyntaxError errorAtLastToken(String msg) {
        return errorAtLastToken(PySyntaxError.Kind.SYNTAX_ERROR, msg);
    }

    PySyntaxError errorAtLastToken(PySyntaxError.Kind kind, String msg) {
        return errorAtToken(kind, msg, furthestToken());
    }

    /** An error located on token {@code t}, with CPython's handling of tokens that have no column. */
    PySyntaxError errorAtToken(PySyntaxError.Kind kind, String msg, Token t) {
        int col = t.col() < 0 ? reportedColumn(t.line(), t.cursorCol()) : reportedColumn(t.line(), t.col()) + 1;
        int endCol = t.col() < 0 ? -1 : reportedColumn(t.endLine(), t.endCol()) + 1;
        return new PySyntaxError(kind, msg, filename, t.line(), col, t.endLine(), endCol, source.fileLine(t.line()));
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE: from the start of one span to the end of another. */
    PySyntaxError errorRange(String msg, Span from, Span to) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, from.line(),
                reportedColumn(from.line(), from.col()) + 1, to.endLine(),
                reportedColumn(to.endLine(), to.endCol()) + 1,
                source.fileLine(from.line()));
    }

    /** An error whose columns (1-based, code points) are given as CPython computes them from a node. */
    PySyntaxError errorColumns(String msg, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, line,
                col <= 0 ? col : reportedColumn(line, col - 1) + 1, endLine,
                endCol <= 0 ? endCol : reportedColumn(endLine, endCol - 1) + 1, source.fileLine(line));
    }

    PySyntaxError errorAt(String msg, Span at) {
        return errorRange(msg, at, at);
    }

    /** CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from a span to where the tokenizer stands. */
    PySyntaxError errorStartingFrom(String msg, Span from) {
        Token last = furthestToken();
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, from.line(),
                reportedColumn(from.line(), from.col()) + 1, last.line(), reportedColumn(last.line(), last.cursorCol()),
                source.fileLine(from.line()));
    }

    /** CPython's RAISE_INDENTATION_ERROR: at the last token fetched. */
    PySyntaxError indentationError(String msg) {
        return errorAtLastToken(PySyntaxError.Kind.INDENTATION_ERROR, msg);
    }

    // ---- depth ---------------------------------------------------------------------------------------------------

    /** Counts one level of rule nesting; too many is CPython's parser stack overflow. */
    void enter() {
        enter(1);
    }

    /** Enters {@code levels} rules at once. */
    void enter(int levels) {
        depth += levels;
        if (depth > MAX_DEPTH) {
            throw PySyntaxError.parserStackOverflow(filename);
        }
    }

    void leave() {
        depth--;
    }

    void leave(int levels) {
        depth -= levels;
    }

    Lexer.Result lexed() {
        return lexed;
    }
}
