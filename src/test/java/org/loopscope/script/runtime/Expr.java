package org.loopscope.script.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A Python expression written once in Java: {@link #eval()} computes it through the runtime's API and
 * {@link #py()} renders the same expression as Python source, so golden files made by python3 and the Java
 * computation cannot drift apart.
 */
abstract class Expr {

    /** The value, computed through the runtime. */
    abstract Object eval();

    /** The same expression in Python. */
    abstract String py();

    private static Expr of(Supplier<Object> eval, String py) {
        return new Expr() {
            @Override
            Object eval() {
                return eval.get();
            }

            @Override
            String py() {
                return py;
            }
        };
    }

    private static final ThreadLocal<PyModule> BUILTINS = ThreadLocal.withInitial(
            () -> Builtins.module(RunContext.current()));

    static Object builtin(String name) {
        Object value = BUILTINS.get().dict().getStr(name);
        if (value == null) {
            throw new IllegalArgumentException("no builtin " + name);
        }
        return value;
    }

    // ---- literals

    static Expr v(long value) {
        return of(() -> Ints.box(value), Long.toString(value));
    }

    static Expr v(double value) {
        String py = Double.isNaN(value) ? "float('nan')" : Double.isInfinite(value)
                ? (value > 0 ? "float('inf')" : "-float('inf')") : Double.toString(value);
        return of(() -> value, py);
    }

    static Expr v(String value) {
        return of(() -> value, Strs.repr(value));
    }

    static Expr v(boolean value) {
        return of(() -> value, value ? "True" : "False");
    }

    static Expr big(String digits) {
        return of(() -> Ints.normalize(new java.math.BigInteger(digits)), digits);
    }

    static Expr none() {
        return of(() -> Py.NONE, "None");
    }

    static Expr bi(String builtinName) {
        return of(() -> builtin(builtinName), builtinName);
    }

    static Expr raw(String py, Supplier<Object> eval) {
        return of(eval, py);
    }

    private static String join(Expr[] items) {
        return Arrays.stream(items).map(Expr::py).collect(Collectors.joining(", "));
    }

    private static Object[] evalAll(Expr[] items) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].eval();
        }
        return values;
    }

    static Expr list(Expr... items) {
        return of(() -> PyList.of(evalAll(items)), "[" + join(items) + "]");
    }

    static Expr tuple(Expr... items) {
        return of(() -> PyTuple.of(evalAll(items)), items.length == 1 ? "(" + items[0].py() + ",)"
                : "(" + join(items) + ")");
    }

    static Expr set(Expr... items) {
        return of(() -> {
            PySet set = new PySet();
            for (Object item : evalAll(items)) {
                set.add(item);
            }
            return set;
        }, items.length == 0 ? "set()" : "set([" + join(items) + "])");
    }

    /**
     * A set display of constants as CPython 3.11 compiles it: the items make a frozenset, which the compiler's
     * constant merging rebuilds from its own iteration order; the result is merged into a new set. That gives a
     * different table layout than adding the items one by one.
     */
    static Expr setDisplay(Expr... items) {
        return of(() -> {
            PySet folded = new PySet(true);
            for (Object item : evalAll(items)) {
                folded.add(item);
            }
            PySet constant = new PySet(true);
            for (int e = folded.next(0); e >= 0; e = folded.next(e + 1)) {
                constant.add(folded.keyAt(e));
            }
            PySet set = new PySet();
            set.update(constant);
            return set;
        }, "{" + join(items) + "}");
    }

    static Expr dict(Expr... keysAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.add(keysAndValues[i].py() + ": " + keysAndValues[i + 1].py());
        }
        return of(() -> {
            PyDict dict = new PyDict();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                dict.put(keysAndValues[i].eval(), keysAndValues[i + 1].eval());
            }
            return dict;
        }, "{" + String.join(", ", pairs) + "}");
    }

    /** Integers as int literals. */
    static Expr[] ints(long... values) {
        return Arrays.stream(values).mapToObj(Expr::v).toArray(Expr[]::new);
    }

    // ---- calls

    /** A keyword argument. */
    record Kw(String name, Expr value) {
    }

    static Kw kw(String name, Expr value) {
        return new Kw(name, value);
    }

    private static String args(Object[] parts) {
        return Arrays.stream(parts).map(p -> p instanceof Kw k ? k.name() + "=" + k.value().py() : ((Expr) p).py())
                .collect(Collectors.joining(", "));
    }

    private static Object[] vectorcall(Object[] parts, List<String> names) {
        List<Object> positional = new ArrayList<>();
        List<Object> keywords = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Kw k) {
                names.add(k.name());
                keywords.add(k.value().eval());
            } else {
                positional.add(((Expr) part).eval());
            }
        }
        positional.addAll(keywords);
        return positional.toArray();
    }

    /** {@code name(args...)} for a builtin; arguments are {@link Expr}s or {@link Kw}s. */
    static Expr call(String name, Object... parts) {
        return of(() -> {
            List<String> names = new ArrayList<>();
            Object[] values = vectorcall(parts, names);
            return PyOps.call(builtin(name), values, names.toArray(new String[0]));
        }, name + "(" + args(parts) + ")");
    }

    /** {@code target.name(args...)}. */
    static Expr meth(Expr target, String name, Object... parts) {
        return of(() -> {
            Object self = target.eval();
            List<String> names = new ArrayList<>();
            Object[] values = vectorcall(parts, names);
            return PyOps.callMethod(self, name, values, names.toArray(new String[0]));
        }, "(" + target.py() + ")." + name + "(" + args(parts) + ")");
    }

    /** Calls {@code target.name(args...)} for its effect and gives back {@code target}. */
    static Expr mutate(Expr target, String name, Object... parts) {
        return of(() -> {
            Object self = target.eval();
            List<String> names = new ArrayList<>();
            Object[] values = vectorcall(parts, names);
            PyOps.callMethod(self, name, values, names.toArray(new String[0]));
            return self;
        }, "(lambda t: (t." + name + "(" + args(parts) + "), t)[1])(" + target.py() + ")");
    }

    static Expr attr(Expr target, String name) {
        return of(() -> Attrs.getattr(target.eval(), name), "(" + target.py() + ")." + name);
    }

    // ---- operators

    static Expr op(Expr a, String symbol, Expr b) {
        Function<Object[], Object> f = switch (symbol) {
            case "+" -> x -> PyOps.add(x[0], x[1]);
            case "-" -> x -> PyOps.sub(x[0], x[1]);
            case "*" -> x -> PyOps.mul(x[0], x[1]);
            case "/" -> x -> PyOps.truediv(x[0], x[1]);
            case "//" -> x -> PyOps.floordiv(x[0], x[1]);
            case "%" -> x -> PyOps.mod(x[0], x[1]);
            case "**" -> x -> PyOps.pow(x[0], x[1]);
            case "@" -> x -> PyOps.matmul(x[0], x[1]);
            case "<<" -> x -> PyOps.lshift(x[0], x[1]);
            case ">>" -> x -> PyOps.rshift(x[0], x[1]);
            case "&" -> x -> PyOps.and(x[0], x[1]);
            case "|" -> x -> PyOps.or(x[0], x[1]);
            case "^" -> x -> PyOps.xor(x[0], x[1]);
            case "==" -> x -> PyOps.eq(x[0], x[1]);
            case "!=" -> x -> PyOps.ne(x[0], x[1]);
            case "<" -> x -> PyOps.lt(x[0], x[1]);
            case "<=" -> x -> PyOps.le(x[0], x[1]);
            case ">" -> x -> PyOps.gt(x[0], x[1]);
            case ">=" -> x -> PyOps.ge(x[0], x[1]);
            case "in" -> x -> PyOps.contains(x[1], x[0]);
            case "not in" -> x -> !PyOps.contains(x[1], x[0]);
            case "is" -> x -> PyOps.is(x[0], x[1]);
            case "is not" -> x -> !PyOps.is(x[0], x[1]);
            case "and" -> x -> PyOps.truthy(x[0]) ? x[1] : x[0];
            case "or" -> x -> PyOps.truthy(x[0]) ? x[0] : x[1];
            default -> throw new IllegalArgumentException(symbol);
        };
        return of(() -> {
            Object left = a.eval();
            return f.apply(new Object[] {left, b.eval()});
        }, "(" + a.py() + ") " + symbol + " (" + b.py() + ")");
    }

    /** {@code a op= b}, giving the new value of {@code a} (Python's {@code operator.iadd} and friends). */
    static Expr iop(Expr a, String symbol, Expr b) {
        BinOp binOp = Arrays.stream(BinOp.values()).filter(o -> o.symbol().equals(symbol)).findFirst().orElseThrow();
        String name = "i" + binOp.dunder().replace("__", "");
        return of(() -> PyOps.inplace(binOp, a.eval(), b.eval()),
                "__import__('operator')." + name + "(" + a.py() + ", " + b.py() + ")");
    }

    static Expr neg(Expr a) {
        return of(() -> PyOps.neg(a.eval()), "-(" + a.py() + ")");
    }

    static Expr pos(Expr a) {
        return of(() -> PyOps.pos(a.eval()), "+(" + a.py() + ")");
    }

    static Expr invert(Expr a) {
        return of(() -> PyOps.invert(a.eval()), "~(" + a.py() + ")");
    }

    static Expr not(Expr a) {
        return of(() -> PyOps.not(a.eval()), "not (" + a.py() + ")");
    }

    static Expr item(Expr target, Expr key) {
        return of(() -> PyOps.getitem(target.eval(), key.eval()), "(" + target.py() + ")[" + key.py() + "]");
    }

    private static String bound(Expr e) {
        return e == null ? "" : e.py();
    }

    private static Object boundValue(Expr e) {
        return e == null ? Py.NONE : e.eval();
    }

    /** {@code target[start:stop:step]}; null parts are omitted. */
    static Expr slice(Expr target, Expr start, Expr stop, Expr step) {
        String py = "(" + target.py() + ")[" + bound(start) + ":" + bound(stop) + (step == null ? "" : ":" + step.py())
                + "]";
        return of(() -> {
            Object t = target.eval();
            return PyOps.getitem(t, new PySlice(boundValue(start), boundValue(stop), boundValue(step)));
        }, py);
    }

    /** {@code target[key] = value}, giving back {@code target}. */
    static Expr setItem(Expr target, Expr key, Expr value) {
        return of(() -> {
            Object t = target.eval();
            PyOps.setitem(t, key.eval(), value.eval());
            return t;
        }, "(lambda t: (__import__('operator').setitem(t, " + key.py() + ", " + value.py() + "), t)[1])("
                + target.py() + ")");
    }

    /** {@code target[start:stop:step] = value}, giving back {@code target}. */
    static Expr setSlice(Expr target, Expr start, Expr stop, Expr step, Expr value) {
        return of(() -> {
            Object t = target.eval();
            PyOps.setitem(t, new PySlice(boundValue(start), boundValue(stop), boundValue(step)), value.eval());
            return t;
        }, "(lambda t: (__import__('operator').setitem(t, slice(" + (start == null ? "None" : start.py()) + ", "
                + (stop == null ? "None" : stop.py()) + ", " + (step == null ? "None" : step.py()) + "), "
                + value.py() + "), t)[1])(" + target.py() + ")");
    }

    /** {@code del target[key]}, giving back {@code target}. */
    static Expr delItem(Expr target, Expr key) {
        return of(() -> {
            Object t = target.eval();
            PyOps.delitem(t, key.eval());
            return t;
        }, "(lambda t: (__import__('operator').delitem(t, " + key.py() + "), t)[1])(" + target.py() + ")");
    }

    /** {@code reprlib.repr(value)}. */
    static Expr shortRepr(Expr value) {
        return of(() -> ShortRepr.repr(value.eval()), "__import__('reprlib').repr(" + value.py() + ")");
    }

    static Expr sliceObject(Expr start, Expr stop, Expr step) {
        return of(() -> new PySlice(boundValue(start), boundValue(stop), boundValue(step)),
                "slice(" + (start == null ? "None" : start.py()) + ", " + (stop == null ? "None" : stop.py()) + ", "
                        + (step == null ? "None" : step.py()) + ")");
    }
}
