package org.loopscope.script.runtime;

import java.math.BigInteger;

/**
 * The operations the VM performs on values: arithmetic, comparisons, truth, hashing, length, membership,
 * subscripts, iteration and calls, each with a fast path for the builtin types and CPython's protocol (dunder
 * methods, messages) for the rest. Comparison chaining and short-circuiting are the VM's business.
 */
public final class PyOps {

    private static final Object NI = Types.NOT_IMPLEMENTED;

    private PyOps() {
    }

    // ---- arithmetic

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return Ints.box(r);
            }
        } else if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        } else if (a instanceof String x && b instanceof String y) {
            return Strs.concat(x, y);
        }
        return Arith.binary(BinOp.ADD, a, b);
    }

    /** {@code a - b}. */
    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return Ints.box(r);
            }
        } else if (a instanceof Double x && b instanceof Double y) {
            return x - y;
        }
        return Arith.binary(BinOp.SUB, a, b);
    }

    /** {@code a * b}. */
    public static Object mul(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x * y;
        }
        return Arith.binary(BinOp.MUL, a, b);
    }

    /** {@code a / b}. */
    public static Object truediv(Object a, Object b) {
        return Arith.binary(BinOp.TRUEDIV, a, b);
    }

    /** {@code a // b}. */
    public static Object floordiv(Object a, Object b) {
        return Arith.binary(BinOp.FLOORDIV, a, b);
    }

    /** {@code a % b} (also str %-formatting). */
    public static Object mod(Object a, Object b) {
        return Arith.binary(BinOp.MOD, a, b);
    }

    /** {@code a ** b}. */
    public static Object pow(Object a, Object b) {
        return Arith.binary(BinOp.POW, a, b);
    }

    /** {@code a @ b}. */
    public static Object matmul(Object a, Object b) {
        return Arith.binary(BinOp.MATMUL, a, b);
    }

    /** {@code a << b}. */
    public static Object lshift(Object a, Object b) {
        return Arith.binary(BinOp.LSHIFT, a, b);
    }

    /** {@code a >> b}. */
    public static Object rshift(Object a, Object b) {
        return Arith.binary(BinOp.RSHIFT, a, b);
    }

    /** {@code a & b}. */
    public static Object and(Object a, Object b) {
        return Arith.binary(BinOp.AND, a, b);
    }

    /** {@code a | b}. */
    public static Object or(Object a, Object b) {
        return Arith.binary(BinOp.OR, a, b);
    }

    /** {@code a ^ b}. */
    public static Object xor(Object a, Object b) {
        return Arith.binary(BinOp.XOR, a, b);
    }

    /** Any binary operator. */
    public static Object binary(BinOp op, Object a, Object b) {
        return op == BinOp.ADD ? add(a, b) : op == BinOp.SUB ? sub(a, b) : Arith.binary(op, a, b);
    }

    /** {@code a op= b}: the in-place form ({@code __iadd__}, list {@code +=} extends in place). */
    public static Object inplace(BinOp op, Object a, Object b) {
        if (a instanceof Long && b instanceof Long) {
            return binary(op, a, b);
        }
        return Arith.inplace(op, a, b);
    }

    /** {@code pow(a, b, m)}. */
    public static Object pow(Object a, Object b, Object m) {
        return Py.isNone(m) ? pow(a, b) : Arith.powMod(a, b, m);
    }

    /** {@code divmod(a, b)}. */
    public static Object divmod(Object a, Object b) {
        return Arith.binary(BinOp.DIVMOD, a, b);
    }

    /** {@code -a}. */
    public static Object neg(Object a) {
        return Arith.neg(a);
    }

    /** {@code +a}. */
    public static Object pos(Object a) {
        return Arith.pos(a);
    }

    /** {@code ~a}. */
    public static Object invert(Object a) {
        return Arith.invert(a);
    }

    /** {@code abs(a)}. */
    public static Object abs(Object a) {
        return Arith.abs(a);
    }

    // ---- comparisons

    /** {@code a <op> b}: may return any value a user's comparison method returns. */
    public static Object compare(Object a, Object b, CmpOp op) {
        return Compare.rich(a, b, op);
    }

    /** {@code a == b}. */
    public static Object eq(Object a, Object b) {
        return Compare.rich(a, b, CmpOp.EQ);
    }

    /** {@code a != b}. */
    public static Object ne(Object a, Object b) {
        return Compare.rich(a, b, CmpOp.NE);
    }

    /** {@code a < b}. */
    public static Object lt(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return Compare.rich(a, b, CmpOp.LT);
    }

    /** {@code a <= b}. */
    public static Object le(Object a, Object b) {
        return Compare.rich(a, b, CmpOp.LE);
    }

    /** {@code a > b}. */
    public static Object gt(Object a, Object b) {
        return Compare.rich(a, b, CmpOp.GT);
    }

    /** {@code a >= b}. */
    public static Object ge(Object a, Object b) {
        return Compare.rich(a, b, CmpOp.GE);
    }

    /** The truth of {@code a <op> b}. */
    public static boolean compareBool(Object a, Object b, CmpOp op) {
        Object result = Compare.rich(a, b, op);
        return result instanceof Boolean bool ? bool : truthy(result);
    }

    /** {@code a == b} as containers test it: identity first, then equality. */
    public static boolean eqBool(Object a, Object b) {
        if (a == b) {
            return true;
        }
        Object result = Compare.rich(a, b, CmpOp.EQ);
        return result instanceof Boolean bool ? bool : truthy(result);
    }

    /** {@code a is b}. */
    public static boolean is(Object a, Object b) {
        return Identity.is(a, b);
    }

    // ---- truth, hash, length

    /** {@code bool(value)}: {@code __bool__}, then {@code __len__}, else true. */
    public static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        return value != Types.NONE && value != null && Lengths.truthy(value);
    }

    /** {@code not value}. */
    public static boolean not(Object value) {
        return !truthy(value);
    }

    /** {@code hash(value)}; TypeError for unhashable values. */
    public static long hash(Object value) {
        if (value instanceof String s) {
            return Strs.hash(s);
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return Ints.hash(value);
        }
        if (value instanceof Double d) {
            return Floats.hash(d, value);
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return Hashing.hash(value);
    }

    /** {@code len(value)}. */
    public static long len(Object value) {
        return Lengths.len(value);
    }

    // ---- membership, subscripts, iteration: see Sequences and Iterators

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        return Sequences.contains(container, item);
    }

    /** {@code obj[key]}. */
    public static Object getitem(Object obj, Object key) {
        if (obj instanceof PyList list && key instanceof Long index) {
            long i = index < 0 ? index + list.size() : index;
            if (i >= 0 && i < list.size()) {
                return list.get((int) i);
            }
        }
        return Sequences.getitem(obj, key);
    }

    /** {@code obj[key] = value}. */
    public static void setitem(Object obj, Object key, Object value) {
        Sequences.setitem(obj, key, value);
    }

    /** {@code del obj[key]}. */
    public static void delitem(Object obj, Object key) {
        Sequences.delitem(obj, key);
    }

    /** {@code iter(value)}: an iterator for {@link #next}. */
    public static Object iter(Object value) {
        return Iterators.iter(value);
    }

    /** The next value of an iterator, or {@link PyIterator#STOP} when it is exhausted. */
    public static Object next(Object iterator) {
        if (iterator instanceof PyIterator it) {
            return it.next();
        }
        return Iterators.nextGeneric(iterator);
    }

    // ---- calls

    /** Calls {@code callable} with positional arguments. */
    public static Object call(Object callable, Object... args) {
        return call(callable, args, PyCallable.NO_KWNAMES);
    }

    /** Calls {@code callable} (vectorcall convention, see {@link PyCallable}). */
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyCallable c) {
            return c.call(args, kwnames);
        }
        PyType type = Py.type(callable);
        Object method = type.isBuiltin() ? null : type.lookup("__call__");
        if (method == null) {
            throw Errors.notCallable(callable);
        }
        return callUnbound(method, callable, args, kwnames);
    }

    /** Calls a method found on {@code self}'s class (unbound) as {@code self.method(*args)}. */
    public static Object callUnbound(Object method, Object self, Object... args) {
        return callUnbound(method, self, args, PyCallable.NO_KWNAMES);
    }

    /** Calls a method found on {@code self}'s class, binding it as attribute lookup would. */
    public static Object callUnbound(Object method, Object self, Object[] args, String[] kwnames) {
        if (method instanceof MethodDescriptor descriptor) {
            return descriptor.callBound(self, args, kwnames);
        }
        if (method instanceof PyDescriptor descriptor && descriptor.isMethod()) {
            return call(method, Args.prepend(self, args), kwnames);
        }
        return call(Attrs.bindDescriptor(method, self, Py.type(self)), args, kwnames);
    }

    /** {@code obj.name(*args)}, without making a bound method when it can be avoided. */
    public static Object callMethod(Object obj, String name, Object... args) {
        return callMethod(obj, name, args, PyCallable.NO_KWNAMES);
    }

    /** {@code obj.name(*args, **kwargs)} (vectorcall convention). */
    public static Object callMethod(Object obj, String name, Object[] args, String[] kwnames) {
        Object method = Attrs.findMethod(obj, name);
        if (method != null) {
            return callUnbound(method, obj, args, kwnames);
        }
        return call(Attrs.getattr(obj, name), args, kwnames);
    }

    /** {@code callable(value)}. */
    public static boolean isCallable(Object value) {
        if (value instanceof PyCallable) {
            return true;
        }
        PyType type = Py.type(value);
        return !type.isBuiltin() && type.lookup("__call__") != null;
    }

    // ---- conversions

    /** {@code operator.index(value)}: the int value of ints and of objects with {@code __index__}, or null. */
    public static Object indexOrNull(Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        return Lengths.index(value);
    }

    /** An int argument as a Java long, with CPython's messages for non-ints and ints too big. */
    public static long asLong(Object value) {
        Object index = indexOrNull(value);
        if (index == null) {
            throw Errors.notAnIndex(value);
        }
        if (index instanceof BigInteger) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (Long) index;
    }

    /** {@code repr(value)}. */
    public static String repr(Object value) {
        return Reprs.repr(value);
    }

    /** {@code str(value)}. */
    public static String str(Object value) {
        return Reprs.str(value);
    }

    /** {@code format(value, spec)}: what f-strings do with {@code {value:spec}}. */
    public static String format(Object value, String spec) {
        return Formatter.format(value, spec);
    }

    /** {@code getattr(obj, name)}. */
    public static Object getattr(Object obj, String name) {
        return Attrs.getattr(obj, name);
    }

    /** {@code setattr(obj, name, value)}. */
    public static void setattr(Object obj, String name, Object value) {
        Attrs.setattr(obj, name, value);
    }
}
