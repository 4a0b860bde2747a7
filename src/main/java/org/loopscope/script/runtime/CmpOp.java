package org.loopscope.script.runtime;

/** The rich comparison operators, with their dunders and the operator each swaps to when reflected. */
public enum CmpOp {
    LT("<", "__lt__"),
    LE("<=", "__le__"),
    EQ("==", "__eq__"),
    NE("!=", "__ne__"),
    GT(">", "__gt__"),
    GE(">=", "__ge__");

    private final String symbol;
    private final String dunder;

    CmpOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** {@code <}. */
    public String symbol() {
        return symbol;
    }

    /** {@code __lt__}. */
    public String dunder() {
        return dunder;
    }

    /** The operator with the operands swapped: {@code a < b} is {@code b > a}. */
    public CmpOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Applies the operator to the result of a three-way comparison. */
    boolean test(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
        };
    }
}
