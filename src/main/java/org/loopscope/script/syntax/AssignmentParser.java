package org.loopscope.script.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements that begin with an expression: expression statements, assignment chains {@code a = b = c},
 * annotated assignments and augmented assignments. Invalid targets get the message CPython's second pass would
 * find first: "cannot assign to X here. Maybe you meant '==' instead of '='?" when the target and what follows
 * the {@code =} look like a mistyped comparison, otherwise "cannot assign to X" at the first bad target.
 */
final class AssignmentParser {

    private final ExpressionParser ex;
    private final TokenCursor t;

    AssignmentParser(StatementParser sp) {
        this.ex = sp.ex;
        this.t = sp.t;
    }

    /** assignment | star_expressions (as an expression statement). */
    Stmt assignmentOrExpression() {
        statementStart = t.mark();
        Expr first = t.check(TokenKind.YIELD) ? ex.yieldExpr() : ex.starExpressions();
        if (t.check(TokenKind.COLON)) {
            return annotated(first);
        }
        if (t.check(TokenKind.EQUAL)) {
            return assignment(first);
        }
        if (t.check(TokenKind.COLONEQUAL) && !(first instanceof Expr.Name) && !(first instanceof Expr.Tuple tu
                && !ex.isBracketed(tu)) && ex.quiet == 0) {
            if (ex.speculate(() -> {
                t.advance();
                return ex.expression();
            }) != null) {
                throw t.errorAt("cannot use assignment expressions with " + Targets.exprName(first), first.span());
            }
        }
        BinaryOperator aug = BinaryOperator.ofAugmented(t.peek().kind());
        if (aug != null) {
            return augmented(first, aug);
        }
        if (first instanceof Expr.Tuple tu && !ex.isBracketed(tu) && ExpressionParser.canStartExpression(t.peek())
                && ex.quiet == 0) {
            juxtaposedAfterTuple();
        }
        return new Stmt.ExprStmt(first, statementSpan());
    }

    /**
     * {@code a, b c = d}: CPython's invalid_assignment reads the rest as more named expressions, whose own checks
     * may recognise {@code c = d} as a mistyped comparison.
     */
    private void juxtaposedAfterTuple() {
        ex.speculate(() -> {
            ex.quiet--;
            try {
                do {
                    ex.namedExpression();
                } while (t.match(TokenKind.COMMA) != null || ExpressionParser.canStartExpression(t.peek()));
            } finally {
                ex.quiet++;
            }
            return null;
        });
    }

    /** {@code target: annotation [= value]}. */
    private Stmt annotated(Expr target) {
        boolean grouped = ex.isParenthesized(target);
        if (target instanceof Expr.Tuple tu && !ex.isBracketed(tu)) {
            throw t.errorAt("only single target (not tuple) can be annotated", tu.elts().get(0).span());
        }
        if (target instanceof Expr.ListExpr || target instanceof Expr.Tuple) {
            throw t.errorAt("only single target (not " + Targets.exprName(target) + ") can be annotated",
                    target.span());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            // The first pass of CPython never gets past the ':', so a generic error points at it.
            if (ex.speculate(() -> {
                t.advance();
                return ex.expression();
            }) != null) {
                throw t.errorAt("illegal target for annotation", target.span());
            }
            throw t.fail();
        }
        t.advance();
        Expr annotation = ex.expression();
        Expr value = null;
        if (t.match(TokenKind.EQUAL) != null) {
            value = t.check(TokenKind.YIELD) ? ex.yieldExpr() : ex.starExpressions();
        }
        boolean simple = target instanceof Expr.Name && !grouped;
        return new Stmt.AnnAssign(Targets.withCtx(target, Ctx.STORE), annotation, value, simple, statementSpan());
    }

    /** {@code t1 = t2 = ... = value}. */
    private Stmt assignment(Expr first) {
        List<Expr> chain = new ArrayList<>(List.of(first));
        while (t.match(TokenKind.EQUAL) != null) {
            if (!t.check(TokenKind.YIELD) && !ExpressionParser.canStartStarExpression(t.peek())) {
                // Nothing after '=': CPython still names a bad target before it.
                chain.add(null);
                checkTargets(chain.subList(0, chain.size() - 1), chain);
                throw t.fail();
            }
            chain.add(t.check(TokenKind.YIELD) ? ex.yieldExpr() : ex.starExpressions());
        }
        List<Expr> targets = chain.subList(0, chain.size() - 1);
        Expr value = chain.get(chain.size() - 1);
        checkTargets(targets, chain);
        List<Expr> stored = new ArrayList<>();
        for (Expr e : targets) {
            stored.add(Targets.withCtx(e, Ctx.STORE));
        }
        return new Stmt.Assign(stored, value, statementSpan());
    }

