package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements: the file, blocks, and the simple statements ({@code ;}-separated on one line). Compound statements
 * are in {@link CompoundParser}. Assignment targets are checked here with CPython's choice of message.
 */
final class StatementParser {

    final ExpressionParser ex;
    final TokenCursor t;
    private final CompoundParser compound;

    StatementParser(ExpressionParser ex) {
        this.ex = ex;
        this.t = ex.t;
        this.compound = new CompoundParser(this);
    }

    /** file: statements up to ENDMARKER. */
    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!t.check(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return body;
    }

    /** statement: a compound statement, or a line of simple statements (added to {@code out}). */
    void statement(List<Stmt> out) {
        t.enter(TokenCursor.STATEMENT_LEVELS);
        try {
            Stmt s = compound.compoundStatement();
            if (s != null) {
                out.add(s);
            } else {
                simpleStatements(out);
            }
        } finally {
            t.leave(TokenCursor.STATEMENT_LEVELS);
        }
    }

    /** block: NEWLINE INDENT statements DEDENT, or simple statements on the header's line. */
    List<Stmt> block(Token keyword, String what) {
        List<Stmt> body = new ArrayList<>();
        if (t.match(TokenKind.NEWLINE) == null) {
            simpleStatements(body);
            return body;
        }
        if (!t.check(TokenKind.INDENT)) {
            throw t.indentationError("expected an indented block after " + what + " on line " + keyword.line());
        }
        t.advance();
        do {
            statement(body);
        } while (!t.check(TokenKind.DEDENT));
        t.advance();
        return body;
    }

    /** simple_stmts: simple statements separated by ';' and ended by NEWLINE. */
    void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (t.match(TokenKind.SEMI) == null) {
                break;
            }
            if (t.check(TokenKind.NEWLINE)) {
                break;
            }
        }
        t.expect(TokenKind.NEWLINE);
    }

    /** simple_stmt: one of the one-line statements. */
    Stmt simpleStatement() {
        Token tok = t.peek();
        switch (tok.kind()) {
            case PASS -> {
                return new Stmt.Pass(t.advance().span());
            }
            case BREAK -> {
                return new Stmt.Break(t.advance().span());
            }
            case CONTINUE -> {
                return new Stmt.Continue(t.advance().span());
            }
            case RETURN -> {
                t.advance();
                if (!ExpressionParser.canStartStarExpression(t.peek())) {
                    return new Stmt.Return(null, tok.span());
                }
                Expr value = ex.starExpressions();
                return new Stmt.Return(value, tok.span().to(t.previous().span()));
            }
            case RAISE -> {
                return raise();
            }
            case GLOBAL, NONLOCAL -> {
                return names();
            }
            case DEL -> {
                return delete();
            }
            case ASSERT -> {
                t.advance();
                Expr test = ex.expression();
                Expr msg = t.match(TokenKind.COMMA) != null ? ex.expression() : null;
                return new Stmt.Assert(test, msg, tok.span().to(t.previous().span()));
            }
            case IMPORT -> {
                return ImportParser.importName(this);
            }
            case FROM -> {
                return ImportParser.importFrom(this);
            }
            default -> {
                return new AssignmentParser(this).assignmentOrExpression();
            }
        }
    }

    /** raise_stmt: {@code raise [expression [from expression]]}. */
    private Stmt raise() {
        Token kw = t.advance();
        if (!ExpressionParser.canStartExpression(t.peek())) {
            return new Stmt.Raise(null, null, kw.span());
        }
        Expr exc = ex.expression();
        Expr cause = t.match(TokenKind.FROM) != null ? ex.expression() : null;
        return new Stmt.Raise(exc, cause, kw.span().to(t.previous().span()));
    }

    /** global_stmt / nonlocal_stmt: the keyword and one or more names. */
    private Stmt names() {
        Token kw = t.advance();
        List<String> names = new ArrayList<>();
        Token last;
        do {
            last = t.expect(TokenKind.NAME);
            names.add(AtomParser.identifier(last));
        } while (t.match(TokenKind.COMMA) != null);
        Span span = kw.span().to(last.span());
        return kw.is(TokenKind.GLOBAL) ? new Stmt.Global(names, span) : new Stmt.Nonlocal(names, span);
    }

    /** del_stmt: {@code del} targets, each a name, attribute, subscript or a bracketed list of those. */
    private Stmt delete() {
        Token kw = t.advance();
        Expr targets = ex.starExpressions();
        Expr bad = Targets.invalidTarget(targets, Targets.Kind.DEL);
        if (bad != null) {
            throw t.errorAt("cannot delete " + Targets.exprName(bad), bad.span());
        }
        if (!t.check(TokenKind.SEMI) && !t.check(TokenKind.NEWLINE)) {
            throw t.fail();
        }
        List<Expr> list = new ArrayList<>();
        if (targets instanceof Expr.Tuple tu && !ex.isBracketed(tu)) {
            for (Expr e : tu.elts()) {
                list.add(Targets.withCtx(e, Ctx.DEL));
            }
        } else {
            list.add(Targets.withCtx(targets, Ctx.DEL));
        }
        return new Stmt.Delete(list, kw.span().to(t.previous().span()));
    }
}
