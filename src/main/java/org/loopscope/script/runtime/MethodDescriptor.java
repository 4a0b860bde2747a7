package org.loopscope.script.runtime;

/**
 * A method of a builtin class ({@code list.append}): calling it through the class needs the instance as first
 * argument; looking it up on an instance binds it. The VM may skip the binding with {@link #callBound}.
 */
public final class MethodDescriptor extends PyObject implements PyCallable, PyDescriptor {

    /** The Java body of a builtin method: receives the instance separately from the arguments. */
    @FunctionalInterface
    public interface Impl {
        /** Runs the method on {@code self} (vectorcall convention for the rest). */
        Object call(Object self, Object[] args, String[] kwnames);
    }

    private final String name;
    private final PyType owner;
    private final Impl impl;

    MethodDescriptor(String name, PyType owner, Impl impl) {
        this.name = name;
        this.owner = owner;
        this.impl = impl;
    }

    @Override
    public PyType type() {
        return Types.METHOD_DESCRIPTOR;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** The class that defines the method. */
    public PyType owner() {
        return owner;
    }

    /** Calls the method on {@code self}, which the caller knows is an instance of the owner. */
    public Object callBound(Object self, Object[] args, String[] kwnames) {
        return impl.call(self, args, kwnames);
    }

    @Override
    public Object get(Object instance, PyType ownerType) {
        if (instance == null) {
            return this;
        }
        return new BuiltinFunction(name, instance, (args, kwnames) -> impl.call(instance, args, kwnames));
    }

    @Override
    public boolean isMethod() {
        return true;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (args.length - Args.kwCount(kwnames) < 1) {
            throw Errors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        Object self = args[0];
        if (!Py.type(self).isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.cName() + "' objects doesn't apply to a '"
                    + Py.typeName(self) + "' object");
        }
        return impl.call(self, Args.rest(args), kwnames);
    }

    @Override
    public String toString() {
        return "<method '" + name + "' of '" + owner.cName() + "' objects>";
    }
}
