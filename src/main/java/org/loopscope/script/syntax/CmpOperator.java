package org.loopscope.script.syntax;

/** Comparison operators; a chain {@code a < b <= c} is one Compare node with several of them. */
public enum CmpOperator {
    EQ("Eq"), NOT_EQ("NotEq"), LT("Lt"), LT_E("LtE"), GT("Gt"), GT_E("GtE"), IS("Is"), IS_NOT("IsNot"), IN("In"),
    NOT_IN("NotIn");

    private final String pythonName;

    CmpOperator(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name of the matching class in Python's {@code ast} module. */
    public String pythonName() {
        return pythonName;
    }
}
