package org.loopscope.script.syntax;

/** The short-circuit operators {@code and} and {@code or}. */
public enum BoolOperator {
    AND("And"), OR("Or");

    private final String pythonName;

    BoolOperator(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name of the matching class in Python's {@code ast} module. */
    public String pythonName() {
        return pythonName;
    }
}
