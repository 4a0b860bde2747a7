package org.loopscope.script.runtime;

import java.math.BigInteger;

/** What calling the builtin classes does: {@code int(x)}, {@code str(x)}, {@code list(it)}, {@code range(n)}... */
final class Constructors {

    private Constructors() {
    }

    static void install() {
        Types.OBJECT.constructor((cls, args, kw) -> {
            if (args.length > 0) {
                throw Errors.typeError("object() takes no arguments");
            }
            return new PyInstance(cls);
        });
        Types.TYPE.constructor(Constructors::type);
        Types.NONE_TYPE.constructor((cls, args, kw) -> {
            Args.positional("NoneType", args, kw, 0, 0);
            return Types.NONE;
        });
        Types.INT.constructor((cls, args, kw) -> {
            Object[] a = Args.Spec.of("int", 1, 2, 0, "x", "base").parse(args, kw);
            return a[0] == null ? Ints.box(0) : toInt(a[0], a[1]);
        });
        Types.BOOL.constructor((cls, args, kw) -> {
            Args.positional("bool", args, kw, 0, 1);
            return args.length == 1 && PyOps.truthy(args[0]);
        });
        Types.FLOAT.constructor((cls, args, kw) -> {
            Args.positional("float", args, kw, 0, 1);
            return args.length == 0 ? (Object) 0.0 : toFloat(args[0]);
        });
        Types.STR.constructor((cls, args, kw) -> {
            Object[] a = Args.Spec.of("str", 0, 3, 0, "object", "encoding", "errors").parse(args, kw);
            if (a[1] != null || a[2] != null) {
                Object bad = a[1] != null ? a[1] : a[2];
                if (!(bad instanceof String)) {
                    throw Errors.typeError("str() argument '" + (a[1] != null ? "encoding" : "errors")
                            + "' must be str, not " + Py.typeName(bad));
                }
                throw Errors.typeError("decoding to str: need a bytes-like object, " + Py.typeName(a[0]) + " found");
            }
            return a[0] == null ? "" : Reprs.str(a[0]);
        });
        Types.LIST.constructor((cls, args, kw) -> {
            Args.noKeywords("list", kw);
            Args.checkCount("list", args.length, 0, 1);
            return args.length == 0 ? new PyList() : PyList.from(args[0]);
        });
        Types.TUPLE.constructor((cls, args, kw) -> {
            Args.noKeywords("tuple", kw);
            Args.checkCount("tuple", args.length, 0, 1);
            return args.length == 0 ? PyTuple.EMPTY : PyTuple.from(args[0]);
        });
        Types.DICT.constructor((cls, args, kw) -> {
            int positional = Args.positionalCount(args, kw);
            Args.checkCount("dict", positional, 0, 1);
            PyDict dict = new PyDict();
            if (positional == 1) {
                DictMethods.update(dict, args[0]);
            }
            for (int k = 0; k < Args.kwCount(kw); k++) {
                dict.put(kw[k], args[positional + k]);
            }
            return dict;
        });
        Types.SET.constructor((cls, args, kw) -> {
            Args.noKeywords("set", kw);
            Args.checkCount("set", args.length, 0, 1);
            return args.length == 0 ? new PySet(false) : PySet.from(args[0], false);
        });
        Types.FROZENSET.constructor((cls, args, kw) -> {
            Args.noKeywords("frozenset", kw);
            Args.checkCount("frozenset", args.length, 0, 1);
            if (args.length == 1 && args[0] instanceof PySet set && set.frozen()) {
                return set;
            }
            return args.length == 0 ? new PySet(true) : PySet.from(args[0], true);
        });
        Types.RANGE.constructor((cls, args, kw) -> {
            Args.positional("range", args, kw, 1, 3);
            if (args.length == 1) {
                return new PyRange(0, rangeBound(args[0]), 1);
            }
            return new PyRange(rangeBound(args[0]), rangeBound(args[1]), args.length == 3 ? rangeBound(args[2]) : 1);
        });
        Types.SLICE.constructor((cls, args, kw) -> {
            Args.positional("slice", args, kw, 1, 3);
            return args.length == 1 ? new PySlice(Types.NONE, args[0], Types.NONE)
                    : new PySlice(args[0], args[1], args.length == 3 ? args[2] : Types.NONE);
        });
        Types.ENUMERATE.constructor((cls, args, kw) -> {
            Object[] a = Args.Spec.of("enumerate", 0, 2, 0, "iterable", "start").parse(args, kw);
            if (a[0] == null) {
                throw Errors.typeError("enumerate() missing required argument 'iterable'");
            }
            Object start = a[1] == null ? Ints.box(0) : PyOps.indexOrNull(a[1]);
            if (start == null) {
                throw Errors.notAnIndex(a[1]);
            }
            return new Functional.Enumerate(a[0], start);
        });
        Types.ZIP.constructor((cls, args, kw) -> {
            boolean strict = false;
            for (int k = 0; k < Args.kwCount(kw); k++) {
                if (!kw[k].equals("strict")) {
                    throw Errors.typeError("zip() got an unexpected keyword argument '" + kw[k] + "'");
                }
                strict = PyOps.truthy(args[args.length - Args.kwCount(kw) + k]);
            }
            return new Functional.Zip(Args.positionalOnly(args, kw), strict);
        });
        Types.MAP.constructor((cls, args, kw) -> {
            Args.noKeywords("map", kw);
            if (args.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            return new Functional.MapIterator(args[0], Args.rest(args));
        });
        Types.FILTER.constructor((cls, args, kw) -> {
            Args.positional("filter", args, kw, 2, 2);
            return new Functional.FilterIterator(args[0], args[1]);
        });
        Types.REVERSED.constructor((cls, args, kw) -> {
            Args.positional("reversed", args, kw, 1, 1);
            return Iterators.reversed(args[0]);
        });
        Types.PROPERTY.constructor((cls, args, kw) -> {
            Object[] a = Args.Spec.of("property", 0, 4, 0, "fget", "fset", "fdel", "doc").parse(args, kw);
            return new PyProperty(a[0], a[1], a[2], a[3]);
        });
        Types.CLASSMETHOD.constructor((cls, args, kw) -> {
            Args.positional("classmethod", args, kw, 1, 1);
            return new PyClassMethod(args[0]);
        });
        Types.STATICMETHOD.constructor((cls, args, kw) -> {
            Args.positional("staticmethod", args, kw, 1, 1);
            return new PyStaticMethod(args[0]);
        });
        Types.SUPER.constructor((cls, args, kw) -> {
            Args.positional("super", args, kw, 0, 2);
            if (args.length == 0) {
                throw Errors.runtimeError("super(): no arguments");
            }
            if (!(args[0] instanceof PyType start)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + Py.typeName(args[0]));
            }
            if (args.length == 1) {
                throw Errors.runtimeError("unbound super objects are not supported");
            }
            return new PySuper(start, args[1]);
        });
        for (PyType t : new PyType[] {Types.BUILTIN_FUNCTION, Types.METHOD_DESCRIPTOR, Types.GETSET_DESCRIPTOR,
            Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS, Types.NOT_IMPLEMENTED_TYPE, Types.ELLIPSIS_TYPE,
            Types.TRACEBACK, Types.TEXT_IO, Types.LIST_ITERATOR, Types.SET_ITERATOR, Types.RANGE_ITERATOR}) {
            t.constructor((cls, args, kw) -> {
                throw Errors.typeError("cannot create '" + cls.name() + "' instances");
            });
        }
    }

