package org.loopscope.script.syntax;

/** How a Name, Attribute, Subscript, Starred, List or Tuple is used: read, assigned to, or deleted (as CPython). */
public enum Ctx {
    LOAD("Load"), STORE("Store"), DEL("Del");

    private final String pythonName;

    Ctx(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The name of the matching class in Python's {@code ast} module. */
    public String pythonName() {
        return pythonName;
    }
}
