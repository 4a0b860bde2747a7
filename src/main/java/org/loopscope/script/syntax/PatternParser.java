package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code match} statement (a soft keyword: a statement starting with the name {@code match} is one only when
 * {@code match subject:} follows) and its patterns, by CPython's grammar: literal, capture, wildcard, value, group,
 * sequence, mapping, class, or- and as-patterns. Checks that need the whole pattern are the compiler's.
 */
final class PatternParser {

    private final StatementParser sp;
    private final ExpressionParser ex;
    private final TokenCursor t;

    PatternParser(StatementParser sp) {
        this.sp = sp;
        this.ex = sp.ex;
        this.t = sp.t;
    }

    static boolean isSoftKeyword(Token tok, String word) {
        return tok.kind() == TokenKind.NAME && tok.text().equals(word);
    }

    /** match_stmt, or null (nothing consumed) when the statement only starts with the name {@code match}. */
    Stmt matchStatement() {
        int mark = t.mark();
        Object saved = ex.saveFurthest();
        Boolean looks;
        try {
            looks = ex.quietly(() -> {
                t.advance();
                subject();
                return t.check(TokenKind.COLON) ? Boolean.TRUE : t.check(TokenKind.NEWLINE) ? Boolean.FALSE : null;
            });
        } catch (PySyntaxError notAMatch) {
            looks = null;
        }
        t.reset(mark);
        ex.restoreFurthest(saved);
        if (looks == null) {
            return null;
        }
        if (!looks) {
            missingColon();
            return null;
        }
        Token kw = t.advance();
        Expr subject = subject();
        if (t.check(TokenKind.NEWLINE)) {
            throw t.errorAtLastToken("expected ':'");
        }
        t.expect(TokenKind.COLON);
        t.expect(TokenKind.NEWLINE);
        if (!t.check(TokenKind.INDENT)) {
            throw t.indentationError("expected an indented block after 'match' statement on line " + kw.line());
        }
        t.advance();
        List<MatchCase> cases = new ArrayList<>();
        do {
            if (!isSoftKeyword(t.peek(), "case")) {
                throw t.fail();
            }
            cases.add(caseBlock());
        } while (!t.check(TokenKind.DEDENT));
        t.advance();
        return new Stmt.Match(subject, cases, kw.span().to(t.lastSignificant().span()));
    }

    /**
     * {@code match subject} then a newline: unless the line is an ordinary statement after all ({@code match -1}),
     * CPython's second pass reports the missing colon.
     */
    private void missingColon() {
        int mark = t.mark();
        Object saved = ex.saveFurthest();
        boolean simple;
        try {
            simple = ex.quietly(() -> {
                sp.simpleStatements(new ArrayList<>());
                return Boolean.TRUE;
            }) != null;
        } catch (PySyntaxError notSimple) {
            simple = false;
        }
        t.reset(mark);
        ex.restoreFurthest(saved);
        if (!simple) {
            t.advance();
            subject();
            throw t.errorAtLastToken("expected ':'");
        }
    }

    /** subject_expr: a named expression, or star_named_expressions making a tuple. */
    private Expr subject() {
        int start = t.mark();
        Expr first = ex.starNamedExpression();
        if (!t.check(TokenKind.COMMA)) {
            if (first instanceof Expr.Starred) {
                throw t.fail();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.COMMA) != null) {
            if (t.check(TokenKind.COLON) || t.check(TokenKind.NEWLINE)) {
                break;
            }
            elts.add(ex.starNamedExpression());
        }
        return new Expr.Tuple(elts, Ctx.LOAD, ex.from(start));
    }

    /** case_block: {@code case patterns [if guard]: block}. */
    private MatchCase caseBlock() {
        Token kw = t.advance();
        Pattern pattern = patterns();
        Expr guard = t.match(TokenKind.IF) != null ? ex.namedExpression() : null;
        if (t.check(TokenKind.NEWLINE)) {
            throw t.errorAtLastToken("expected ':'");
        }
        t.expect(TokenKind.COLON);
        List<Stmt> body = sp.block(kw, "'case' statement");
        return new MatchCase(pattern, guard, body, kw.span().to(t.lastSignificant().span()));
    }

