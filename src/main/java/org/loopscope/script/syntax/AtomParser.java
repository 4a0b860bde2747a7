package org.loopscope.script.syntax;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.runtime.PowerOfTwoDigits;

/**
 * Atoms: names, numbers, strings, the keyword constants, {@code ...}, and the bracketed forms (group, tuple,
 * generator expression, list, set, dict and their comprehensions), with CPython's messages for starred items and
 * comprehension mistakes.
 */
final class AtomParser {

    private final ExpressionParser ex;
    private final TokenCursor t;
    private final StringParser strings;

    AtomParser(ExpressionParser ex, StringParser strings) {
        this.ex = ex;
        this.t = ex.t;
        this.strings = strings;
    }

    /** atom: the leaves and bracketed displays. */
    Expr atom() {
        Token tok = t.peek();
        switch (tok.kind()) {
            case NAME -> {
                t.advance();
                return new Expr.Name(identifier(tok), Ctx.LOAD, tok.span());
            }
            case TRUE, FALSE, NONE -> {
                t.advance();
                Object v = tok.kind() == TokenKind.NONE ? Expr.Singleton.NONE : tok.kind() == TokenKind.TRUE;
                return new Expr.Constant(v, null, tok.span());
            }
            case ELLIPSIS -> {
                t.advance();
                return new Expr.Constant(Expr.Singleton.ELLIPSIS, null, tok.span());
            }
            case NUMBER -> {
                t.advance();
                return new Expr.Constant(checkedNumber(t, tok), null, tok.span());
            }
            case STRING -> {
                List<Token> parts = new ArrayList<>();
                while (t.check(TokenKind.STRING)) {
                    parts.add(t.advance());
                }
                t.peek(); // CPython looks one token past the strings before it decodes them
                return strings.concatenate(parts);
            }
            case LPAR -> {
                t.enter();
                try {
                    return parenthesized();
                } finally {
                    t.leave();
                }
            }
            case LSQB -> {
                t.enter();
                try {
                    return list();
                } finally {
                    t.leave();
                }
            }
            case LBRACE -> {
                t.enter();
                try {
                    return brace();
                } finally {
                    t.leave();
                }
            }
            default -> throw t.fail();
        }
    }

