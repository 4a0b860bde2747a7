package org.loopscope.script.interp;

import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyType;

/** A cell: the box a closure shares with the frame that defines a variable ({@code cell} objects). */
public final class PyCell extends PyObject {

    /** The value, or null when empty (the variable is unbound). */
    Object value;

    PyCell(Object value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return InterpTypes.CELL;
    }

    /** The contents, or null when empty. */
    public Object get() {
        return value;
    }

    @Override
    public String toString() {
        return value == null ? "<cell at " + org.loopscope.script.runtime.Identity.address(this) + ": empty>"
                : "<cell at " + org.loopscope.script.runtime.Identity.address(this) + ": "
                        + org.loopscope.script.runtime.Py.typeName(value) + " object at "
                        + org.loopscope.script.runtime.Identity.address(value) + ">";
    }
}