    private static long rangeBound(Object value) {
        Object index = PyOps.indexOrNull(value);
        if (index == null) {
            throw Errors.notAnIndex(value);
        }
        if (index instanceof BigInteger) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (Long) index;
    }

    private static Object type(PyType cls, Object[] args, String[] kw) {
        if (args.length == 1 && Args.kwCount(kw) == 0) {
            return Py.type(args[0]);
        }
        if (args.length != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (!(args[0] instanceof String name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + Py.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Py.typeName(args[1]));
        }
        if (!(args[2] instanceof PyDict namespace)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Py.typeName(args[2]));
        }
        PyType[] baseTypes = new PyType[bases.size()];
        for (int i = 0; i < baseTypes.length; i++) {
            if (!(bases.get(i) instanceof PyType base)) {
                throw Errors.typeError("bases must be types");
            }
            baseTypes[i] = base;
        }
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int e = namespace.next(0); e >= 0; e = namespace.next(e + 1)) {
            map.put(ObjectMethods.attributeName(namespace.keyAt(e)), namespace.valueAt(e));
        }
        map.putIfAbsent("__module__", "__main__");
        return PyType.create(name, baseTypes, map);
    }

    /** {@code int(value)} or {@code int(value, base)}. */
    static Object toInt(Object value, Object baseValue) {
        if (baseValue != null) {
            if (!(value instanceof String)) {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
            long base = PyOps.asLong(baseValue);
            if (base != 0 && (base < 2 || base > 36)) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt((String) value, (int) base);
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Boolean b) {
            return Ints.box(b ? 1 : 0);
        }
        if (value instanceof Double d) {
            return Floats.toInt(d);
        }
        if (value instanceof String s) {
            return parseInt(s, 10);
        }
        PyType type = Py.type(value);
        if (!type.isBuiltin()) {
            for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
                Object method = type.lookup(name);
                if (method != null) {
                    Object result = PyOps.callUnbound(method, value);
                    if (!Ints.isInt(result)) {
                        throw Errors.typeError(name + " returned non-int (type " + Py.typeName(result) + ")");
                    }
                    return result instanceof Boolean b ? Ints.box(b ? 1 : 0) : result;
                }
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + type.name() + "'");
    }

    private static Object parseInt(String text, int base) {
        Object parsed = Ints.parse(text, base);
        if (parsed == null) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + Reprs.repr(text));
        }
        return parsed;
    }

    /** {@code float(value)}. */
    static Object toFloat(Object value) {
        if (value instanceof Double) {
            return value;
        }
        if (value instanceof String s) {
            Double parsed = Floats.parse(s);
            if (parsed == null) {
                throw Errors.valueError("could not convert string to float: " + Reprs.repr(s));
            }
            return parsed;
        }
        Object converted = toFloatOrNull(value);
        if (converted == null) {
            throw Errors.typeError("float() argument must be a string or a real number, not '" + Py.typeName(value)
                    + "'");
        }
        return converted;
    }

    /** A number converted to float ({@code __float__}, {@code __index__}), or null if it is not a number. */
    static Object toFloatOrNull(Object value) {
        if (value instanceof Double) {
            return value;
        }
        if (Ints.isInt(value)) {
            return Ints.toDouble(value);
        }
        PyType type = Py.type(value);
        if (type.isBuiltin()) {
            return null;
        }
        Object method = type.lookup("__float__");
        if (method != null) {
            Object result = PyOps.callUnbound(method, value);
            if (!(result instanceof Double)) {
                throw Errors.typeError(type.name() + ".__float__ returned non-float (type " + Py.typeName(result)
                        + ")");
            }
            return result;
        }
        Object index = PyOps.indexOrNull(value);
        return index == null ? null : Ints.toDouble(index);
    }
}
