package org.loopscope.script.syntax;

import java.util.List;

/**
 * The parser's view of the token list. Besides the position it remembers the furthest token ever looked at, which
 * is what CPython's parser reports for a generic "invalid syntax" and for most of its messages (the "last token
 * fetched"). Reaching the lexer's ERRORTOKEN throws the lexer's error, as CPython's tokenizer does when asked for
 * that token. Also counts recursion depth, standing in for CPython's parser stack limit.
 */
final class TokenCursor {

    /** CPython's MAXSTACK: deeper than this its parser gives up with MemoryError. */
    private static final int MAX_DEPTH = 6000;

    private final List<Token> tokens;
    private final Lexer.Result lexed;
    final SourceText source;
    final String filename;
    private int pos;
    private int furthest;
    private int depth;

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
        int col = t.col() < 0 ? t.cursorCol() : t.col() + 1;
        int endCol = t.col() < 0 ? -1 : t.endCol() + 1;
        return new PySyntaxError(kind, msg, filename, t.line(), col, t.endLine(), endCol, source.fileLine(t.line()));
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _KNOWN_RANGE: from the start of one span to the end of another. */
    PySyntaxError errorRange(String msg, Span from, Span to) {
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, from.line(), from.col() + 1,
                to.endLine(), to.endCol() + 1, source.fileLine(from.line()));
    }

    PySyntaxError errorAt(String msg, Span at) {
        return errorRange(msg, at, at);
    }

    /** CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from a span to where the tokenizer stands. */
    PySyntaxError errorStartingFrom(String msg, Span from) {
        Token last = furthestToken();
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX_ERROR, msg, filename, from.line(), from.col() + 1,
                last.line(), last.cursorCol(), source.fileLine(from.line()));
    }

    /** CPython's RAISE_INDENTATION_ERROR: at the last token fetched. */
    PySyntaxError indentationError(String msg) {
        return errorAtLastToken(PySyntaxError.Kind.INDENTATION_ERROR, msg);
    }

    // ---- depth ---------------------------------------------------------------------------------------------------

    /** Counts one level of rule nesting; too many is CPython's parser stack overflow. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            throw PySyntaxError.parserStackOverflow(filename);
        }
    }

    void leave() {
        depth--;
    }

    Lexer.Result lexed() {
        return lexed;
    }
}