    /** An identifier as CPython stores it: NFKC-normalised when not plain ASCII. */
    static String identifier(Token name) {
        String s = name.text();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /** CPython 3.11's default limit on the digits of a decimal int literal. */
    private static final int MAX_STR_DIGITS = 4300;

    /**
     * The value of a NUMBER token, after CPython's check of the digits of a decimal int literal (made before the
     * conversion, which would take minutes on a million digits).
     */
    static Object checkedNumber(TokenCursor t, Token tok) {
        int digits = decimalDigits(tok.text());
        if (digits > MAX_STR_DIGITS) {
            throw t.errorAtToken(PySyntaxError.Kind.SYNTAX_ERROR, "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits + " digits; use "
                    + "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
                    + "integer literals to avoid decimal conversion limits.", tok);
        }
        return numberValue(tok.text());
    }

    /** The number of digits of a decimal int literal (0 for other numbers). */
    private static int decimalDigits(String text) {
        if (text.length() <= MAX_STR_DIGITS) {
            return 0;
        }
        String s = text.replace("_", "");
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return 0;
            }
        }
        return s.length() > 1 && s.charAt(0) == '0' ? 0 : s.length();
    }

    /** The value of a NUMBER token: BigInteger, Double or Imaginary. */
    static Object numberValue(String text) {
        String s = text.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char p = Character.toLowerCase(s.charAt(1));
            int radix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (radix != 0) {
                return PowerOfTwoDigits.parse(s, 2, radix);
            }
        }
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        if (last == 'j') {
            return new Expr.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return Double.parseDouble(s);
        }
        // most literals fit a long, and parsing one is several times cheaper than a BigInteger
        return s.length() <= 18 ? BigInteger.valueOf(Long.parseLong(s)) : new BigInteger(s);
    }

    // ---- ( ... ) -------------------------------------------------------------------------------------------------

    /** tuple, group or genexp. */
    private Expr parenthesized() {
        Token open = t.advance();
        if (t.check(TokenKind.RPAR)) {
            Token close = t.advance();
            return ex.bracketed(new Expr.Tuple(List.of(), Ctx.LOAD, open.span().to(close.span())));
        }
        if (t.check(TokenKind.YIELD)) {
            Expr y = ex.yieldExpr();
            t.expect(TokenKind.RPAR);
            return ex.grouped(y);
        }
        Expr first = ex.starNamedExpression();
        if (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) {
            checkComprehensionElement(first);
            List<Comprehension> gens = forIfClauses();
            Token close = t.expect(TokenKind.RPAR);
            return new Expr.GeneratorExp(first, gens, open.span().to(close.span()));
        }
        if (t.check(TokenKind.RPAR)) {
            if (first instanceof Expr.Starred) {
                throw t.errorAt("cannot use starred expression here", first.span());
            }
            t.advance();
            return ex.grouped(first);
        }
        if (!t.check(TokenKind.COMMA)) {
            if (first instanceof Expr.Starred && ex.quiet == 0) {
                starredGroup(open);
            }
            throw t.fail();
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        starNamedExpressionsRest(elts, TokenKind.RPAR);
        Token close = t.expect(TokenKind.RPAR);
        return ex.bracketed(new Expr.Tuple(elts, Ctx.LOAD, open.span().to(close.span())));
    }

    /** CPython's invalid_group: {@code (*a if b else c)} is a starred expression where none may be. */
    private void starredGroup(Token open) {
        int mark = t.mark();
        Expr starred = ex.speculate(() -> {
            t.reset(t.indexAfter(open));
            Token star = t.expect(TokenKind.STAR);
            Expr value = ex.expression();
            Expr s = new Expr.Starred(value, Ctx.LOAD, star.span().to(t.previous().span()));
            t.expect(TokenKind.RPAR);
            return s;
        });
        t.reset(mark);
        if (starred != null) {
            throw t.errorAt("cannot use starred expression here", starred.span());
        }
    }

    /** After the first element: {@code (',' star_named_expression)* [',']} up to the closing bracket. */
    private void starNamedExpressionsRest(List<Expr> elts, TokenKind close) {
        while (t.match(TokenKind.COMMA) != null) {
            if (t.check(close)) {
                return;
            }
            elts.add(ex.starNamedExpression());
        }
    }

    // ---- [ ... ] -------------------------------------------------------------------------------------------------

    /** list or listcomp. */
    private Expr list() {
        Token open = t.advance();
        List<Expr> elts = new ArrayList<>();
        if (!t.check(TokenKind.RSQB)) {
            Expr first = ex.starNamedExpression();
            if (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) {
                checkComprehensionElement(first);
                List<Comprehension> gens = forIfClauses();
                Token close = t.expect(TokenKind.RSQB);
                return new Expr.ListComp(first, gens, open.span().to(close.span()));
            }
            elts.add(first);
            starNamedExpressionsRest(elts, TokenKind.RSQB);
            checkMissingParensAroundTarget(elts);
        }
        Token close = t.expect(TokenKind.RSQB);
        return new Expr.ListExpr(elts, Ctx.LOAD, open.span().to(close.span()));
    }

    private void checkComprehensionElement(Expr elt) {
        if (elt instanceof Expr.Starred) {
            throw t.errorAt("iterable unpacking cannot be used in comprehension", elt.span());
        }
    }

    /** {@code [x, y for ...]}: CPython asks for parentheses around the target. */
    private void checkMissingParensAroundTarget(List<Expr> elts) {
        if (ex.quiet == 0 && (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) && elts.size() > 1) {
            Expr last = elts.get(elts.size() - 1);
            throw t.errorRange("did you forget parentheses around the comprehension target?", elts.get(0).span(),
                    last.span());
        }
    }

    // ---- { ... } -------------------------------------------------------------------------------------------------

    /** dict, set, dictcomp or setcomp. */
    private Expr brace() {
        Token open = t.advance();
        if (t.check(TokenKind.RBRACE)) {
            Token close = t.advance();
            return new Expr.Dict(List.of(), List.of(), open.span().to(close.span()));
        }
        if (t.check(TokenKind.DOUBLESTAR)) {
            Token stars = t.advance();
            Expr value = ex.bitwiseOr();
            if (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) {
                throw t.errorAt("dict unpacking cannot be used in dict comprehension", stars.span());
            }
            return dictRest(open, null, value);
        }
        Expr first = ex.starNamedExpression();
        if (t.check(TokenKind.COLON) && !(first instanceof Expr.Starred) && !(first instanceof Expr.NamedExpr)) {
            Token colon = t.advance();
            if (ex.quiet == 0 && (t.check(TokenKind.RBRACE) || t.check(TokenKind.COMMA))) {
                throw t.errorAt("expression expected after dictionary key and ':'", colon.span());
            }
            Expr value = ex.expression();
            if (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) {
                List<Comprehension> gens = forIfClauses();
                Token close = t.expect(TokenKind.RBRACE);
                return new Expr.DictComp(first, value, gens, open.span().to(close.span()));
            }
            return dictRest(open, first, value);
        }
        if (t.check(TokenKind.FOR) || t.check(TokenKind.ASYNC)) {
            checkComprehensionElement(first);
            List<Comprehension> gens = forIfClauses();
            Token close = t.expect(TokenKind.RBRACE);
            return new Expr.SetComp(first, gens, open.span().to(close.span()));
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        starNamedExpressionsRest(elts, TokenKind.RBRACE);
        checkMissingParensAroundTarget(elts);
        Token close = t.expect(TokenKind.RBRACE);
        return new Expr.SetExpr(elts, open.span().to(close.span()));
    }

    /** The rest of a dict display after its first item ({@code key} null for {@code **value}). */
    private Expr dictRest(Token open, Expr key, Expr value) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(key);
        values.add(value);
        while (t.match(TokenKind.COMMA) != null) {
            if (t.check(TokenKind.RBRACE)) {
                break;
            }
            if (t.match(TokenKind.DOUBLESTAR) != null) {
                keys.add(null);
                values.add(ex.bitwiseOr());
                continue;
            }
            Expr k = ex.expression();
            if (!t.check(TokenKind.COLON)) {
                if (ex.quiet == 0) {
                    Span s = k.span();
                    throw t.errorColumns("':' expected after dictionary key", s.line(), s.endCol(), s.endLine(), 0);
                }
                throw t.fail();
            }
            Token colon = t.advance();
            if (ex.quiet == 0 && (t.check(TokenKind.RBRACE) || t.check(TokenKind.COMMA))) {
                throw t.errorAt("expression expected after dictionary key and ':'", colon.span());
            }
            keys.add(k);
            values.add(ex.expression());
        }
        Token close = t.expect(TokenKind.RBRACE);
        return new Expr.Dict(keys, values, open.span().to(close.span()));
    }

    // ---- comprehension clauses -----------------------------------------------------------------------------------

    /** for_if_clauses: one or more {@code [async] for targets in disjunction (if disjunction)*}. */
    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (t.check(TokenKind.FOR) || (t.check(TokenKind.ASYNC) && t.checkAhead(1, TokenKind.FOR))) {
            Token start = t.peek();
            boolean isAsync = t.match(TokenKind.ASYNC) != null;
            t.expect(TokenKind.FOR);
            Expr target = Targets.starTargets(ex, t);
            t.expect(TokenKind.IN);
            Expr iter = ex.disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (t.match(TokenKind.IF) != null) {
                ifs.add(ex.disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync, start.span().to(t.previous().span())));
        }
        if (gens.isEmpty()) {
            throw t.fail();
        }
        return gens;
    }
}