    /** {@code target op= value}: the target must be a single name, attribute or subscript. */
    private Stmt augmented(Expr target, BinaryOperator op) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            if (ex.speculate(() -> {
                t.advance();
                return t.check(TokenKind.YIELD) ? ex.yieldExpr() : ex.starExpressions();
            }) != null) {
                throw t.errorAt("'" + Targets.exprName(target) + "' is an illegal expression for augmented assignment",
                        target.span());
            }
            throw t.fail();
        }
        t.advance();
        Expr value = t.check(TokenKind.YIELD) ? ex.yieldExpr() : ex.starExpressions();
        return new Stmt.AugAssign(Targets.withCtx(target, Ctx.STORE), op, value, statementSpan());
    }

    /** From the statement's first token (maybe a parenthesis) to its last. */
    private Span statementSpan() {
        return t.tokenAt(statementStart).span().to(t.previous().span());
    }

    /** Index of the statement's first token. */
    private int statementStart;

    /** Finds CPython's message for the first target that cannot be assigned to. */
    private void checkTargets(List<Expr> targets, List<Expr> chain) {
        Expr firstBad = null;
        for (Expr e : targets) {
            if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || Targets.invalidTarget(e, Targets.Kind.STAR)
                    != null) {
                firstBad = e;
                break;
            }
        }
        if (firstBad == null) {
            return;
        }
        checkMistypedComparison(chain);
        if ((firstBad instanceof Expr.Yield || firstBad instanceof Expr.YieldFrom) && !ex.isParenthesized(firstBad)) {
            throw t.errorAt("assignment to yield expression not possible", firstBad.span());
        }
        Expr bad = Targets.invalidTarget(firstBad, Targets.Kind.STAR);
        throw t.errorAt("cannot assign to " + Targets.exprName(bad), bad.span());
    }

    /**
     * CPython's invalid_named_expression as reached through invalid_assignment: the element just before the first
     * '=' followed by a bitwise_or that is not itself followed by '='.
     */
    private void checkMistypedComparison(List<Expr> chain) {
        Expr first = chain.get(0);
        Expr candidate = first;
        if (first instanceof Expr.Tuple tu && !ex.isBracketed(tu)) {
            Expr last = tu.elts().get(tu.elts().size() - 1);
            if (tu.span().endCol() != last.span().endCol() || tu.span().endLine() != last.span().endLine()) {
                return; // a trailing comma: the element is followed by ',' not '='
            }
            candidate = last;
        }
        if (candidate instanceof Expr.Starred || ((candidate instanceof Expr.Yield
                || candidate instanceof Expr.YieldFrom) && !ex.isParenthesized(candidate))) {
            return;
        }
        Expr rhs = chain.get(1);
        if (rhs == null) {
            return;
        }
        Expr lead = leadingBitwiseOr(rhs);
        if (lead == null || (lead == rhs && chain.size() > 2)) {
            return;
        }
        if (candidate instanceof Expr.Name) {
            throw t.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", candidate.span(),
                    lead.span());
        }
        if (!Targets.startsWithDisplayOrSingleton(candidate, ex) && Targets.isBitwiseOrLevel(candidate, ex)) {
            throw t.errorAt("cannot assign to " + Targets.exprName(candidate)
                    + " here. Maybe you meant '==' instead of '='?", candidate.span());
        }
    }

    /** The bitwise_or that an expression starts with, or null if it starts otherwise (not, lambda, *, yield). */
    private Expr leadingBitwiseOr(Expr e) {
        Expr cur = e;
        while (true) {
            if (Targets.isBitwiseOrLevel(cur, ex)) {
                return cur;
            }
            if (cur instanceof Expr.Tuple tu) {
                cur = tu.elts().get(0);
            } else if (cur instanceof Expr.Compare c) {
                cur = c.left();
            } else if (cur instanceof Expr.BoolOp b) {
                cur = b.values().get(0);
            } else if (cur instanceof Expr.IfExp i) {
                cur = i.body();
            } else {
                return null;
            }
        }
    }
}
