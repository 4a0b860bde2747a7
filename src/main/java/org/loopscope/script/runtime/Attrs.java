package org.loopscope.script.runtime;

/**
 * Attribute access with CPython's rules: data descriptors on the class win over the instance dict, which wins over
 * other class attributes (functions bind to the instance); {@code __getattr__} is the fallback. Classes look in their
 * own MRO, with the metaclass {@code type}'s data descriptors ({@code __name__}, {@code __mro__}...) first.
 */
public final class Attrs {

    private Attrs() {
    }

    /** {@code obj.name}; AttributeError with CPython's message if there is none. */
    public static Object getattr(Object obj, String name) {
        Object value = lookup(obj, name);
        if (value == null) {
            throw Errors.noAttribute(obj, name);
        }
        return value;
    }

    /** {@code getattr(obj, name, None)} without the exception: null if there is no such attribute. */
    public static Object getattrOrNull(Object obj, String name) {
        try {
            return lookup(obj, name);
        } catch (PyException error) {
            if (error.type().isSubtype(ExcTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw error;
        }
    }

    /** {@code hasattr(obj, name)}. */
    public static boolean hasattr(Object obj, String name) {
        return getattrOrNull(obj, name) != null;
    }

    /** The attribute, or null; errors raised by descriptors and {@code __getattr__} propagate. */
    static Object lookup(Object obj, String name) {
        if (obj instanceof PyType cls) {
            return typeLookup(cls, name);
        }
        if (obj instanceof PySuper sup) {
            Object found = sup.find(name);
            if (found != null) {
                return found;
            }
        }
        PyType type = Py.type(obj);
        if (!type.isBuiltin()) {
            Object custom = type.lookup("__getattribute__");
            Object hook = type.lookup("__getattr__");
            if (custom != null && custom != Types.OBJECT_GETATTRIBUTE || hook != null) {
                return userLookup(obj, type, name, custom, hook);
            }
        }
        Object found = generic(obj, type, name);
        if (found == null && obj instanceof PyModule module) {
            // PEP 562: a module's own __getattr__ answers for the names it lacks.
            Object hook = module.dict().getStr("__getattr__");
            if (hook != null) {
                return PyOps.call(hook, name);
            }
        }
        return found;
    }

    private static Object userLookup(Object obj, PyType type, String name, Object custom, Object hook) {
        try {
            if (custom != null && custom != Types.OBJECT_GETATTRIBUTE) {
                return PyOps.callUnbound(custom, obj, name);
            }
            Object value = generic(obj, type, name);
            if (value != null || hook == null) {
                return value;
            }
        } catch (PyException error) {
            if (hook == null || !error.type().isSubtype(ExcTypes.ATTRIBUTE_ERROR)) {
                throw error;
            }
        }
        return PyOps.callUnbound(hook, obj, name);
    }

    /** {@code object.__getattribute__}: descriptors and the instance dict, no {@code __getattr__}. */
    static Object generic(Object obj, PyType type, String name) {
        Object attr = type.lookup(name);
        if (attr != null && isDataDescriptor(attr)) {
            return bindDescriptor(attr, obj, type);
        }
        if (obj instanceof HasDict owner) {
            PyDict dict = owner.dictOrNull();
            if (dict != null) {
                Object value = dict.getStr(name);
                if (value != null) {
                    return value;
                }
            }
            if (name.equals("__dict__")) {
                return owner.dict();
            }
        }
        if (attr != null) {
            return bindDescriptor(attr, obj, type);
        }
        return null;
    }

    private static Object typeLookup(PyType cls, String name) {
        Object metaAttr = Types.TYPE.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bindDescriptor(metaAttr, cls, Types.TYPE);
        }
        Object attr = cls.lookup(name);
        if (attr != null) {
            return bindDescriptor(attr, null, cls);
        }
        if (metaAttr != null) {
            return bindDescriptor(metaAttr, cls, Types.TYPE);
        }
        return null;
    }

    /** Whether {@code attr} controls assignment ({@code __set__}/{@code __delete__}), so it wins over the dict. */
    static boolean isDataDescriptor(Object attr) {
        if (attr instanceof PyDataDescriptor) {
            return true;
        }
        if (attr instanceof PyDescriptor || attr instanceof String || attr instanceof Long) {
            return false;
        }
        PyType type = Py.type(attr);
        return !type.isBuiltin() && (type.lookup("__set__") != null || type.lookup("__delete__") != null);
    }

    /** What {@code attr}, found on {@code owner}, gives for {@code instance} (null: looked up on the class). */
    public static Object bindDescriptor(Object attr, Object instance, PyType owner) {
        if (attr instanceof PyDescriptor descriptor) {
            return descriptor.get(instance, owner);
        }
        if (attr instanceof String || attr instanceof Long || attr instanceof PyList || attr instanceof PyDict) {
            return attr;
        }
        PyType type = Py.type(attr);
        if (!type.isBuiltin()) {
            Object getter = type.lookup("__get__");
            if (getter != null) {
                return PyOps.callUnbound(getter, attr, instance == null ? Types.NONE : instance, owner);
            }
        }
        return attr;
    }

    /**
     * The unbound method {@code name} of {@code obj}'s class when {@code obj.name(...)} may call it with
     * {@code obj} prepended (see {@link PyOps#callUnbound}); null when ordinary attribute lookup is needed.
     */
    public static Object findMethod(Object obj, String name) {
        if (obj instanceof PyType || obj instanceof PySuper) {
            return null;
        }
        return unlessShadowed(obj, typeMethod(Py.type(obj), name), name);
    }

    /**
     * The part of {@link #findMethod} that depends on the class alone (it stays valid while
     * {@link PyType#mroVersion} does): {@code type}'s method {@code name}, or null if that attribute is no method
     * or the class customises {@code __getattribute__}.
     */
    public static Object typeMethod(PyType type, String name) {
        Object attr = type.lookup(name);
        if (!(attr instanceof MethodDescriptor || attr instanceof PyDescriptor d && d.isMethod())) {
            return null;
        }
        if (!type.isBuiltin() && (type.lookup("__getattribute__") != Types.OBJECT_GETATTRIBUTE)) {
            return null;
        }
        return attr;
    }

    /** {@code method} (found by {@link #typeMethod} for {@code obj}'s class), or null if obj's dict has the name. */
    public static Object unlessShadowed(Object obj, Object method, String name) {
        if (method != null && obj instanceof HasDict owner && owner.dictOrNull() != null
                && owner.dictOrNull().getStr(name) != null) {
            return null;
        }
        return method;
    }

    /** {@code obj.name = value}. */
    public static void setattr(Object obj, String name, Object value) {
        if (obj instanceof PyType cls) {
            Object metaAttr = Types.TYPE.lookup(name);
            if (metaAttr instanceof PyDataDescriptor descriptor) {
                descriptor.set(cls, value);
                return;
            }
            cls.setAttribute(name, value);
            return;
        }
        PyType type = Py.type(obj);
        if (!type.isBuiltin()) {
            Object custom = type.lookup("__setattr__");
            if (custom != null && custom != Types.OBJECT_SETATTR) {
                PyOps.callUnbound(custom, obj, name, value);
                return;
            }
        }
        genericSet(obj, type, name, value);
    }

    /** {@code object.__setattr__}. */
    static void genericSet(Object obj, PyType type, String name, Object value) {
        Object attr = type.lookup(name);
        if (attr != null && isDataDescriptor(attr)) {
            if (attr instanceof PyDataDescriptor descriptor) {
                descriptor.set(obj, value);
            } else {
                PyOps.callUnbound(Py.type(attr).lookup("__set__"), attr, obj, value);
            }
            return;
        }
        if (obj instanceof HasDict owner && !(obj instanceof PyType)) {
            java.util.Set<String> slots = type.isBuiltin() ? null : type.slotsOnly();
            if (slots != null && !slots.contains(name)) {
                if (attr != null) {
                    throw Errors.attributeError("'" + type.cName() + "' object attribute '" + name
                            + "' is read-only");
                }
                throw Errors.noAttribute(obj, name);
            }
            owner.dict().put(name, value);
            return;
        }
        if (attr != null) {
            throw Errors.attributeError("'" + type.cName() + "' object attribute '" + name + "' is read-only");
        }
        throw Errors.noAttribute(obj, name);
    }

    /** {@code del obj.name}. */
    public static void delattr(Object obj, String name) {
        if (obj instanceof PyType cls) {
            if (!cls.deleteAttribute(name)) {
                throw Errors.noAttribute(cls, name);
            }
            return;
        }
        PyType type = Py.type(obj);
        if (!type.isBuiltin()) {
            Object custom = type.lookup("__delattr__");
            if (custom != null && custom != Types.OBJECT_DELATTR) {
                PyOps.callUnbound(custom, obj, name);
                return;
            }
        }
        genericDelete(obj, type, name);
    }

    /** {@code object.__delattr__}. */
    static void genericDelete(Object obj, PyType type, String name) {
        Object attr = type.lookup(name);
        if (attr != null && isDataDescriptor(attr)) {
            if (attr instanceof PyDataDescriptor descriptor) {
                descriptor.delete(obj);
            } else {
                PyOps.callUnbound(Py.type(attr).lookup("__delete__"), attr, obj);
            }
            return;
        }
        if (obj instanceof HasDict owner && owner.dictOrNull() != null && owner.dictOrNull().remove(name) != null) {
            return;
        }
        if (attr != null && !(obj instanceof HasDict)) {
            throw Errors.attributeError("'" + type.cName() + "' object attribute '" + name + "' is read-only");
        }
        throw Errors.noAttribute(obj, name);
    }

    /** {@code dir(obj)}: the sorted attribute names of the object, its class and the bases. */
    public static PyList dir(Object obj) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (obj instanceof HasDict owner && owner.dictOrNull() != null) {
            PyDict dict = owner.dictOrNull();
            for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                if (dict.keyAt(e) instanceof String s) {
                    names.add(s);
                }
            }
        }
        PyType[] mro = obj instanceof PyType cls ? cls.mroShared() : Py.type(obj).mroShared();
        for (PyType t : mro) {
            names.addAll(t.ownDict().keySet());
        }
        PyList result = new PyList();
        names.forEach(result::append);
        return result;
    }
}
