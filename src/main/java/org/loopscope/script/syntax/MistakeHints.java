package org.loopscope.script.syntax;

/**
 * The checks by which CPython's second, error-hunting parser pass names common mistakes, run where this parser
 * fails: {@code if x = 1:} ("Maybe you meant '==' or ':=' instead of '='?"), two expressions side by side inside
 * brackets ("Perhaps you forgot a comma?") and Python 2's {@code print x} ("Missing parentheses in call to
 * 'print'"). Their speculative parses never move the furthest token used for generic errors.
 */
final class MistakeHints {

    private final ExpressionParser ex;
    private final TokenCursor t;

    MistakeHints(ExpressionParser ex) {
        this.ex = ex;
        this.t = ex.t;
    }

    /** CPython's invalid_named_expression: {@code if x = 1:} and friends. */
    void equalsInsteadOfCompare(Expr e) {
        boolean isName = e instanceof Expr.Name;
        if (!isName && (Targets.startsWithDisplayOrSingleton(e, ex) || !Targets.isBitwiseOrLevel(e, ex))) {
            return;
        }
        int mark = t.mark();
        Object saved = ex.saveFurthest();
        t.advance();
        Expr rhs = ex.quietly(ex::bitwiseOr);
        boolean fires = rhs != null && !t.check(TokenKind.EQUAL) && !t.check(TokenKind.COLONEQUAL);
        t.reset(mark);
        ex.restoreFurthest(saved);
        if (!fires) {
            return;
        }
        if (isName) {
            throw t.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.span(), rhs.span());
        }
        throw t.errorAt("cannot assign to " + Targets.exprName(e) + " here. Maybe you meant '==' instead of '='?",
                e.span());
    }

    /**
     * Two expressions side by side: inside brackets CPython suggests a missing comma; after {@code print} or
     * {@code exec} it suggests the missing parentheses.
     */
    void juxtaposed(int startMark, Expr a) {
        boolean legacy = a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
        if (legacy) {
            if (t.check(TokenKind.LPAR)) {
                return;
            }
            Expr b = ex.speculate(ex::starExpressions);
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
        Object saved = ex.saveFurthest();
        Expr b = ex.quietly(ex::expression);
        boolean inBrackets = b != null && t.previous().level() > 0;
        t.reset(mark);
        ex.restoreFurthest(saved);
        if (inBrackets) {
            throw t.errorRange("invalid syntax. Perhaps you forgot a comma?", a.span(), b.span());
        }
    }
}
