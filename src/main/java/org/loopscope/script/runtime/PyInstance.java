package org.loopscope.script.runtime;

/** An instance of a user class that derives from {@code object} only: its class and its {@code __dict__}. */
public final class PyInstance extends PyObject implements HasDict {

    private final PyType type;
    private PyDict dict;

    /** A new, empty instance of {@code type} (no {@code __init__} run). */
    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The instance {@code __dict__}, created on first use. */
    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The dict if it exists, else null (lookups avoid creating it). */
    @Override
    public PyDict dictOrNull() {
        return dict;
    }
}
