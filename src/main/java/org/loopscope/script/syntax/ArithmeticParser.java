package org.loopscope.script.syntax;

/**
 * The binary and unary operators from {@code |} down to {@code await}, one method per precedence level of
 * CPython's grammar. Binary levels loop, so {@code a - b - c} is {@code (a - b) - c}; {@code **} recurses on its
 * right through {@link #factor}, so it is right-associative and {@code -2**2} is {@code -(2**2)}.
 */
final class ArithmeticParser {

    private final ExpressionParser ex;
    private final TokenCursor t;

    ArithmeticParser(ExpressionParser ex) {
        this.ex = ex;
        this.t = ex.t;
    }

    /** bitwise_or: {@code a | b}. */
    Expr bitwiseOr() {
        int start = t.mark();
        Expr left = bitwiseXor();
        while (t.check(TokenKind.VBAR)) {
            t.advance();
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, BinaryOperator.BIT_OR, right, ex.from(start));
        }
        return left;
    }

    /** bitwise_xor: {@code a ^ b}. */
    Expr bitwiseXor() {
        int start = t.mark();
        Expr left = bitwiseAnd();
        while (t.check(TokenKind.CIRCUMFLEX)) {
            t.advance();
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, BinaryOperator.BIT_XOR, right, ex.from(start));
        }
        return left;
    }

    /** bitwise_and: {@code a & b}. */
    Expr bitwiseAnd() {
        int start = t.mark();
        Expr left = shiftExpr();
        while (t.check(TokenKind.AMPER)) {
            t.advance();
            Expr right = shiftExpr();
            left = new Expr.BinOp(left, BinaryOperator.BIT_AND, right, ex.from(start));
        }
        return left;
    }

    /** shift_expr: {@code a << b}, {@code a >> b}. */
    Expr shiftExpr() {
        int start = t.mark();
        Expr left = sum();
        while (t.check(TokenKind.LEFTSHIFT) || t.check(TokenKind.RIGHTSHIFT)) {
            BinaryOperator op = BinaryOperator.of(t.advance().kind());
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, ex.from(start));
        }
        return left;
    }

    /** sum: {@code a + b}, {@code a - b}. */
    Expr sum() {
        int start = t.mark();
        Expr left = term();
        while (t.check(TokenKind.PLUS) || t.check(TokenKind.MINUS)) {
            BinaryOperator op = BinaryOperator.of(t.advance().kind());
            Expr right = term();
            left = new Expr.BinOp(left, op, right, ex.from(start));
        }
        return left;
    }

    /** term: {@code * / // % @}. */
    Expr term() {
        int start = t.mark();
        Expr left = factor();
        while (true) {
            TokenKind k = t.peek().kind();
            if (k != TokenKind.STAR && k != TokenKind.SLASH && k != TokenKind.DOUBLESLASH && k != TokenKind.PERCENT
                    && k != TokenKind.AT) {
                return left;
            }
            BinaryOperator op = BinaryOperator.of(t.advance().kind());
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, ex.from(start));
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
            return new Expr.UnaryOp(op, operand, opTok.span().to(t.previous().span()));
        } finally {
            t.leave();
        }
    }

    /** power: {@code await_primary ** factor}; the right side is a factor, so {@code -2**2} is {@code -(2**2)}. */
    Expr power() {
        int start = t.mark();
        Expr base = awaitPrimary();
        if (!t.check(TokenKind.DOUBLESTAR)) {
            return base;
        }
        t.advance();
        // CPython spends two levels per '**' (power -> factor -> power).
        t.enter();
        t.enter();
        try {
            Expr exponent = factor();
            return new Expr.BinOp(base, BinaryOperator.POW, exponent, ex.from(start));
        } finally {
            t.leave();
            t.leave();
        }
    }

    /** await_primary: {@code await primary} or a primary. */
    Expr awaitPrimary() {
        Token await = t.match(TokenKind.AWAIT);
        Expr p = ex.primaries.primary();
        return await == null ? p : new Expr.Await(p, await.span().to(t.previous().span()));
    }
}
