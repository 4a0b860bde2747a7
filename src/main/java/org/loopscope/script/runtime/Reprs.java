package org.loopscope.script.runtime;

import java.math.BigInteger;

/**
 * {@code repr()} and {@code str()} of every value, exactly as CPython prints them: containers recurse with a guard
 * ({@code [...]}), user classes go through {@code __repr__}/{@code __str__}, engine futures and tasks print their
 * own CPython-style reprs.
 */
public final class Reprs {

    /** How deeply container reprs may nest before RecursionError, as CPython's recursion limit. */
    private static final int MAX_DEPTH = 1000;

    private Reprs() {
    }

    /** {@code repr(value)}. */
    public static String repr(Object value) {
        if (value instanceof String s) {
            return Strs.repr(s);
        }
        if (value instanceof Long l) {
            return l.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return Floats.repr(d);
        }
        if (value instanceof BigInteger) {
            return Ints.toString(value);
        }
        if (value == null) {
            return "None";
        }
        if (value instanceof PyList || value instanceof PyTuple || value instanceof PyDict || value instanceof PySet
                || value instanceof DictView) {
            return container(value);
        }
        PyType type = Py.type(value);
        if (!type.isBuiltin()) {
            return callReprMethod(value, type, "__repr__");
        }
        if (value instanceof PyException error) {
            return Exceptions.repr(error);
        }
        return value.toString();
    }

    /** {@code str(value)}. */
    public static String str(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Long || value instanceof Boolean || value instanceof Double || value == null) {
            return repr(value);
        }
        PyType type = Py.type(value);
        if (!type.isBuiltin()) {
            return callReprMethod(value, type, "__str__");
        }
        if (value instanceof PyException error) {
            return Exceptions.builtinStr(error);
        }
        return repr(value);
    }

    /** {@code ascii(value)}. */
    public static String ascii(Object value) {
        return Strs.ascii(repr(value));
    }

    private static String callReprMethod(Object value, PyType type, String name) {
        Object method = type.lookup(name);
        if (method == Types.OBJECT_REPR) {
            return objectRepr(value);
        }
        if (method == Types.OBJECT_STR) {
            return repr(value);
        }
        Object result = enter(value, () -> PyOps.callUnbound(method, value));
        if (result instanceof String s) {
            return s;
        }
        throw Errors.typeError(name + " returned non-string (type " + Py.typeName(result) + ")");
    }

    /** {@code object.__repr__}: {@code <__main__.Foo object at 0x7f3a10000010>}. */
    static String objectRepr(Object value) {
        PyType type = Py.type(value);
        String module = type.module();
        String name = module.equals("builtins") ? type.qualname() : module + "." + type.qualname();
        return "<" + name + " object at " + Identity.address(value) + ">";
    }

    private static <T> T enter(Object value, java.util.function.Supplier<T> body) {
        RunContext context = RunContext.current();
        if (!context.enterDepth(MAX_DEPTH)) {
            throw Errors.of(ExcTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded while getting the repr of an object");
        }
        try {
            return body.get();
        } finally {
            context.leaveDepth();
        }
    }

    private static String container(Object value) {
        RunContext context = RunContext.current();
        if (!context.reprEnter(value)) {
            if (value instanceof PyList) {
                return "[...]";
            }
            if (value instanceof PyTuple) {
                return "(...)";
            }
            if (value instanceof PySet set) {
                return set.frozen() ? "frozenset(...)" : "set(...)";
            }
            return value instanceof DictView view ? view.type().name() + "(...)" : "{...}";
        }
        try {
            return enter(value, () -> containerBody(value));
        } finally {
            context.reprLeave(value);
        }
    }

    private static String containerBody(Object value) {
        if (value instanceof PyList list) {
            return items(list.array(), list.size(), "[", "]");
        }
        if (value instanceof PyTuple tuple) {
            return tuple.size() == 1 ? "(" + repr(tuple.get(0)) + ",)" : items(tuple.items(), tuple.size(), "(", ")");
        }
        if (value instanceof PyDict dict) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(dict.keyAt(e))).append(": ").append(repr(dict.valueAt(e)));
                Limits.checkStr(out.length());
            }
            return out.append('}').toString();
        }
        if (value instanceof PySet set) {
            if (set.size() == 0) {
                return set.frozen() ? "frozenset()" : "set()";
            }
            StringBuilder out = new StringBuilder(set.frozen() ? "frozenset({" : "{");
            boolean first = true;
            for (int e = set.next(0); e >= 0; e = set.next(e + 1)) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(repr(set.keyAt(e)));
                Limits.checkStr(out.length());
            }
            return out.append(set.frozen() ? "})" : "}").toString();
        }
        DictView view = (DictView) value;
        return view.type().name() + "(" + repr(PyList.from(view)) + ")";
    }

    private static String items(Object[] items, int size, String open, String close) {
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(repr(items[i]));
            // a list holding itself many times over ([x, x] doubled in a loop) has an exponential repr
            Limits.checkStr(out.length());
        }
        return out.append(close).toString();
    }
}
