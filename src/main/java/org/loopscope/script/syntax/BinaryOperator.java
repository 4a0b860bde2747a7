package org.loopscope.script.syntax;

/** Binary arithmetic and bitwise operators, also used by augmented assignment. */
public enum BinaryOperator {
    ADD("Add", "+"), SUB("Sub", "-"), MULT("Mult", "*"), MAT_MULT("MatMult", "@"), DIV("Div", "/"),
    MOD("Mod", "%"), POW("Pow", "**"), LSHIFT("LShift", "<<"), RSHIFT("RShift", ">>"), BIT_OR("BitOr", "|"),
    BIT_XOR("BitXor", "^"), BIT_AND("BitAnd", "&"), FLOOR_DIV("FloorDiv", "//");

    private final String pythonName;
    private final String symbol;

    BinaryOperator(String pythonName, String symbol) {
        this.pythonName = pythonName;
        this.symbol = symbol;
    }

    /** The name of the matching class in Python's {@code ast} module. */
    public String pythonName() {
        return pythonName;
    }

    /** The operator as written, e.g. {@code //}. */
    public String symbol() {
        return symbol;
    }

    /** The operator of a binary operator token kind, or null. */
    static BinaryOperator of(TokenKind k) {
        return switch (k) {
            case PLUS -> ADD;
            case MINUS -> SUB;
            case STAR -> MULT;
            case AT -> MAT_MULT;
            case SLASH -> DIV;
            case PERCENT -> MOD;
            case DOUBLESTAR -> POW;
            case LEFTSHIFT -> LSHIFT;
            case RIGHTSHIFT -> RSHIFT;
            case VBAR -> BIT_OR;
            case CIRCUMFLEX -> BIT_XOR;
            case AMPER -> BIT_AND;
            case DOUBLESLASH -> FLOOR_DIV;
            default -> null;
        };
    }

    /** The operator of an augmented assignment token kind ({@code +=} ...), or null. */
    static BinaryOperator ofAugmented(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> ADD;
            case MINEQUAL -> SUB;
            case STAREQUAL -> MULT;
            case ATEQUAL -> MAT_MULT;
            case SLASHEQUAL -> DIV;
            case PERCENTEQUAL -> MOD;
            case DOUBLESTAREQUAL -> POW;
            case LEFTSHIFTEQUAL -> LSHIFT;
            case RIGHTSHIFTEQUAL -> RSHIFT;
            case VBAREQUAL -> BIT_OR;
            case CIRCUMFLEXEQUAL -> BIT_XOR;
            case AMPEREQUAL -> BIT_AND;
            case DOUBLESLASHEQUAL -> FLOOR_DIV;
            default -> null;
        };
    }
}
