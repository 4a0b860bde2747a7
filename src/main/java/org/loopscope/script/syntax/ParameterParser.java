package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} (with annotations, closed by ')') and {@code lambda} (without, closed by ':'):
 * positional-only before {@code /}, ordinary, {@code *args} or a bare {@code *}, keyword-only, {@code **kwargs},
 * defaults, and CPython 3.11's messages for the ways to get them wrong.
 */
final class ParameterParser {

    private final ExpressionParser ex;
    private final TokenCursor t;

    ParameterParser(ExpressionParser ex) {
        this.ex = ex;
        this.t = ex.t;
    }

    /** The parameters of a def, after '(' and before ')'. */
    Arguments defParameters(Token open) {
        return parameters(open, TokenKind.RPAR, true);
    }

    /** The parameters of a lambda, after the keyword and before ':'. */
    Arguments lambdaParameters(Token lambda) {
        return parameters(lambda, TokenKind.COLON, false);
    }

    private Arguments parameters(Token before, TokenKind close, boolean annotated) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        Token first = t.peek();
        while (!t.check(close)) {
            Token tok = t.peek();
            if (kwarg != null) {
                if (tok.is(TokenKind.NAME) || tok.is(TokenKind.STAR) || tok.is(TokenKind.DOUBLESTAR)
                        || tok.is(TokenKind.SLASH)) {
                    throw t.errorAt("arguments cannot follow var-keyword argument", tok.span());
                }
                throw t.fail();
            }
            if (tok.is(TokenKind.SLASH)) {
                t.advance();
                if (sawStar) {
                    throw t.errorAt("/ must be ahead of *", tok.span());
                }
                if (sawSlash) {
                    throw t.errorAt("/ may appear only once", tok.span());
                }
                if (args.isEmpty()) {
                    if (posonly.isEmpty() && t.check(TokenKind.COMMA)) {
                        throw t.errorAt("at least one argument must precede /", tok.span());
                    }
                    throw t.fail();
                }
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (tok.is(TokenKind.STAR)) {
                t.advance();
                if (sawStar) {
                    if (t.check(TokenKind.NAME) || t.check(TokenKind.COMMA)) {
                        throw t.errorAt("* argument may appear only once", tok.span());
                    }
                    throw t.fail();
                }
                sawStar = true;
                if (t.check(TokenKind.COMMA) || t.check(close)) {
                    checkBareStar(tok, close, annotated);
                } else {
                    vararg = param(annotated, true);
                    if (t.check(TokenKind.EQUAL)) {
                        throw t.errorAt("var-positional argument cannot have default value", t.peek().span());
                    }
                }
            } else if (tok.is(TokenKind.DOUBLESTAR)) {
                t.advance();
                kwarg = param(annotated, false);
                if (t.check(TokenKind.EQUAL)) {
                    throw t.errorAt("var-keyword argument cannot have default value", t.peek().span());
                }
            } else if (tok.is(TokenKind.NAME)) {
                Arg a = param(annotated, false);
                Expr dflt = defaultValue();
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt == null && !defaults.isEmpty()) {
                        throw t.errorAt("non-default argument follows default argument", a.span());
                    }
                    args.add(a);
                    if (dflt != null) {
                        defaults.add(dflt);
                    }
                }
            } else {
                if (tok.is(TokenKind.LPAR) && !sawStar && defaults.isEmpty() && ex.quiet == 0) {
                    parenthesizedParameters(tok, annotated);
                }
                throw t.fail();
            }
            if (t.match(TokenKind.COMMA) == null) {
                break;
            }
        }
        if (!t.check(close)) {
            throw t.fail();
        }
        Span span = first == t.peek() ? emptyAt(t.peek()) : first.span().to(t.previous().span());
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults, span);
    }

    /** {@code def f((a, b))}: Python 2's tuple parameters get a message of their own. */
    private void parenthesizedParameters(Token open, boolean annotated) {
        Token close = ex.speculate(() -> {
            t.advance();
            do {
                if (t.check(TokenKind.RPAR)) {
                    break;
                }
                param(annotated, false);
            } while (t.match(TokenKind.COMMA) != null);
            return t.expect(TokenKind.RPAR);
        });
        if (close != null) {
            throw t.errorRange(annotated ? "Function parameters cannot be parenthesized"
                    : "Lambda expression parameters cannot be parenthesized", open.span(), close.span());
        }
    }

    private static Span emptyAt(Token tok) {
        return new Span(tok.line(), tok.col(), tok.line(), tok.col());
    }

    /** A bare '*' must be followed by a keyword-only parameter. */
    private void checkBareStar(Token star, TokenKind close, boolean annotated) {
        boolean bad = t.check(close) || (t.checkAhead(1, close) || t.checkAhead(1, TokenKind.DOUBLESTAR));
        if (!bad) {
            return;
        }
        if (annotated) {
            throw t.errorAt("named arguments must follow bare *", star.span());
        }
        t.peek(t.check(close) ? 0 : 1);
        throw t.errorAtLastToken("named arguments must follow bare *");
    }

    /** param: a name with, for def, an optional annotation ({@code *args} may be annotated {@code *Ts}). */
    private Arg param(boolean annotated, boolean starAnnotation) {
        Token name = t.expect(TokenKind.NAME);
        Expr annotation = null;
        if (annotated && t.match(TokenKind.COLON) != null) {
            annotation = starAnnotation ? ex.starExpression() : ex.expression();
        }
        Span span = name.span().to(t.previous().span());
        return new Arg(AtomParser.identifier(name), annotation, span);
    }

    /** default: {@code '=' expression}, or null. */
    private Expr defaultValue() {
        Token eq = t.match(TokenKind.EQUAL);
        if (eq == null) {
            return null;
        }
        if (ex.quiet == 0 && (t.check(TokenKind.COMMA) || t.check(TokenKind.RPAR))) {
            throw t.errorAt("expected default value expression", eq.span());
        }
        return ex.expression();
    }
}
