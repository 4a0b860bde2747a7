package org.loopscope.script.runtime;

/**
 * An attribute found on a class that computes what instance (or class) lookup returns, as Python's
 * {@code __get__}: functions bind to the instance, {@code classmethod} binds to the class, properties compute.
 */
public interface PyDescriptor {

    /** {@code __get__(instance, owner)}; {@code instance} is null when looked up on the class itself. */
    Object get(Object instance, PyType owner);

    /**
     * Whether this is a function-like descriptor whose {@code get} on an instance makes a bound method, so
     * {@link Attrs#findMethod} may skip the binding and call with the instance prepended.
     */
    default boolean isMethod() {
        return false;
    }
}
