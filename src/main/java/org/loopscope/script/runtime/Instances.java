package org.loopscope.script.runtime;

/** Calling a class that has no Java constructor (user classes, exception classes): {@code __new__} then
 * {@code __init__}, as {@code type.__call__} does. */
final class Instances {

    private Instances() {
    }

    static Object construct(PyType cls, Object[] args, String[] kwnames) {
        Object newMethod = cls.lookup("__new__");
        Object instance;
        if (newMethod == Types.OBJECT_NEW && cls.layout() == Layout.OBJECT) {
            if (args.length > 0 && cls.lookup("__init__") == Types.OBJECT_INIT) {
                throw Errors.typeError(cls.name() + "() takes no arguments");
            }
            instance = new PyInstance(cls);
        } else {
            Object function = Attrs.bindDescriptor(newMethod, null, cls);
            instance = PyOps.call(function, Args.prepend(cls, args), kwnames);
        }
        PyType type = Py.type(instance);
        if (!type.isSubtype(cls)) {
            return instance;
        }
        Object init = type.lookup("__init__");
        if (init == Types.OBJECT_INIT) {
            if (args.length > 0 && newMethod == Types.OBJECT_NEW) {
                throw Errors.typeError(cls.name() + "() takes no arguments");
            }
            return instance;
        }
        Object result = PyOps.callUnbound(init, instance, args, kwnames);
        if (!Py.isNone(result)) {
            throw Errors.typeError("__init__() should return None, not '" + Py.typeName(result) + "'");
        }
        return instance;
    }
}
