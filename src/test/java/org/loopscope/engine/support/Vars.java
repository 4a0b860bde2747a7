package org.loopscope.engine.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The local variables of one {@link Py} coroutine: named values, the value of the last {@code await}, and the
 * exception the innermost running {@code except} clause handles.
 */
public final class Vars {

    private final Map<String, Object> values = new HashMap<>();
    private Object last;
    private RuntimeException handling;

    /** The variable {@code name}; an unknown name is Python's {@code NameError}, here an assertion failure. */
    @SuppressWarnings("unchecked")
    public <T> T get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("name '" + name + "' is not defined");
        }
        return (T) values.get(name);
    }

    /**
     * The variable {@code name} as a plain Object: use it where {@link #get} would be inferred as an array
     * (a varargs parameter such as {@code new PythonError(type, args...)}).
     */
    public Object value(String name) {
        return get(name);
    }

    /** The integer variable {@code name}. */
    public int integer(String name) {
        return ((Number) get(name)).intValue();
    }

    /** Binds {@code name} to {@code value}. */
    public Vars set(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** What the last {@code await} returned (null before the first one). */
    public Object last() {
        return last;
    }

    /** The exception the innermost running {@code except} clause handles ({@code except X as e}), or null. */
    public RuntimeException exc() {
        return handling;
    }

    void last(Object value) {
        last = value;
    }

    void handling(RuntimeException error) {
        handling = error;
    }
}
