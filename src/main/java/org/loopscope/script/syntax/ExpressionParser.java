package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Expressions by recursive descent, one method per rule of CPython 3.11's grammar from {@code star_expressions}
 * down to {@code primary}, with Python's precedence: lambda, ternary, or, and, not, comparisons, |, ^, &, shifts,
 * + -, * / // % @, unary + - ~, ** (right-associative, binding tighter than a unary operator on its left), await,
 * then attribute, call and subscript. Atoms and displays are in {@link AtomParser}.
 *
 * <p>Where CPython's second, error-hunting pass would name a mistake ("Perhaps you forgot a comma?", "expected
 * 'else' after 'if' expression", "Maybe you meant '==' ..."), the matching check runs here at the point of failure.
 * Speculative parses done only for such checks never move the "furthest token" used for generic errors.
 */
final class ExpressionParser {

    final TokenCursor t;
    final AtomParser atoms;
    final ArgumentParser arguments;
    final ParameterParser parameters;
    /** While positive, the error-hunting checks are off (CPython's expression_without_invalid). */
    int quiet;
    /** Expressions that were written inside their own parentheses (the tree does not show it). */
    private final Set<Expr> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Tuples written with their own parentheses. */
    private final Set<Expr> bracketed = Collections.newSetFromMap(new IdentityHashMap<>());

    ExpressionParser(TokenCursor t, StringParser strings) {
        this.t = t;
        this.atoms = new AtomParser(this, strings);
        this.arguments = new ArgumentParser(this);
        this.parameters = new ParameterParser(this);
    }

    /** Records that {@code e} was written as {@code (e)}. */
    Expr grouped(Expr e) {
        grouped.add(e);
        return e;
    }

    /** Records that the tuple {@code e} was written with parentheses. */
    Expr bracketed(Expr e) {
        bracketed.add(e);
        return e;
    }

    boolean isParenthesized(Expr e) {
        return grouped.contains(e);
    }

    boolean isBracketed(Expr e) {
        return bracketed.contains(e);
    }

    // ---- expression lists ----------------------------------------------------------------------------------------

    /** star_expressions: one or more (possibly starred) expressions; a comma makes a Tuple. */
    Expr starExpressions() {
        Expr first = starExpression();
        if (!t.check(TokenKind.COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        Token last = t.previous();
        while (t.match(TokenKind.COMMA) != null) {
            last = t.previous();
            if (!canStartStarExpression(t.peek())) {
                break;
            }
            elts.add(starExpression());
            last = t.previous();
        }
        return new Expr.Tuple(elts, Ctx.LOAD, first.span().to(last.span()));
    }

    /** star_expression: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        Token star = t.match(TokenKind.STAR);
        if (star != null) {
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.LOAD, star.span().to(value.span()));
        }
        return expression();
    }

    /** star_named_expression: {@code *bitwise_or} or a named expression (display elements). */
    Expr starNamedExpression() {
        Token star = t.match(TokenKind.STAR);
        if (star != null) {
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.LOAD, star.span().to(value.span()));
        }
        return namedExpression();
    }

    /** named_expression: {@code NAME := expression} or an expression not followed by {@code :=}. */
    Expr namedExpression() {
        if (t.check(TokenKind.NAME) && t.checkAhead(1, TokenKind.COLONEQUAL)) {
            return assignmentExpression();
        }
        Expr e = expression();
        if (t.check(TokenKind.COLONEQUAL)) {
            throw t.errorAt("cannot use assignment expressions with " + Targets.exprName(e), e.span());
        }
        if (t.check(TokenKind.EQUAL) && quiet == 0) {
            checkEqualsInsteadOfCompare(e);
        }
        return e;
    }

    /** assignment_expression: {@code NAME := expression}. */
    Expr assignmentExpression() {
        Token name = t.expect(TokenKind.NAME);
        t.expect(TokenKind.COLONEQUAL);
        Expr value = expression();
        Expr target = new Expr.Name(AtomParser.identifier(name), Ctx.STORE, name.span());
        return new Expr.NamedExpr(target, value, name.span().to(value.span()));
    }

    /** CPython's invalid_named_expression: {@code if x = 1:} and friends. */
    private void checkEqualsInsteadOfCompare(Expr e) {
        boolean isName = e instanceof Expr.Name;
        if (!isName && (Targets.startsWithDisplayOrSingleton(e, this) || !Targets.isBitwiseOrLevel(e, this))) {
            return;
        }
        int mark = t.mark();
        Object saved = saveFurthest();
        t.advance();
        Expr rhs = quietly(this::bitwiseOr);
        boolean fires = rhs != null && !t.check(TokenKind.EQUAL) && !t.check(TokenKind.COLONEQUAL);
        t.reset(mark);
        restoreFurthest(saved);
        if (!fires) {
            return;
        }
        if (isName) {
            throw t.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.span(), rhs.span());
        }
        throw t.errorAt("cannot assign to " + Targets.exprName(e) + " here. Maybe you meant '==' instead of '='?",
                e.span());
    }

