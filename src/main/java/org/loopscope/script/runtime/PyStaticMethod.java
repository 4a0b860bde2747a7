package org.loopscope.script.runtime;

/** {@code staticmethod(f)}: looked up anywhere, gives {@code f} itself; callable directly, as since 3.10. */
public final class PyStaticMethod extends PyObject implements PyDescriptor, PyCallable {

    private final Object function;

    /** Wraps {@code function}. */
    public PyStaticMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return Types.STATICMETHOD;
    }

    /** {@code __func__}. */
    public Object function() {
        return function;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        return function;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return PyOps.call(function, args, kwnames);
    }

    @Override
    public String toString() {
        return "<staticmethod(" + Reprs.repr(function) + ")>";
    }
}
