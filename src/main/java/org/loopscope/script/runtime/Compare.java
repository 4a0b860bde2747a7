package org.loopscope.script.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Rich comparisons: the builtin types' orderings (numbers compared exactly across int and float, str by code
 * point, sequences lexicographically, sets by inclusion) and the {@code __lt__}/{@code __gt__} protocol.
 */
final class Compare {

    private static final Object NI = Types.NOT_IMPLEMENTED;

    private Compare() {
    }

    static Object rich(Object a, Object b, CmpOp op) {
        Object result = builtin(a, b, op);
        if (result != NI) {
            return result;
        }
        PyType ta = Py.type(a);
        PyType tb = Py.type(b);
        boolean reflectedTried = false;
        if (ta != tb && tb.isSubtype(ta) && !tb.isBuiltin()) {
            Object method = tb.lookup(op.reflected().dunder());
            if (method != null && method != ta.lookup(op.reflected().dunder())) {
                reflectedTried = true;
                result = call(method, b, a);
                if (result != NI) {
                    return result;
                }
            }
        }
        if (!ta.isBuiltin()) {
            Object method = ta.lookup(op.dunder());
            if (method != null) {
                result = call(method, a, b);
                if (result != NI) {
                    return result;
                }
            }
        }
        if (!reflectedTried && !tb.isBuiltin()) {
            Object method = tb.lookup(op.reflected().dunder());
            if (method != null) {
                result = call(method, b, a);
                if (result != NI) {
                    return result;
                }
            }
        }
        if (op == CmpOp.EQ) {
            return Identity.is(a, b);
        }
        if (op == CmpOp.NE) {
            return !Identity.is(a, b);
        }
        throw Errors.typeError("'" + op.symbol() + "' not supported between instances of '" + Py.typeName(a)
                + "' and '" + Py.typeName(b) + "'");
    }

    private static Object call(Object method, Object self, Object other) {
        if (method == Types.OBJECT_EQ) {
            return self == other ? Boolean.TRUE : NI;
        }
        if (method == Types.OBJECT_NE) {
            return ObjectMethods.objectNe(self, other);
        }
        if (method instanceof MethodDescriptor descriptor && descriptor.owner() == Types.OBJECT) {
            return NI;
        }
        if (Py.isNone(method)) {
            return NI;
        }
        return PyOps.callUnbound(method, self, other);
    }

    /** The builtin comparison, or NotImplemented if the operands are not builtin values it knows. */
    static Object builtin(Object a, Object b, CmpOp op) {
        if (a instanceof Long x && b instanceof Long y) {
            return op.test(Long.compare(x, y));
        }
        if (a instanceof String x && b instanceof String y) {
            return op == CmpOp.EQ ? x.equals(y) : op == CmpOp.NE ? !x.equals(y) : op.test(Strs.compare(x, y));
        }
        boolean aNumber = Ints.isInt(a) || a instanceof Double;
        boolean bNumber = Ints.isInt(b) || b instanceof Double;
        if (aNumber && bNumber) {
            return numbers(a, b, op);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return sequences(x.array(), x.size(), y.array(), y.size(), op);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return sequences(x.items(), x.size(), y.items(), y.size(), op);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return sets(x, y, op);
        }
        if (op == CmpOp.EQ || op == CmpOp.NE) {
            Object equal = builtinEquality(a, b);
            if (equal != NI) {
                return op == CmpOp.EQ ? equal : !(Boolean) equal;
            }
        }
        if (isBuiltinValue(a) && isBuiltinValue(b)) {
            if (op == CmpOp.EQ) {
                return a == b;
            }
            if (op == CmpOp.NE) {
                return a != b;
            }
        }
        return NI;
    }

    /** Values whose class has no Python-level comparison methods: comparisons fall back to identity/TypeError. */
    private static boolean isBuiltinValue(Object value) {
        return !(value instanceof PyObj object) || object.type().isBuiltin() && !(value instanceof PyException);
    }

