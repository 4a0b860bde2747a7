package org.loopscope.script.runtime;

/** {@code classmethod(f)}: looked up on a class or an instance, binds {@code f} to the class. */
public final class PyClassMethod extends PyObject implements PyDescriptor {

    private final Object function;

    /** Wraps {@code function}. */
    public PyClassMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return Types.CLASSMETHOD;
    }

    /** {@code __func__}. */
    public Object function() {
        return function;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        return new PyMethod(function, owner != null ? owner : Py.type(instance));
    }

    @Override
    public String toString() {
        return "<classmethod(" + Reprs.repr(function) + ")>";
    }
}