    /** patterns: an open sequence pattern ({@code a, b}) or one pattern. */
    private Pattern patterns() {
        int start = t.mark();
        Pattern first = maybeStarPattern();
        if (!t.check(TokenKind.COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                throw t.fail();
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.COMMA) != null) {
            if (t.check(TokenKind.COLON) || t.check(TokenKind.IF)) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, ex.from(start));
    }

    private Pattern maybeStarPattern() {
        Token star = t.match(TokenKind.STAR);
        if (star == null) {
            return pattern();
        }
        Token name = t.expect(TokenKind.NAME);
        String id = name.text().equals("_") ? null : AtomParser.identifier(name);
        return new Pattern.MatchStar(id, star.span().to(name.span()));
    }

    /** pattern: an or-pattern, optionally {@code as NAME}. */
    private Pattern pattern() {
        int start = t.mark();
        Pattern p = orPattern();
        if (t.match(TokenKind.AS) == null) {
            return p;
        }
        Token name = t.expect(TokenKind.NAME);
        if (name.text().equals("_")) {
            throw t.errorAt("cannot use '_' as a target", name.span());
        }
        return new Pattern.MatchAs(p, AtomParser.identifier(name), ex.from(start));
    }

    private Pattern orPattern() {
        int start = t.mark();
        Pattern first = closedPattern();
        if (!t.check(TokenKind.VBAR)) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.VBAR) != null) {
            alternatives.add(closedPattern());
        }
        return new Pattern.MatchOr(alternatives, ex.from(start));
    }

    private Pattern closedPattern() {
        int start = t.mark();
        Token tok = t.peek();
        switch (tok.kind()) {
            case NUMBER, MINUS -> {
                return new Pattern.MatchValue(signedNumber(), ex.from(start));
            }
            case STRING -> {
                return new Pattern.MatchValue(strings(), ex.from(start));
            }
            case NONE, TRUE, FALSE -> {
                t.advance();
                Object v = tok.kind() == TokenKind.NONE ? Expr.Singleton.NONE : tok.kind() == TokenKind.TRUE;
                return new Pattern.MatchSingleton(v, tok.span());
            }
            case NAME -> {
                return namePattern(start);
            }
            case LPAR -> {
                return parenthesized(start);
            }
            case LSQB -> {
                t.advance();
                List<Pattern> items = sequenceItems(TokenKind.RSQB);
                t.expect(TokenKind.RSQB);
                return new Pattern.MatchSequence(items, ex.from(start));
            }
            case LBRACE -> {
                return mapping(start);
            }
            default -> throw t.fail();
        }
    }

    /** A literal number: {@code -1}, {@code 2.5}, and the complex forms {@code 1 + 2j}. */
    private Expr signedNumber() {
        int start = t.mark();
        Expr number = number();
        if (!t.check(TokenKind.PLUS) && !t.check(TokenKind.MINUS)) {
            return number;
        }
        BinaryOperator op = t.advance().kind() == TokenKind.PLUS ? BinaryOperator.ADD : BinaryOperator.SUB;
        Token imag = t.expect(TokenKind.NUMBER);
        Object value = AtomParser.checkedNumber(t, imag);
        if (!(value instanceof Expr.Imaginary)) {
            throw t.errorAt("imaginary number required in complex literal", imag.span());
        }
        return new Expr.BinOp(number, op, new Expr.Constant(value, null, imag.span()), ex.from(start));
    }

    private Expr number() {
        Token minus = t.match(TokenKind.MINUS);
        Token num = t.expect(TokenKind.NUMBER);
        Expr value = new Expr.Constant(AtomParser.checkedNumber(t, num), null, num.span());
        return minus == null ? value : new Expr.UnaryOp(UnaryOperator.USUB, value, minus.span().to(num.span()));
    }

    private Expr strings() {
        Expr s = ex.atoms.atom();
        if (!(s instanceof Expr.Constant)) {
            throw t.errorAt("patterns may only match literals and attribute lookups", s.span());
        }
        return s;
    }

    /** Capture, wildcard, value ({@code a.b}) or class ({@code Cls(...)}) pattern. */
    private Pattern namePattern(int start) {
        Token first = t.advance();
        Expr target = new Expr.Name(AtomParser.identifier(first), Ctx.LOAD, first.span());
        boolean dotted = false;
        while (t.match(TokenKind.DOT) != null) {
            Token attr = t.expect(TokenKind.NAME);
            target = new Expr.Attribute(target, AtomParser.identifier(attr), Ctx.LOAD, ex.from(start));
            dotted = true;
        }
        if (t.check(TokenKind.LPAR)) {
            return classPattern(start, target);
        }
        if (dotted) {
            return new Pattern.MatchValue(target, ex.from(start));
        }
        if (t.check(TokenKind.EQUAL)) {
            throw t.fail();
        }
        String name = first.text().equals("_") ? null : ((Expr.Name) target).id();
        return new Pattern.MatchAs(null, name, first.span());
    }

    private Pattern classPattern(int start, Expr cls) {
        t.expect(TokenKind.LPAR);
        List<Pattern> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Pattern> keywords = new ArrayList<>();
        while (!t.check(TokenKind.RPAR)) {
            if (t.check(TokenKind.NAME) && t.checkAhead(1, TokenKind.EQUAL)) {
                Token name = t.advance();
                t.advance();
                names.add(AtomParser.identifier(name));
                keywords.add(pattern());
            } else {
                Pattern p = pattern();
                if (!names.isEmpty()) {
                    throw t.errorAt("positional patterns follow keyword patterns", p.span());
                }
                positional.add(p);
            }
            if (t.match(TokenKind.COMMA) == null) {
                break;
            }
        }
        t.expect(TokenKind.RPAR);
        return new Pattern.MatchClass(cls, positional, names, keywords, ex.from(start));
    }

    /** A group pattern {@code (p)} or a tuple-like sequence pattern {@code (p,)}, {@code ()}. */
    private Pattern parenthesized(int start) {
        t.advance();
        if (t.match(TokenKind.RPAR) != null) {
            return new Pattern.MatchSequence(List.of(), ex.from(start));
        }
        Pattern first = maybeStarPattern();
        if (t.match(TokenKind.RPAR) != null) {
            if (first instanceof Pattern.MatchStar) {
                throw t.fail();
            }
            return first;
        }
        t.expect(TokenKind.COMMA);
        List<Pattern> items = new ArrayList<>(List.of(first));
        items.addAll(sequenceItems(TokenKind.RPAR));
        t.expect(TokenKind.RPAR);
        return new Pattern.MatchSequence(items, ex.from(start));
    }

    private List<Pattern> sequenceItems(TokenKind close) {
        List<Pattern> items = new ArrayList<>();
        while (!t.check(close)) {
            items.add(maybeStarPattern());
            if (t.match(TokenKind.COMMA) == null) {
                break;
            }
        }
        return items;
    }

    /** mapping_pattern: {@code {key: pattern, ..., **rest}}. */
    private Pattern mapping(int start) {
        t.advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!t.check(TokenKind.RBRACE)) {
            if (t.match(TokenKind.DOUBLESTAR) != null) {
                Token name = t.expect(TokenKind.NAME);
                if (name.text().equals("_")) {
                    throw t.fail();
                }
                rest = AtomParser.identifier(name);
                t.match(TokenKind.COMMA);
                break;
            }
            keys.add(mappingKey());
            t.expect(TokenKind.COLON);
            values.add(pattern());
            if (t.match(TokenKind.COMMA) == null) {
                break;
            }
        }
        t.expect(TokenKind.RBRACE);
        return new Pattern.MatchMapping(keys, values, rest, ex.from(start));
    }

    private Expr mappingKey() {
        int start = t.mark();
        Token tok = t.peek();
        switch (tok.kind()) {
            case NUMBER, MINUS -> {
                return signedNumber();
            }
            case STRING -> {
                return strings();
            }
            case NONE, TRUE, FALSE -> {
                t.advance();
                Object v = tok.kind() == TokenKind.NONE ? Expr.Singleton.NONE : tok.kind() == TokenKind.TRUE;
                return new Expr.Constant(v, null, tok.span());
            }
            case NAME -> {
                Token first = t.advance();
                Expr target = new Expr.Name(AtomParser.identifier(first), Ctx.LOAD, first.span());
                if (!t.check(TokenKind.DOT)) {
                    throw t.fail();
                }
                while (t.match(TokenKind.DOT) != null) {
                    Token attr = t.expect(TokenKind.NAME);
                    target = new Expr.Attribute(target, AtomParser.identifier(attr), Ctx.LOAD, ex.from(start));
                }
                return target;
            }
            default -> throw t.fail();
        }
    }
}
