package org.loopscope.script.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A computed attribute of a builtin class ({@code BaseException.args}, {@code type.__name__}): a data descriptor
 * with a Java getter and, optionally, a setter.
 */
final class PyGetSet extends PyObject implements PyDataDescriptor {

    private final String name;
    private final PyType owner;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    PyGetSet(String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return Types.GETSET_DESCRIPTOR;
    }

    @Override
    public Object get(Object instance, PyType ownerType) {
        return instance == null ? this : getter.apply(instance);
    }

    @Override
    public void set(Object instance, Object value) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.cName() + "' objects is not writable");
        }
        setter.accept(instance, value);
    }

    @Override
    public void delete(Object instance) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.cName() + "' objects is not writable");
        }
        setter.accept(instance, null);
    }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.cName() + "' objects>";
    }
}
