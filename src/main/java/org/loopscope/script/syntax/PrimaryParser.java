package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * primary: an atom followed by attribute accesses, calls and subscripts, and the slices inside subscripts
 * ({@code a[1:2, ::3]}, {@code a[*b]}).
 */
final class PrimaryParser {

    private final ExpressionParser ex;
    private final TokenCursor t;

    PrimaryParser(ExpressionParser ex) {
        this.ex = ex;
        this.t = ex.t;
    }

    /** primary: an atom followed by any number of {@code .name}, calls and subscripts. */
    Expr primary() {
        int start = t.mark();
        Expr e = ex.atoms.atom();
        while (true) {
            switch (t.peek().kind()) {
                case DOT -> {
                    t.advance();
                    Token name = t.expect(TokenKind.NAME);
                    e = new Expr.Attribute(e, AtomParser.identifier(name), Ctx.LOAD, ex.from(start));
                }
                case LPAR -> e = ex.arguments.call(e, start);
                case LSQB -> {
                    t.advance();
                    Expr slice = slices();
                    t.expect(TokenKind.RSQB);
                    e = new Expr.Subscript(e, slice, Ctx.LOAD, ex.from(start));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** slices: one slice, or a comma-separated Tuple of slices and starred expressions. */
    Expr slices() {
        int start = t.mark();
        Expr first = sliceOrStarred();
        if (!t.check(TokenKind.COMMA)) {
            // A lone starred item is still a tuple: a[*b] is a[(*b,)].
            return first instanceof Expr.Starred ? new Expr.Tuple(List.of(first), Ctx.LOAD, ex.from(start)) : first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        Token last = t.previous();
        while (t.match(TokenKind.COMMA) != null) {
            last = t.previous();
            if (t.check(TokenKind.RSQB)) {
                break;
            }
            elts.add(sliceOrStarred());
            last = t.previous();
        }
        return new Expr.Tuple(elts, Ctx.LOAD, t.tokenAt(start).span().to(last.span()));
    }

    private Expr sliceOrStarred() {
        if (t.check(TokenKind.STAR)) {
            Token star = t.advance();
            Expr value = ex.expression();
            return new Expr.Starred(value, Ctx.LOAD, star.span().to(t.previous().span()));
        }
        return slice();
    }

    /** slice: {@code [lower]:[upper][:[step]]}, or a named expression. */
    Expr slice() {
        Token start = t.peek();
        Expr lower = null;
        if (!t.check(TokenKind.COLON)) {
            lower = namedExpressionOrLower();
            if (!t.check(TokenKind.COLON)) {
                return lower;
            }
        }
        t.advance();
        Expr upper = ExpressionParser.canStartExpression(t.peek()) ? ex.expression() : null;
        Expr step = null;
        if (t.match(TokenKind.COLON) != null && ExpressionParser.canStartExpression(t.peek())) {
            step = ex.expression();
        }
        return new Expr.Slice(lower, upper, step, start.span().to(t.previous().span()));
    }

    /** The part before a slice's colon is an expression; without a colon it is a named expression. */
    private Expr namedExpressionOrLower() {
        if (t.check(TokenKind.NAME) && t.checkAhead(1, TokenKind.COLONEQUAL)) {
            return ex.assignmentExpression();
        }
        Expr e = ex.expression();
        if (!t.check(TokenKind.COLON)) {
            if (t.check(TokenKind.COLONEQUAL)) {
                throw t.errorAt("cannot use assignment expressions with " + Targets.exprName(e), e.span());
            }
            if (t.check(TokenKind.EQUAL) && ex.quiet == 0) {
                ex.hints.equalsInsteadOfCompare(e);
            }
        }
        return e;
    }
}
