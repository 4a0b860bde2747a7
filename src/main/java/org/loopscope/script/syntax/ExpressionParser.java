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
 * then attribute, call and subscript. The operators from | down are in {@link ArithmeticParser}, primaries in
 * {@link PrimaryParser}, atoms and displays in {@link AtomParser}, hints for common mistakes in
 * {@link MistakeHints}.
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
    final PrimaryParser primaries;
    final ArithmeticParser arithmetic;
    final MistakeHints hints;
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
        this.primaries = new PrimaryParser(this);
        this.arithmetic = new ArithmeticParser(this);
        this.hints = new MistakeHints(this);
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

    /** CPython's node extent: from the rule's first token to the last one it consumed (parentheses included). */
    Span from(int startToken) {
        return t.tokenAt(startToken).span().to(t.previous().span());
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
        int start = t.mark();
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
        return new Expr.Tuple(elts, Ctx.LOAD, t.tokenAt(start).span().to(last.span()));
    }

    /** star_expression: {@code *bitwise_or} or an expression. */
    Expr starExpression() {
        Token star = t.match(TokenKind.STAR);
        if (star != null) {
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.LOAD, star.span().to(t.previous().span()));
        }
        return expression();
    }

    /** star_named_expression: {@code *bitwise_or} or a named expression (display elements). */
    Expr starNamedExpression() {
        Token star = t.match(TokenKind.STAR);
        if (star != null) {
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.LOAD, star.span().to(t.previous().span()));
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
            hints.equalsInsteadOfCompare(e);
        }
        return e;
    }

    /** assignment_expression: {@code NAME := expression}. */
    Expr assignmentExpression() {
        Token name = t.expect(TokenKind.NAME);
        t.expect(TokenKind.COLONEQUAL);
        Expr value = expression();
        Expr target = new Expr.Name(AtomParser.identifier(name), Ctx.STORE, name.span());
        return new Expr.NamedExpr(target, value, name.span().to(t.previous().span()));
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
                return ternary(startMark, body);
            }
            if (quiet == 0 && canStartExpression(t.peek())) {
                hints.juxtaposed(startMark, body);
            }
            return body;
        } finally {
            t.leave();
        }
    }

    private Expr ternary(int start, Expr body) {
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
        return new Expr.IfExp(test, body, orelse, from(start));
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
        int start = t.mark();
        Expr first = conjunction();
        if (!t.check(TokenKind.OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.OR) != null) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(BoolOperator.OR, values, from(start));
    }

    /** conjunction: {@code a and b and c}. */
    Expr conjunction() {
        int start = t.mark();
        Expr first = inversion();
        if (!t.check(TokenKind.AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.AND) != null) {
            values.add(inversion());
        }
        return new Expr.BoolOp(BoolOperator.AND, values, from(start));
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
            return new Expr.UnaryOp(UnaryOperator.NOT, operand, not.span().to(t.previous().span()));
        } finally {
            t.leave();
        }
    }

    /** comparison: a chain such as {@code a < b <= c}, {@code x not in y}, {@code p is not q}. */
    Expr comparison() {
        int start = t.mark();
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
        return new Expr.Compare(left, ops, comparators, from(start));
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

    /** bitwise_or and everything that binds tighter: see {@link ArithmeticParser}. */
    Expr bitwiseOr() {
        return arithmetic.bitwiseOr();
    }

    // ---- lambda and yield ----------------------------------------------------------------------------------------

    /** lambdef: {@code lambda params: expression}. */
    Expr lambdef() {
        Token kw = t.expect(TokenKind.LAMBDA);
        Arguments args = parameters.lambdaParameters(kw);
        t.expect(TokenKind.COLON);
        t.enter(); // CPython: lambdef -> expression, two levels per lambda
        try {
            Expr body = expression();
            return new Expr.Lambda(args, body, kw.span().to(t.previous().span()));
        } finally {
            t.leave();
        }
    }

    /** yield_expr: {@code yield from expression} or {@code yield [star_expressions]}. */
    Expr yieldExpr() {
        Token kw = t.expect(TokenKind.YIELD);
        if (t.match(TokenKind.FROM) != null) {
            Expr value = expression();
            return new Expr.YieldFrom(value, kw.span().to(t.previous().span()));
        }
        if (!canStartStarExpression(t.peek())) {
            return new Expr.Yield(null, kw.span());
        }
        Expr value = starExpressions();
        return new Expr.Yield(value, kw.span().to(t.previous().span()));
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
