package org.loopscope.script.syntax;

/** Unary operators: {@code ~ not + -}. */
public enum UnaryOperator {
    INVERT("Invert"), NOT("Not"), UADD("UAdd"), USUB("USub");

    private final String pythonName;

    UnaryOperator(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name of the matching class in Python's {@code ast} module. */
    public String pythonName() {
        return pythonName;
    }
}
