package org.loopscope.script.runtime;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class PyProperty extends PyObject implements PyDataDescriptor {

    private final Object fget;
    private final Object fset;
    private final Object fdel;
    private final Object doc;
    private String name;

    /** A property; absent accessors are None. */
    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = Py.nn(fget);
        this.fset = Py.nn(fset);
        this.fdel = Py.nn(fdel);
        this.doc = Py.nn(doc);
    }

    @Override
    public PyType type() {
        return Types.PROPERTY;
    }

    Object fget() {
        return fget;
    }

    Object fset() {
        return fset;
    }

    Object fdel() {
        return fdel;
    }

    Object doc() {
        return doc;
    }

    void setName(String value) {
        name = value;
    }

    /** A copy with one accessor replaced, as {@code @x.setter} makes. */
    PyProperty with(Object newGet, Object newSet, Object newDel) {
        PyProperty copy = new PyProperty(newGet, newSet, newDel, doc);
        copy.name = name;
        return copy;
    }

    private String describe(Object instance) {
        String shown = name;
        if (shown == null && fget != Py.NONE && Attrs.getattrOrNull(fget, "__name__") instanceof String s) {
            shown = s;
        }
        return "property" + (shown == null ? "" : " '" + shown + "'") + " of '" + Py.type(instance).qualname()
                + "' object";
    }

    @Override
    public Object get(Object instance, PyType owner) {
        if (instance == null) {
            return this;
        }
        if (fget == Py.NONE) {
            throw Errors.attributeError(describe(instance) + " has no getter");
        }
        return PyOps.call(fget, instance);
    }

    @Override
    public void set(Object instance, Object value) {
        if (fset == Py.NONE) {
            throw Errors.attributeError(describe(instance) + " has no setter");
        }
        PyOps.call(fset, instance, value);
    }

    @Override
    public void delete(Object instance) {
        if (fdel == Py.NONE) {
            throw Errors.attributeError(describe(instance) + " has no deleter");
        }
        PyOps.call(fdel, instance);
    }
}
