package org.loopscope.script.runtime;

/**
 * A function bound to an object ({@code obj.method} for a function defined in a class, or a classmethod bound to
 * its class): calling it calls the function with the object prepended. Type {@code method}.
 */
public final class PyMethod extends PyObject implements PyCallable {

    private final Object function;
    private final Object self;

    /** Binds {@code function} to {@code self}. */
    public PyMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return Types.METHOD;
    }

    /** {@code __func__}. */
    public Object function() {
        return function;
    }

    /** {@code __self__}. */
    public Object self() {
        return self;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return PyOps.call(function, Args.prepend(self, args), kwnames);
    }

    @Override
    public String toString() {
        Object name = Attrs.getattrOrNull(function, "__qualname__");
        if (!(name instanceof String)) {
            name = Attrs.getattrOrNull(function, "__name__");
        }
        return "<bound method " + (name instanceof String s ? s : "?") + " of " + Reprs.repr(self) + ">";
    }
}