    // ---- expression ----------------------------------------------------------------------------------------------

    /** expression: a ternary, a disjunction or a lambda. */
    Expr expression() {
        t.enter();
        try {
            if (t.check(TokenKind.LAMBDA)) {
                return lambdef();
            }
            int startMark = t.mark();
            Expr body = disjunction();
            if (t.check(TokenKind.IF)) {
                return ternary(body);
            }
            if (quiet == 0 && canStartExpression(t.peek())) {
                checkJuxtaposed(startMark, body);
            }
            return body;
        } finally {
            t.leave();
        }
    }

    private Expr ternary(Expr body) {
        t.advance();
        Expr test = disjunction();
        if (!t.check(TokenKind.ELSE)) {
            if (quiet == 0 && !t.check(TokenKind.COLON)) {
                throw t.errorRange("expected 'else' after 'if' expression", body.span(), test.span());
            }
            throw t.fail();
        }
        t.advance();
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, body.span().to(orelse.span()));
    }

    /**
     * Two expressions side by side: inside brackets CPython suggests a missing comma; after {@code print} or
     * {@code exec} it suggests the missing parentheses.
     */
    private void checkJuxtaposed(int startMark, Expr a) {
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        if (legacy) {
            if (t.check(TokenKind.LPAR)) {
                return;
            }
            Expr b = speculate(this::starExpressions);
            if (b != null) {
                String name = ((Expr.Name) a).id();
                throw t.errorRange("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                        a.span(), b.span());
            }
            return;
        }
        Token start = t.tokenAt(startMark);
        boolean nameString = start.kind() == TokenKind.NAME && t.kindAt(startMark + 1) == TokenKind.STRING;
        boolean softKeyword = start.kind() == TokenKind.NAME
                && (start.text().equals("_") || start.text().equals("match") || start.text().equals("case"));
        if (nameString || softKeyword) {
            return;
        }
        int mark = t.mark();
        Object saved = saveFurthest();
        Expr b = quietly(this::expression);
        boolean inBrackets = b != null && t.previous().level() > 0;
        t.reset(mark);
        restoreFurthest(saved);
        if (inBrackets) {
            throw t.errorRange("invalid syntax. Perhaps you forgot a comma?", a.span(), b.span());
        }
    }

    /** Parses with the error checks off; returns null (position not restored) on a generic failure. */
    <T> T quietly(Supplier<T> rule) {
        quiet++;
        try {
            return rule.get();
        } catch (TokenCursor.Failure f) {
            return null;
        } finally {
            quiet--;
        }
    }

    /** Parses speculatively and quietly, restoring position and furthest token; null if it fails. */
    <T> T speculate(Supplier<T> rule) {
        int mark = t.mark();
        Object saved = saveFurthest();
        T result = quietly(rule);
        t.reset(mark);
        restoreFurthest(saved);
        return result;
    }

    Object saveFurthest() {
        return t.furthestIndex();
    }

    void restoreFurthest(Object saved) {
        t.restoreFurthest((Integer) saved);
    }

    /** disjunction: {@code a or b or c}. */
    Expr disjunction() {
        Expr first = conjunction();
        if (!t.check(TokenKind.OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.OR) != null) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOperator.OR, values, first.span().to(values.get(values.size() - 1).span()));
    }

    /** conjunction: {@code a and b and c}. */
    Expr conjunction() {
        Expr first = inversion();
        if (!t.check(TokenKind.AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.AND) != null) {
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOperator.AND, values, first.span().to(values.get(values.size() - 1).span()));
    }

    /** inversion: {@code not inversion} or a comparison. */
    Expr inversion() {
        Token not = t.match(TokenKind.NOT);
        if (not == null) {
            return comparison();
        }
        t.enter();
        try {
            Expr operand = inversion();
            return new Expr.UnaryOp(UnaryOperator.NOT, operand, not.span().to(operand.span()));
        } finally {
            t.leave();
        }
    }

    /** comparison: a chain such as {@code a < b <= c}, {@code x not in y}, {@code p is not q}. */
    Expr comparison() {
        Expr left = bitwiseOr();
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (true) {
            CmpOperator op = comparisonOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, left.span().to(comparators.get(comparators.size() - 1).span()));
    }

    /** Consumes a comparison operator, or returns null ({@code not} alone and {@code <>} are not operators). */
    private CmpOperator comparisonOperator() {
        Token tok = t.peek();
        CmpOperator op = switch (tok.kind()) {
            case EQEQUAL -> CmpOperator.EQ;
            case NOTEQUAL -> tok.text().equals("!=") ? CmpOperator.NOT_EQ : null;
            case LESS -> CmpOperator.LT;
            case LESSEQUAL -> CmpOperator.LT_E;
            case GREATER -> CmpOperator.GT;
            case GREATEREQUAL -> CmpOperator.GT_E;
            case IN -> CmpOperator.IN;
            case IS -> t.checkAhead(1, TokenKind.NOT) ? CmpOperator.IS_NOT : CmpOperator.IS;
            case NOT -> t.checkAhead(1, TokenKind.IN) ? CmpOperator.NOT_IN : null;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        t.advance();
        if (op == CmpOperator.IS_NOT || op == CmpOperator.NOT_IN) {
            t.advance();
        }
        return op;
    }

    /** bitwise_or: {@code a | b}. */
    Expr bitwiseOr() {
        Expr left = bitwiseXor();
        while (t.check(TokenKind.VBAR)) {
            t.advance();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, BinaryOperator.BIT_OR, right, left.span().to(right.span()));
        }
        return left;
    }

    /** bitwise_xor: {@code a ^ b}. */
    Expr bitwiseXor() {
        Expr left = bitwiseAnd();
        while (t.check(TokenKind.CIRCUMFLEX)) {
            t.advance();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, BinaryOperator.BIT_XOR, right, left.span().to(right.span()));
        }
        return left;
    }

    /** bitwise_and: {@code a & b}. */
    Expr bitwiseAnd() {
        Expr left = shiftExpr();
        while (t.check(TokenKind.AMPER)) {
            t.advance();
            Expr right = shiftExpr();
            left = new Expr.BinOp(left, BinaryOperator.BIT_AND, right, left.span().to(right.span()));
        }
        return left;
    }

    /** shift_expr: {@code a << b}, {@code a >> b}. */
    Expr shiftExpr() {
        Expr left = sum();
        while (t.check(TokenKind.LEFTSHIFT) || t.check(TokenKind.RIGHTSHIFT)) {
            BinaryOperator op = BinaryOperator.of(t.advance().kind());
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, left.span().to(right.span()));
        }
        return left;
    }

    /** sum: {@code a + b}, {@code a - b}. */
    Expr sum() {
        Expr left = term();
        while (t.check(TokenKind.PLUS) || t.check(TokenKind.MINUS)) {
            BinaryOperator op = BinaryOperator.of(t.advance().kind());
            Expr right = term();
            left = new Expr.BinOp(left, op, right, left.span().to(right.span()));
        }
        return left;
    }

    /** term: {@code * / // % @}. */
    Expr term() {
        Expr left = factor();
        while (true) {
            TokenKind k = t.peek().kind();
            if (k != TokenKind.STAR && k != TokenKind.SLASH && k != TokenKind.DOUBLESLASH && k != TokenKind.PERCENT
                    && k != TokenKind.AT) {
                return left;
            }
            BinaryOperator op = BinaryOperator.of(t.advance().kind());
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, left.span().to(right.span()));
        }
    }

    /** factor: unary {@code + - ~} applied to a factor, or a power. */
    Expr factor() {
        TokenKind k = t.peek().kind();
        UnaryOperator op = k == TokenKind.PLUS ? UnaryOperator.UADD : k == TokenKind.MINUS ? UnaryOperator.USUB
                : k == TokenKind.TILDE ? UnaryOperator.INVERT : null;
        if (op == null) {
            return power();
        }
        Token opTok = t.advance();
        t.enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(op, operand, opTok.span().to(operand.span()));
        } finally {
            t.leave();
        }
    }

    /** power: {@code await_primary ** factor}; the right side is a factor, so {@code -2**2} is {@code -(2**2)}. */
    Expr power() {
        Expr base = awaitPrimary();
        if (!t.check(TokenKind.DOUBLESTAR)) {
            return base;
        }
        t.advance();
        t.enter();
        try {
            Expr exponent = factor();
            return new Expr.BinOp(base, BinaryOperator.POW, exponent, base.span().to(exponent.span()));
        } finally {
            t.leave();
        }
    }

    /** await_primary: {@code await primary} or a primary. */
    Expr awaitPrimary() {
        Token await = t.match(TokenKind.AWAIT);
        Expr p = primary();
        return await == null ? p : new Expr.Await(p, await.span().to(p.span()));
    }

    /** primary: an atom followed by any number of {@code .name}, calls and subscripts. */
    Expr primary() {
        Expr e = atoms.atom();
        while (true) {
            switch (t.peek().kind()) {
                case DOT -> {
                    t.advance();
                    Token name = t.expect(TokenKind.NAME);
                    e = new Expr.Attribute(e, AtomParser.identifier(name), Ctx.LOAD, e.span().to(name.span()));
                }
                case LPAR -> e = arguments.call(e);
                case LSQB -> {
                    t.advance();
                    Expr slice = slices();
                    Token close = t.expect(TokenKind.RSQB);
                    e = new Expr.Subscript(e, slice, Ctx.LOAD, e.span().to(close.span()));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    /** slices: one slice, or a comma-separated Tuple of slices and starred expressions. */
    Expr slices() {
        Expr first = sliceOrStarred();
        if (!t.check(TokenKind.COMMA)) {
            if (first instanceof Expr.Starred) {
                throw t.fail();
            }
            return first;
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
        return new Expr.Tuple(elts, Ctx.LOAD, first.span().to(last.span()));
    }

    private Expr sliceOrStarred() {
        if (t.check(TokenKind.STAR)) {
            Token star = t.advance();
            Expr value = expression();
            return new Expr.Starred(value, Ctx.LOAD, star.span().to(value.span()));
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
        Expr upper = canStartExpression(t.peek()) ? expression() : null;
        Expr step = null;
        if (t.match(TokenKind.COLON) != null && canStartExpression(t.peek())) {
            step = expression();
        }
        return new Expr.Slice(lower, upper, step, start.span().to(t.previous().span()));
    }

    /** The part before a slice's colon is an expression; without a colon it is a named expression. */
    private Expr namedExpressionOrLower() {
        if (t.check(TokenKind.NAME) && t.checkAhead(1, TokenKind.COLONEQUAL)) {
            return assignmentExpression();
        }
        Expr e = expression();
        if (!t.check(TokenKind.COLON)) {
            if (t.check(TokenKind.COLONEQUAL)) {
                throw t.errorAt("cannot use assignment expressions with " + Targets.exprName(e), e.span());
            }
            if (t.check(TokenKind.EQUAL) && quiet == 0) {
                checkEqualsInsteadOfCompare(e);
            }
        }
        return e;
    }

    // ---- lambda and yield ----------------------------------------------------------------------------------------

    /** lambdef: {@code lambda params: expression}. */
    Expr lambdef() {
        Token kw = t.expect(TokenKind.LAMBDA);
        Arguments args = parameters.lambdaParameters(kw);
        t.expect(TokenKind.COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, kw.span().to(body.span()));
    }

    /** yield_expr: {@code yield from expression} or {@code yield [star_expressions]}. */
    Expr yieldExpr() {
        Token kw = t.expect(TokenKind.YIELD);
        if (t.match(TokenKind.FROM) != null) {
            Expr value = expression();
            return new Expr.YieldFrom(value, kw.span().to(value.span()));
        }
        if (!canStartStarExpression(t.peek())) {
            return new Expr.Yield(null, kw.span());
        }
        Expr value = starExpressions();
        return new Expr.Yield(value, kw.span().to(value.span()));
    }

    // ---- token classes -------------------------------------------------------------------------------------------

    /** True if an expression (without a leading star) can begin with this token. */
    static boolean canStartExpression(Token tok) {
        return switch (tok.kind()) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, AWAIT, NONE, TRUE, FALSE,
                    ELLIPSIS -> true;
            default -> false;
        };
    }

    static boolean canStartStarExpression(Token tok) {
        return tok.kind() == TokenKind.STAR || canStartExpression(tok);
    }
}