    private static Object builtinEquality(Object a, Object b) {
        if (a instanceof PyDict x && b instanceof PyDict y) {
            return dicts(x, y);
        }
        if (a instanceof PyRange x && b instanceof PyRange y) {
            return ranges(x, y);
        }
        if (a instanceof DictView x && x.setLike() && (b instanceof PySet || b instanceof DictView)) {
            return DictView.setEquals(x, b);
        }
        if (b instanceof DictView y && y.setLike() && a instanceof PySet) {
            return DictView.setEquals(y, a);
        }
        if (a instanceof PySlice x && b instanceof PySlice y) {
            return PyOps.eqBool(PyTuple.of(x.start(), x.stop(), x.step()), PyTuple.of(y.start(), y.stop(), y.step()));
        }
        if (a instanceof PyMethod x && b instanceof PyMethod y) {
            return x.self() == y.self() && PyOps.eqBool(x.function(), y.function());
        }
        return NI;
    }

    /** Compares numbers of any of int, bool and float exactly, as CPython does (no rounding of big ints). */
    static boolean numbers(Object a, Object b, CmpOp op) {
        if (a instanceof Double x && b instanceof Double y) {
            double p = x;
            double q = y;
            return switch (op) {
                case LT -> p < q;
                case LE -> p <= q;
                case EQ -> p == q;
                case NE -> p != q;
                case GT -> p > q;
                case GE -> p >= q;
            };
        }
        if (!(a instanceof Double) && !(b instanceof Double)) {
            return op.test(Ints.compare(a, b));
        }
        boolean swapped = !(a instanceof Double);
        double d = swapped ? (Double) b : (Double) a;
        Object i = swapped ? a : b;
        if (Double.isNaN(d)) {
            return op == CmpOp.NE;
        }
        int c;
        if (Double.isInfinite(d)) {
            c = d > 0 ? 1 : -1;
        } else if (!(i instanceof BigInteger) && Math.abs(Ints.small(i)) < (1L << 53)) {
            c = Double.compare(d, (double) Ints.small(i));
            if (d == 0) {
                c = Ints.small(i) == 0 ? 0 : Ints.small(i) > 0 ? -1 : 1;
            }
        } else {
            c = new BigDecimal(d).compareTo(new BigDecimal(Ints.big(i)));
        }
        return op.test(swapped ? -c : c);
    }

    private static Object sequences(Object[] x, int xn, Object[] y, int yn, CmpOp op) {
        if ((op == CmpOp.EQ || op == CmpOp.NE) && xn != yn) {
            return op == CmpOp.NE;
        }
        int n = Math.min(xn, yn);
        int i = 0;
        while (i < n && PyOps.eqBool(x[i], y[i])) {
            i++;
        }
        if (i >= n) {
            return op.test(Integer.compare(xn, yn));
        }
        if (op == CmpOp.EQ) {
            return false;
        }
        if (op == CmpOp.NE) {
            return true;
        }
        return PyOps.compare(x[i], y[i], op);
    }

    private static Object sets(PySet x, PySet y, CmpOp op) {
        return switch (op) {
            case EQ -> x.size() == y.size() && SetMethods.isSubset(x, y);
            case NE -> !(x.size() == y.size() && SetMethods.isSubset(x, y));
            case LE -> SetMethods.isSubset(x, y);
            case GE -> SetMethods.isSubset(y, x);
            case LT -> x.size() < y.size() && SetMethods.isSubset(x, y);
            case GT -> x.size() > y.size() && SetMethods.isSubset(y, x);
        };
    }

    private static boolean dicts(PyDict x, PyDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int e = x.next(0); e >= 0; e = x.next(e + 1)) {
            Object other = y.get(x.keyAt(e));
            if (other == null || !PyOps.eqBool(x.valueAt(e), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ranges(PyRange x, PyRange y) {
        long n = x.length();
        if (n != y.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (x.start() != y.start()) {
            return false;
        }
        return n == 1 || x.step() == y.step();
    }
}
