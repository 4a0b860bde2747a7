package org.loopscope.script.runtime;

/**
 * A function implemented in Java ({@code len}, {@code print}) or a builtin method bound to its object
 * ({@code [].append}): {@code builtin_function_or_method}. It does not bind when stored on a class, as CPython's
 * builtin functions do not.
 */
public final class BuiltinFunction extends PyObject implements PyCallable {

    private final String name;
    private final Object self;
    private final PyCallable impl;

    /** A builtin function named {@code name}. */
    public BuiltinFunction(String name, PyCallable impl) {
        this(name, null, impl);
    }

    /** A builtin method of {@code self} ({@code __self__}), as a bound method descriptor makes. */
    public BuiltinFunction(String name, Object self, PyCallable impl) {
        this.name = name;
        this.self = self;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return Types.BUILTIN_FUNCTION;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __self__}, or null for a plain function. */
    public Object self() {
        return self;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return impl.call(args, kwnames);
    }

    @Override
    public String toString() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + name + ">";
        }
        if (self instanceof PyType type) {
            return "<built-in method " + name + " of type object at " + Identity.address(type) + ">";
        }
        return "<built-in method " + name + " of " + Py.typeName(self) + " object at " + Identity.address(self) + ">";
    }
}
