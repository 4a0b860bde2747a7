package org.loopscope.script.runtime;

/** The binary operators, with the symbol error messages use and the dunder names of each side. */
public enum BinOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    XOR("^", "xor"),
    OR("|", "or"),
    /** Not an operator: {@code divmod(a, b)}, which follows the same protocol. */
    DIVMOD("divmod()", "divmod");

    private final String symbol;
    private final String dunder;
    private final String reflected;
    private final String inplace;

    BinOp(String symbol, String name) {
        this.symbol = symbol;
        this.dunder = "__" + name + "__";
        this.reflected = "__r" + name + "__";
        this.inplace = "__i" + name + "__";
    }

    /** The operator as written: {@code +}, {@code //}. */
    public String symbol() {
        return symbol;
    }

    /** {@code __add__}. */
    public String dunder() {
        return dunder;
    }

    /** {@code __radd__}. */
    public String reflected() {
        return reflected;
    }

    /** {@code __iadd__}. */
    public String inplace() {
        return inplace;
    }
}
