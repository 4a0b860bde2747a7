package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The entry points of the syntax layer. {@link #parseModule} turns a script into a {@link Module}, or throws a
 * {@link PySyntaxError} equal to what CPython 3.11 reports for the same file, including the compile-time checks
 * of {@link SyntaxChecks} ('return' outside function...). Nothing else escapes: deep nesting ends in CPython's
 * "too many nested parentheses", MemoryError or RecursionError equivalents, never in a Java stack overflow (the
 * work runs on a thread with a large stack).
 *
 * <p>Which error wins follows CPython: an error the tokenizer finds anywhere in the file beats a parser error
 * (except a bare "unexpected indent"), and an unclosed bracket beats a parser error on a later line.
 */
public final class Parser {

    private static final long STACK_BYTES = 512L << 20;

    /**
     * The most characters a source may have: parsing and compiling take about a microsecond per character, so
     * larger ones would hold the run for many seconds before it could be stopped. Past it a source is a
     * MemoryError ({@code exec} and {@code eval} of a huge string); a script file is refused before parsing.
     */
    public static final int MAX_SOURCE_CHARS = 10_000_000;

    private Parser() {
    }

    /** Parses and checks a whole file. {@code filename} is what error messages show. */
    public static Module parseModule(String source, String filename) {
        checkSize(source, filename);
        return onLargeStack(() -> {
            SourceText src = new SourceText(source);
            Module m = parseModule(src, filename);
            SyntaxChecks.check(m, src);
            return m;
        }, filename);
    }

    /** Parses a single expression (e.g. {@code "a + b*2"}), as {@code eval} input; no compile-time checks. */
    public static Expr parseExpression(String source, String filename) {
        checkSize(source, filename);
        return onLargeStack(() -> expression(new SourceText(source), filename), filename);
    }

    /**
     * Parses and checks the input of {@code eval}: one expression, as a module of one expression statement (the
     * compiler's {@code compileEval} makes its value the result).
     */
    public static Module parseEval(String source, String filename) {
        checkSize(source, filename);
        return onLargeStack(() -> {
            SourceText src = new SourceText(source);
            Expr e = expression(src, filename);
            Module m = new Module(filename, src.lines(), List.of(new Stmt.ExprStmt(e, e.span())));
            SyntaxChecks.check(m, src);
            return m;
        }, filename);
    }

    private static void checkSize(String source, String filename) {
        if (source.length() > MAX_SOURCE_CHARS) {
            throw PySyntaxError.outOfMemory(filename);
        }
    }

    private static Expr expression(SourceText src, String filename) {
        TokenCursor t = new TokenCursor(Lexer.tokenize(src, filename), src, filename);
        try {
            Expr e = expressionParser(t).starExpressions();
            while (t.match(TokenKind.NEWLINE) != null) {
                // eval input allows trailing newlines
            }
            t.expect(TokenKind.ENDMARKER);
            return e;
        } catch (TokenCursor.Failure f) {
            throw generic(t);
        } catch (PySyntaxError e) {
            throw raised(t, e);
        }
    }

    /** Parses without the compile-time checks. */
    static Module parseModuleUnchecked(String source, String filename) {
        return onLargeStack(() -> parseModule(new SourceText(source), filename), filename);
    }

    private static Module parseModule(SourceText src, String filename) {
        TokenCursor t = new TokenCursor(Lexer.tokenize(src, filename), src, filename);
        try {
            List<Stmt> body = new StatementParser(expressionParser(t)).file();
            return new Module(filename, src.lines(), body);
        } catch (TokenCursor.Failure f) {
            throw generic(t);
        } catch (PySyntaxError e) {
            throw raised(t, e);
        }
    }

    private static ExpressionParser expressionParser(TokenCursor t) {
        return new ExpressionParser(t, new StringParser(t, (text, line, col) -> fstringExpression(t, text, line,
                col)));
    }

    // ---- which error CPython reports -----------------------------------------------------------------------------

    /** A generic failure: "invalid syntax" at the furthest token, or "unexpected indent" at an INDENT. */
    private static PySyntaxError generic(TokenCursor t) {
        Token last = t.furthestToken();
        if (last.is(TokenKind.INDENT) || last.is(TokenKind.DEDENT)) {
            return t.errorAtToken(PySyntaxError.Kind.INDENTATION_ERROR,
                    last.is(TokenKind.INDENT) ? "unexpected indent" : "unexpected unindent", last);
        }
        return tokenizerErrorsFirst(t, t.errorAtToken(PySyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", last));
    }

    /** An error raised while parsing: the tokenizer's own errors stand, the parser's may be overridden. */
    private static PySyntaxError raised(TokenCursor t, PySyntaxError e) {
        if (e == t.lexed().error() || e.kind() == PySyntaxError.Kind.MEMORY_ERROR
                || e.kind() == PySyntaxError.Kind.RECURSION_ERROR) {
            return e;
        }
        return tokenizerErrorsFirst(t, e);
    }

    /**
     * CPython tokenizes the rest of the file after a parser error: a bracket still open where that stops, opened on
     * a line before the error, becomes the error; otherwise an error the tokenizer raises by itself replaces the
     * parser's.
     */
    private static PySyntaxError tokenizerErrorsFirst(TokenCursor t, PySyntaxError parserError) {
        Lexer.Result r = t.lexed();
        if (r.unclosed() != null && t.furthestTokenEver().line() > r.unclosedLine()) {
            return r.unclosed();
        }
        if (r.error() != null && r.overrides()) {
            return r.error();
        }
        return parserError;
    }

    // ---- f-string expressions ------------------------------------------------------------------------------------

    /**
     * Parses the expression of an f-string replacement field whose '{' is at (line, col), as CPython 3.11 does:
     * the text in parentheses, as a little file of its own. The tree gets true source positions; errors are
     * reported as 3.11 reports them, relative to the parenthesised text and prefixed "f-string: ".
     */
    private static Expr fstringExpression(TokenCursor outer, String text, int line, int col) {
        SourceText src = new SourceText("(" + text + ")\n", line);
        Lexer.Result lexed = Lexer.tokenize(src, outer.filename);
        List<Token> shifted = new ArrayList<>();
        for (Token tok : lexed.tokens()) {
            shifted.add(tok.line() != line || tok.col() < 0 ? tok : new Token(tok.kind(), tok.text(), tok.line(),
                    tok.col() + col, tok.endLine(), tok.endLine() == line ? tok.endCol() + col : tok.endCol(),
                    tok.cursorCol() + col, tok.level()));
        }
        Lexer.Result moved = new Lexer.Result(List.copyOf(shifted), lexed.error(), lexed.overrides(),
                lexed.unclosed(), lexed.unclosedLine());
        TokenCursor t = new TokenCursor(moved, src, outer.filename);
        t.shifted(line, col);
        try {
            return expressionParser(t).starExpressions();
        } catch (TokenCursor.Failure f) {
            throw relative(generic(t), lexed);
        } catch (PySyntaxError e) {
            throw relative(raised(t, e), lexed);
        }
    }

    /** The cursor already reports columns relative to the expression text; parser errors get the prefix. */
    private static PySyntaxError relative(PySyntaxError e, Lexer.Result lexed) {
        if (e == lexed.error() || e.kind() == PySyntaxError.Kind.MEMORY_ERROR) {
            return e;
        }
        return new PySyntaxError(e.kind(), "f-string: " + e.message(), e.filename(), e.line(), e.column(),
                e.endLine(), e.endColumn(), e.text());
    }

    // ---- stack ---------------------------------------------------------------------------------------------------

    /** Runs the parse on a thread with a large stack, so deep but legal nesting cannot overflow the caller's. */
    private static <T> T onLargeStack(Supplier<T> job, String filename) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = job.get();
            } catch (StackOverflowError overflow) {
                failure[0] = PySyntaxError.recursion(filename);
            } catch (RuntimeException | Error ex) {
                failure[0] = ex;
            }
        }, "loopscope-parser", STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
