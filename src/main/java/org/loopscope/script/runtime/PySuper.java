package org.loopscope.script.runtime;

/**
 * {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of {@code obj}'s class. The
 * VM compiles the zero-argument form {@code super()} to {@code super(__class__, <first argument>)}.
 */
public final class PySuper extends PyObject {

    private final PyType thisClass;
    private final Object self;
    private final PyType selfType;

    /** {@code super(thisClass, self)}, checked as CPython checks it. */
    public PySuper(PyType thisClass, Object self) {
        this.thisClass = thisClass;
        this.self = self;
        if (self instanceof PyType type && type.isSubtype(thisClass)) {
            this.selfType = type;
        } else if (Py.type(self).isSubtype(thisClass)) {
            this.selfType = Py.type(self);
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return Types.SUPER;
    }

    /** {@code __thisclass__}. */
    public PyType thisClass() {
        return thisClass;
    }

    /** {@code __self__}. */
    public Object self() {
        return self;
    }

    /** The attribute {@code name} as {@code super().name} finds it (bound), or null. */
    public Object find(String name) {
        Object found = lookupAfter(selfType, thisClass, name);
        if (found == null) {
            return null;
        }
        Object instance = self == selfType ? null : self;
        return Attrs.bindDescriptor(found, instance, selfType);
    }

    /** The raw attribute {@code name} from the classes after {@code start} in {@code type}'s MRO, or null. */
    static Object lookupAfter(PyType type, PyType start, String name) {
        PyType[] mro = type.mroShared();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object value = mro[i].ownDict().get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "<super: <class '" + thisClass.name() + "'>, <" + selfType.name() + " object>>";
    }
}
