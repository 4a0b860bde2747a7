package org.loopscope.script.runtime;

import java.math.BigInteger;
import java.util.Map;

/**
 * The {@code builtins} module of a run: the builtin functions (with CPython's argument errors), the builtin classes
 * and exception classes, {@code NotImplemented} and {@code Ellipsis}. Functions that write ({@code print}) use the
 * run's {@link RunContext}. Functions that need the VM's frames ({@code globals}, {@code locals}, {@code vars()}
 * without argument, {@code eval}, {@code exec}, {@code __import__}, {@code __build_class__}, {@code aiter},
 * {@code anext}) are the VM's to add.
 */
public final class Builtins {

    private Builtins() {
    }

    /** A new {@code builtins} module for the run of {@code context}. */
    public static PyModule module(RunContext context) {
        PyModule module = new PyModule("builtins", null);
        PyDict d = module.dict();
        for (PyType type : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR,
            Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
            Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED, Types.PROPERTY, Types.CLASSMETHOD,
            Types.STATICMETHOD, Types.SUPER}) {
            d.put(type.name(), type);
        }
        for (Map.Entry<String, PyType> entry : ExcTypes.builtins().entrySet()) {
            d.put(entry.getKey(), entry.getValue());
        }
        d.put("NotImplemented", Py.NOT_IMPLEMENTED);
        d.put("Ellipsis", Py.ELLIPSIS);
        d.put("None", Py.NONE);
        d.put("True", Boolean.TRUE);
        d.put("False", Boolean.FALSE);
        define(d, "print", (args, kw) -> print(context, args, kw));
        define(d, "len", (args, kw) -> Ints.box(PyOps.len(Args.one("len", args, kw))));
        define(d, "repr", (args, kw) -> Reprs.repr(Args.one("repr", args, kw)));
        define(d, "ascii", (args, kw) -> Reprs.ascii(Args.one("ascii", args, kw)));
        define(d, "abs", (args, kw) -> PyOps.abs(Args.one("abs", args, kw)));
        define(d, "id", (args, kw) -> Ints.box(Identity.id(Args.one("id", args, kw))));
        define(d, "hash", (args, kw) -> Ints.box(PyOps.hash(Args.one("hash", args, kw))));
        define(d, "callable", (args, kw) -> PyOps.isCallable(Args.one("callable", args, kw)));
        define(d, "chr", (args, kw) -> chr(Args.one("chr", args, kw)));
        define(d, "ord", (args, kw) -> ord(Args.one("ord", args, kw)));
        define(d, "bin", (args, kw) -> radix(Args.one("bin", args, kw), 2, "0b"));
        define(d, "oct", (args, kw) -> radix(Args.one("oct", args, kw), 8, "0o"));
        define(d, "hex", (args, kw) -> radix(Args.one("hex", args, kw), 16, "0x"));
        define(d, "sorted", Builtins::sorted);
        define(d, "sum", Builtins::sum);
        define(d, "min", (args, kw) -> minMax(args, kw, "min", CmpOp.LT));
        define(d, "max", (args, kw) -> minMax(args, kw, "max", CmpOp.GT));
        define(d, "round", Builtins::round);
        define(d, "any", (args, kw) -> anyAll(Args.one("any", args, kw), true));
        define(d, "all", (args, kw) -> anyAll(Args.one("all", args, kw), false));
        define(d, "divmod", (args, kw) -> {
            Args.positional("divmod", args, kw, 2, 2);
            return PyOps.divmod(args[0], args[1]);
        });
        define(d, "pow", (args, kw) -> {
            Object[] a = Args.Spec.of("pow", 0, 3, 2, "base", "exp", "mod").parse(args, kw);
            return PyOps.pow(a[0], a[1], a[2] == null ? Py.NONE : a[2]);
        });
        define(d, "isinstance", (args, kw) -> {
            Args.positional("isinstance", args, kw, 2, 2);
            return isInstance(args[0], args[1]);
        });
        define(d, "issubclass", (args, kw) -> {
            Args.positional("issubclass", args, kw, 2, 2);
            if (!(args[0] instanceof PyType cls)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(cls, args[1], "issubclass");
        });
        define(d, "getattr", (args, kw) -> {
            Args.positional("getattr", args, kw, 2, 3);
            String name = ObjectMethods.attributeName(args[1]);
            if (args.length == 2) {
                return Attrs.getattr(args[0], name);
            }
            Object value = Attrs.getattrOrNull(args[0], name);
            return value == null ? args[2] : value;
        });
        define(d, "setattr", (args, kw) -> {
            Args.positional("setattr", args, kw, 3, 3);
            Attrs.setattr(args[0], ObjectMethods.attributeName(args[1]), args[2]);
            return Py.NONE;
        });
        define(d, "delattr", (args, kw) -> {
            Args.positional("delattr", args, kw, 2, 2);
            Attrs.delattr(args[0], ObjectMethods.attributeName(args[1]));
            return Py.NONE;
        });
        define(d, "hasattr", (args, kw) -> {
            Args.positional("hasattr", args, kw, 2, 2);
            return Attrs.hasattr(args[0], ObjectMethods.attributeName(args[1]));
        });
        define(d, "iter", (args, kw) -> {
            Args.positional("iter", args, kw, 1, 2);
            if (args.length == 1) {
                return PyOps.iter(args[0]);
            }
            if (!PyOps.isCallable(args[0])) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return new BuiltinIterators.CallableIterator(args[0], args[1]);
        });
        define(d, "next", (args, kw) -> {
            Args.positional("next", args, kw, 1, 2);
            Object value = PyOps.next(args[0]);
            if (value != PyIterator.STOP) {
                return value;
            }
            if (args.length == 2) {
                return args[1];
            }
            throw Errors.of(ExcTypes.STOP_ITERATION);
        });
        define(d, "format", (args, kw) -> {
            Object[] a = Args.Spec.of("format", 2, 2, 1, "value", "format_spec").parse(args, kw);
            if (a[1] != null && !(a[1] instanceof String)) {
                throw Errors.typeError("format() argument 2 must be str, not " + Py.typeName(a[1]));
            }
            return Formatter.format(a[0], a[1] == null ? "" : (String) a[1]);
        });
        define(d, "dir", (args, kw) -> {
            Args.positional("dir", args, kw, 1, 1);
            return Attrs.dir(args[0]);
        });
        define(d, "vars", (args, kw) -> {
            Args.positional("vars", args, kw, 1, 1);
            Object dict = Attrs.getattrOrNull(args[0], "__dict__");
            if (dict == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return dict;
        });
        define(d, "input", (args, kw) -> {
            Args.positional("input", args, kw, 0, 1);
            if (args.length == 1) {
                context.stdout().write(Reprs.str(args[0]));
            }
            throw Errors.of(ExcTypes.EOF_ERROR, "EOF when reading a line");
        });
        PyCallable exit = (args, kw) -> {
            Args.positional("exit", args, kw, 0, 1);
            throw Errors.of(ExcTypes.SYSTEM_EXIT, args);
        };
        define(d, "exit", exit);
        define(d, "quit", exit);
        return module;
    }

    private static void define(PyDict dict, String name, PyCallable impl) {
        dict.put(name, new BuiltinFunction(name, impl));
    }

    private static Object print(RunContext context, Object[] args, String[] kw) {
        int kwCount = Args.kwCount(kw);
        int positional = args.length - kwCount;
        Object sep = Py.NONE;
        Object end = Py.NONE;
        Object file = Py.NONE;
        Object flush = Boolean.FALSE;
        for (int k = 0; k < kwCount; k++) {
            Object value = args[positional + k];
            switch (kw[k]) {
                case "sep" -> sep = value;
                case "end" -> end = value;
                case "file" -> file = value;
                case "flush" -> flush = value;
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        if (!Py.isNone(sep) && !(sep instanceof String)) {
            throw Errors.typeError("sep must be None or a string, not " + Py.typeName(sep));
        }
        if (!Py.isNone(end) && !(end instanceof String)) {
            throw Errors.typeError("end must be None or a string, not " + Py.typeName(end));
        }
        String separator = Py.isNone(sep) ? " " : (String) sep;
        String terminator = Py.isNone(end) ? "\n" : (String) end;
        Object target = Py.isNone(file) ? context.stdout() : file;
        if (target instanceof PyTextStream stream) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < positional; i++) {
                if (i > 0) {
                    text.append(separator);
                }
                text.append(Reprs.str(args[i]));
            }
            text.append(terminator);
            stream.write(text.toString());
            if (PyOps.truthy(flush)) {
                stream.flush();
            }
            return Py.NONE;
        }
        for (int i = 0; i < positional; i++) {
            if (i > 0) {
                PyOps.callMethod(target, "write", separator);
            }
            PyOps.callMethod(target, "write", Reprs.str(args[i]));
        }
        PyOps.callMethod(target, "write", terminator);
        if (PyOps.truthy(flush)) {
            PyOps.callMethod(target, "flush");
        }
        return Py.NONE;
    }

    private static Object chr(Object value) {
        Object index = PyOps.indexOrNull(value);
        if (index == null) {
            throw Errors.notAnIndex(value);
        }
        if (index instanceof BigInteger || (Long) index < 0 || (Long) index > 0x10FFFF) {
            if (index instanceof BigInteger) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return Strs.ofCodePoint((int) (long) (Long) index);
    }

    private static Object ord(Object value) {
        if (!(value instanceof String s)) {
            throw Errors.typeError("ord() expected string of length 1, but " + Py.typeName(value) + " found");
        }
        int n = Strs.length(s);
        if (n != 1) {
            throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
        }
        return Ints.box(s.codePointAt(0));
    }

    private static Object radix(Object value, int radix, String prefix) {
        Object index = PyOps.indexOrNull(value);
        if (index == null) {
            throw Errors.notAnIndex(value);
        }
        BigInteger big = Ints.big(index);
        String digits = big.abs().toString(radix);
        return (big.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static Object sorted(Object[] args, String[] kw) {
        int positional = Args.positionalCount(args, kw);
        Args.checkCount("sorted", positional, 1, 1);
        Object[] a = Args.Spec.of("sort", 0, 0, 0, "key", "reverse").parse(Args.rest(args), kw);
        PyList list = PyList.from(args[0]);
        Sorting.sort(list, a[0], a[1] != null && PyOps.truthy(a[1]));
        return list;
    }

    private static Object sum(Object[] args, String[] kw) {
        Object[] a = Args.Spec.of("sum", 1, 2, 1, "iterable", "start").parse(args, kw);
        Object total = a[1] == null ? Ints.box(0) : a[1];
        if (total instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Object iterator = PyOps.iter(a[0]);
        for (Object item = PyOps.next(iterator); item != PyIterator.STOP; item = PyOps.next(iterator)) {
            total = PyOps.add(total, item);
        }
        return total;
    }

    private static Object minMax(Object[] args, String[] kw, String name, CmpOp op) {
        int kwCount = Args.kwCount(kw);
        int positional = args.length - kwCount;
        Object key = Py.NONE;
        Object fallback = null;
        for (int k = 0; k < kwCount; k++) {
            switch (kw[k]) {
                case "key" -> key = args[positional + k];
                case "default" -> fallback = args[positional + k];
                default -> throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (positional == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (positional > 1 && fallback != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        Object iterator = PyOps.iter(positional == 1 ? args[0] : PyTuple.copyOf(args, 0, positional));
        Object best = null;
        Object bestKey = null;
        for (Object item = PyOps.next(iterator); item != PyIterator.STOP; item = PyOps.next(iterator)) {
            Object itemKey = Py.isNone(key) ? item : PyOps.call(key, item);
            if (best == null || PyOps.compareBool(itemKey, bestKey, op)) {
                best = item;
                bestKey = itemKey;
            }
        }
        if (best == null) {
            if (fallback != null) {
                return fallback;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static Object round(Object[] args, String[] kw) {
        Object[] a = Args.Spec.of("round", 0, 2, 1, "number", "ndigits").parse(args, kw);
        Object number = a[0];
        Object ndigits = a[1] == null ? Py.NONE : a[1];
        if (number instanceof Double d) {
            return Py.isNone(ndigits) ? Floats.roundToInt(d) : Floats.round(d, PyOps.asLong(ndigits));
        }
        if (Ints.isInt(number)) {
            Object value = number instanceof Boolean b ? Ints.box(b ? 1 : 0) : number;
            return Py.isNone(ndigits) ? value : roundInt(value, ndigits);
        }
        PyType type = Py.type(number);
        Object method = type.isBuiltin() ? null : type.lookup("__round__");
        if (method == null) {
            throw Errors.typeError("type " + type.name() + " doesn't define __round__ method");
        }
        return Py.isNone(ndigits) ? PyOps.callUnbound(method, number) : PyOps.callUnbound(method, number, ndigits);
    }

    /** {@code round(int, ndigits)}: unchanged for ndigits >= 0, else rounded half to even. */
    static Object roundInt(Object value, Object ndigits) {
        Object index = PyOps.indexOrNull(ndigits);
        if (index == null) {
            throw Errors.notAnIndex(ndigits);
        }
        if (Ints.signum(index) >= 0) {
            return value;
        }
        if (index instanceof BigInteger) {
            return Ints.box(0);
        }
        long digits = -(Long) index;
        if (digits > Limits.MAX_STR_DIGITS * 4L) {
            return Ints.box(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) digits);
        BigInteger v = Ints.big(value);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger twice = qr[1].abs().shiftLeft(1);
        int cmp = twice.compareTo(pow);
        if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
            q = q.add(BigInteger.valueOf(v.signum()));
        }
        return Ints.normalize(q.multiply(pow));
    }

    private static Object anyAll(Object iterable, boolean any) {
        Object iterator = PyOps.iter(iterable);
        for (Object item = PyOps.next(iterator); item != PyIterator.STOP; item = PyOps.next(iterator)) {
            if (PyOps.truthy(item) == any) {
                return any;
            }
        }
        return !any;
    }

    /** {@code isinstance(value, classinfo)}: a class, a tuple of them, or a union. */
    public static boolean isInstance(Object value, Object classinfo) {
        if (classinfo instanceof PyType type) {
            return instanceOf(value, type);
        }
        return check(classinfo, t -> instanceOf(value, t), "isinstance");
    }

    /**
     * Whether {@code value} is an instance of {@code type}, or its class method {@code __class_instancecheck__}
     * (what stands in for a metaclass's {@code __instancecheck__}, as abstract base classes define) says so.
     */
    private static boolean instanceOf(Object value, PyType type) {
        if (Py.type(value).isSubtype(type)) {
            return true;
        }
        Object hook = Iterators.classHook(type, "__class_instancecheck__");
        return hook != null && PyOps.truthy(PyOps.call(hook, value));
    }

    private static boolean subclassOf(PyType cls, PyType type) {
        if (cls.isSubtype(type)) {
            return true;
        }
        Object hook = Iterators.classHook(type, "__class_subclasscheck__");
        return hook != null && PyOps.truthy(PyOps.call(hook, cls));
    }

    private static boolean isSubclass(PyType cls, Object classinfo, String function) {
        if (classinfo instanceof PyType type) {
            return subclassOf(cls, type);
        }
        return check(classinfo, t -> subclassOf(cls, t), function);
    }

    private static boolean check(Object classinfo, java.util.function.Predicate<PyType> test, String function) {
        if (classinfo instanceof PyTuple tuple) {
            for (Object item : tuple.items()) {
                if (item instanceof PyType type ? test.test(type) : check(item, test, function)) {
                    return true;
                }
            }
            return false;
        }
        if (classinfo instanceof GenericAlias alias && alias.type() == Types.UNION_TYPE) {
            return check(alias.arguments(), test, function);
        }
        if (classinfo instanceof GenericAlias) {
            throw Errors.typeError(function + "() argument 2 cannot be a parameterized generic");
        }
        throw Errors.typeError(function + "() arg 2 must be a type, a tuple of types, or a union");
    }
}
