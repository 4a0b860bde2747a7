package org.loopscope.script.runtime;

/** The methods of {@code object} and the attributes of classes ({@code type}). */
final class ObjectMethods {

    private ObjectMethods() {
    }

    static void install() {
        PyType object = Types.OBJECT;
        object.define("__new__", Types.OBJECT_NEW);
        object.define("__init__", Types.OBJECT_INIT);
        object.define("__eq__", Types.OBJECT_EQ);
        object.define("__ne__", Types.OBJECT_NE);
        object.define("__hash__", Types.OBJECT_HASH);
        object.define("__repr__", Types.OBJECT_REPR);
        object.define("__str__", Types.OBJECT_STR);
        object.define("__format__", Types.OBJECT_FORMAT);
        object.define("__getattribute__", Types.OBJECT_GETATTRIBUTE);
        object.define("__setattr__", Types.OBJECT_SETATTR);
        object.define("__delattr__", Types.OBJECT_DELATTR);
        object.define("__init_subclass__", Types.OBJECT_INIT_SUBCLASS);
        for (String name : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            Types.method1(object, name, (self, other) -> Types.NOT_IMPLEMENTED);
        }
        Types.method0(object, "__dir__", Attrs::dir);
        Types.getset(object, "__class__", Py::type, null);
        object.define("__doc__", "The base class of the class hierarchy.");

        PyType type = Types.TYPE;
        Types.getset(type, "__name__", t -> ((PyType) t).name(), (t, v) -> ((PyType) t).setAttribute("__name__", v));
        Types.getset(type, "__qualname__", t -> ((PyType) t).qualname(),
                (t, v) -> ((PyType) t).setAttribute("__qualname__", v));
        Types.getset(type, "__module__", t -> ((PyType) t).module(),
                (t, v) -> ((PyType) t).setAttribute("__module__", v));
        Types.getset(type, "__mro__", t -> PyTuple.of((Object[]) ((PyType) t).mro()), null);
        Types.getset(type, "__bases__", t -> PyTuple.of((Object[]) ((PyType) t).bases()), null);
        Types.getset(type, "__base__", t -> {
            PyType[] bases = ((PyType) t).bases();
            return bases.length == 0 ? Types.NONE : bases[0];
        }, null);
        Types.getset(type, "__dict__", t -> {
            PyDict dict = new PyDict();
            ((PyType) t).ownDict().forEach(dict::put);
            return dict;
        }, null);
        Types.getset(type, "__doc__", t -> {
            Object doc = ((PyType) t).ownDict().get("__doc__");
            return doc == null ? Types.NONE : doc;
        }, (t, doc) -> ((PyType) t).setAttribute("__doc__", doc == null ? Types.NONE : doc));
        Types.method0(type, "mro", t -> PyList.of((Object[]) ((PyType) t).mro()));
        Types.method1(type, "__instancecheck__", (t, v) -> Py.type(v).isSubtype((PyType) t));
        Types.method1(type, "__subclasscheck__", (t, c) -> c instanceof PyType sub && sub.isSubtype((PyType) t));
        Types.method1(type, "__or__", (t, other) -> GenericAlias.isUnionMember(other)
                ? GenericAlias.union(t, other) : Types.NOT_IMPLEMENTED);
        Types.method1(type, "__ror__", (t, other) -> GenericAlias.isUnionMember(other)
                ? GenericAlias.union(other, t) : Types.NOT_IMPLEMENTED);
    }

    static Object objectEq(Object self, Object other) {
        return self == other ? Boolean.TRUE : Types.NOT_IMPLEMENTED;
    }

    static Object objectNe(Object self, Object other) {
        Object eq = Py.type(self).lookup("__eq__");
        Object result = eq == null || eq == Types.OBJECT_EQ
                ? objectEq(self, other) : PyOps.callUnbound(eq, self, other);
        return result == Types.NOT_IMPLEMENTED ? result : Py.bool(!PyOps.truthy(result));
    }

    static String formatSpec(Object[] args, String[] kwnames) {
        Object spec = Args.one("object.__format__", args, kwnames);
        if (!(spec instanceof String s)) {
            throw Errors.typeError("__format__() argument must be str, not " + Py.typeName(spec));
        }
        return s;
    }

    /** {@code object.__init__(self, *args)}: extra arguments are an error unless {@code __new__} takes them. */
    static Object objectInit(Object self, Object[] args, String[] kwnames) {
        if (args.length > 0) {
            PyType type = Py.type(self);
            if (type.lookup("__init__") != Types.OBJECT_INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == Types.OBJECT_NEW) {
                throw Errors.typeError(type.name() + "() takes no arguments");
            }
        }
        return Types.NONE;
    }

    /** {@code object.__new__(cls, *args)}. */
    static Object objectNew(Object[] args, String[] kwnames) {
        if (args.length == 0) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + Py.typeName(args[0]) + ")");
        }
        if (args.length > 1) {
            if (cls.lookup("__new__") != Types.OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == Types.OBJECT_INIT) {
                throw Errors.typeError(cls.name() + "() takes no arguments");
            }
        }
        return switch (cls.layout()) {
            case OBJECT -> new PyInstance(cls);
            case EXCEPTION, EXCEPTION_GROUP -> throw Errors.typeError("object.__new__(" + cls.name()
                    + ") is not safe, use BaseException.__new__()");
            case BUILTIN -> throw Errors.typeError("object.__new__(" + cls.name() + ") is not safe, use "
                    + cls.name() + ".__new__()");
        };
    }

    static Object getattribute(Object self, Object[] args, String[] kwnames) {
        Object name = Args.one("object.__getattribute__", args, kwnames);
        String key = attributeName(name);
        Object value = self instanceof PyType ? Attrs.lookup(self, key) : Attrs.generic(self, Py.type(self), key);
        if (value == null) {
            throw Errors.noAttribute(self, key);
        }
        return value;
    }

    static Object setattr(Object self, Object[] args, String[] kwnames) {
        Args.positional("__setattr__", args, kwnames, 2, 2);
        Attrs.genericSet(self, Py.type(self), attributeName(args[0]), args[1]);
        return Types.NONE;
    }

    static Object delattr(Object self, Object[] args, String[] kwnames) {
        Object name = Args.one("object.__delattr__", args, kwnames);
        Attrs.genericDelete(self, Py.type(self), attributeName(name));
        return Types.NONE;
    }

    /** An attribute name argument, or {@code attribute name must be string, not 'int'}. */
    static String attributeName(Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + Py.typeName(name) + "'");
    }
}
