package org.loopscope.script.runtime;

/**
 * Base of the runtime's own value classes: adds a lazily assigned, per-run {@code id()}. Subclasses decide
 * everything else (equality is identity unless a Python {@code __eq__} says otherwise, and Java's
 * {@code equals}/{@code hashCode} stay identity-based: Python's equality goes through {@link PyOps}).
 */
public abstract class PyObject implements PyObj {

    private long id;

    /** The object's {@code id()}: unique and stable within the run, assigned on first use. */
    public final long id() {
        if (id == 0) {
            id = RunContext.current().newAddress();
        }
        return id;
    }

    /** The default repr, {@code <list_iterator object at 0x...>}; classes with their own repr override this. */
    @Override
    public String toString() {
        return Reprs.objectRepr(this);
    }
}
