package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Call arguments (also class bases): positional, {@code *iterable}, {@code name=value}, {@code **mapping}, and a
 * generator expression as the sole argument, with CPython's ordering rules and messages.
 */
final class ArgumentParser {

    private final ExpressionParser ex;
    private final TokenCursor t;

    ArgumentParser(ExpressionParser ex) {
        this.ex = ex;
        this.t = ex.t;
    }

    /** The arguments of one call, brackets excluded. */
    record Args(List<Expr> positional, List<Keyword> keywords) {
    }

    /** primary '(' [arguments] ')': a call of {@code func}. */
    Expr call(Expr func, int start) {
        Token open = t.expect(TokenKind.LPAR);
        Args args = arguments();
        Token close = t.expect(TokenKind.RPAR);
        return new Expr.Call(func, withGeneratorSpan(args.positional(), open, close), args.keywords(),
                ex.from(start));
    }

    /** A bare generator argument takes the call's parentheses as its own, as in CPython. */
    static List<Expr> withGeneratorSpan(List<Expr> positional, Token open, Token close) {
        if (positional.size() == 1 && positional.get(0) instanceof Expr.GeneratorExp g
                && g.span().equals(Span.NONE)) {
            return List.of(new Expr.GeneratorExp(g.elt(), g.generators(), open.span().to(close.span())));
        }
        return positional;
    }

    /** The argument list after '(' up to (not including) ')'. */
    Args arguments() {
        List<Expr> positional = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (t.check(TokenKind.RPAR)) {
            return new Args(positional, keywords);
        }
        boolean sawKeyword = false;
        boolean sawUnpacking = false;
        String misplaced = null;
        while (true) {
            Token first = t.peek();
            if (first.is(TokenKind.STAR)) {
                t.advance();
                Expr value = ex.expression();
                if (sawUnpacking && ex.quiet == 0) {
                    throw t.errorAt("iterable argument unpacking follows keyword argument unpacking", first.span());
                }
                positional.add(new Expr.Starred(value, Ctx.LOAD, first.span().to(t.previous().span())));
            } else if (first.is(TokenKind.DOUBLESTAR)) {
                t.advance();
                Expr value = ex.expression();
                keywords.add(new Keyword(null, value, first.span().to(t.previous().span())));
                sawUnpacking = true;
            } else if (first.is(TokenKind.NAME) && t.checkAhead(1, TokenKind.EQUAL)) {
                t.advance();
                Token eq = t.advance();
                Expr value = ex.expression();
                if (ex.quiet == 0 && (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC))) {
                    throw t.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first.span(),
                            eq.span());
                }
                keywords.add(new Keyword(AtomParser.identifier(first), value, first.span().to(t.previous().span())));
                sawKeyword = true;
            } else if ((first.is(TokenKind.TRUE) || first.is(TokenKind.FALSE) || first.is(TokenKind.NONE))
                    && t.checkAhead(1, TokenKind.EQUAL)) {
                throw t.errorRange("cannot assign to " + first.text(), first.span(), t.peek(1).span());
            } else {
                Expr e = positionalArgument();
                if (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) {
                    if (!positional.isEmpty() || !keywords.isEmpty()) {
                        unparenthesizedGenerator(e);
                    }
                    e = generatorArgument(e, positional, keywords);
                }
                if ((sawKeyword || sawUnpacking) && misplaced == null) {
                    misplaced = sawUnpacking ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                positional.add(e);
            }
            if (t.match(TokenKind.COMMA) == null || t.check(TokenKind.RPAR)) {
                break;
            }
        }
        if (misplaced != null) {
            t.peek();
            throw t.errorAtLastToken(misplaced);
        }
        return new Args(positional, keywords);
    }

    /** A positional argument: a walrus or an expression, but not {@code expr = value}. */
    private Expr positionalArgument() {
        if (t.check(TokenKind.NAME) && t.checkAhead(1, TokenKind.COLONEQUAL)) {
            return ex.assignmentExpression();
        }
        Expr e = ex.expression();
        if (t.check(TokenKind.EQUAL) && ex.quiet == 0) {
            throw t.errorRange("expression cannot contain assignment, perhaps you meant \"==\"?", e.span(),
                    t.peek().span());
        }
        if (t.check(TokenKind.COLONEQUAL)) {
            throw t.fail();
        }
        return e;
    }

    /**
     * A generator after other arguments: CPython's first pass stops at its 'for'; its second names the mistake
     * when the clauses parse.
     */
    private void unparenthesizedGenerator(Expr elt) {
        if (ex.quiet == 0) {
            List<Comprehension> gens = ex.speculate(ex.atoms::forIfClauses);
            if (gens != null) {
                Comprehension lastGen = gens.get(gens.size() - 1);
                Expr lastItem = lastGen.ifs().isEmpty() ? lastGen.iter() : lastGen.ifs().get(lastGen.ifs().size() - 1);
                throw t.errorRange("Generator expression must be parenthesized", elt.span(), lastItem.span());
            }
        }
        throw t.fail();
    }

    /** {@code f(x for x in y)}: allowed only as the sole argument. */
    private Expr generatorArgument(Expr elt, List<Expr> positional, List<Keyword> keywords) {
        List<Comprehension> gens = ex.atoms.forIfClauses();
        boolean sole = positional.isEmpty() && keywords.isEmpty() && t.check(TokenKind.RPAR);
        if (!sole) {
            Comprehension lastGen = gens.get(gens.size() - 1);
            Expr lastItem = lastGen.ifs().isEmpty() ? lastGen.iter() : lastGen.ifs().get(lastGen.ifs().size() - 1);
            if (ex.quiet == 0) {
                throw t.errorRange("Generator expression must be parenthesized", elt.span(), lastItem.span());
            }
            throw t.fail();
        }
        return new Expr.GeneratorExp(elt, gens, Span.NONE);
    }
}
