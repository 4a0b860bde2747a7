package org.loopscope.script.runtime;

import java.math.BigInteger;

/** Truth, length and index of values: {@code bool()}, {@code len()} and {@code operator.index()}, with the
 * {@code __bool__}/{@code __len__}/{@code __index__} protocols and their messages. */
final class Lengths {

    private Lengths() {
    }

    /** {@code bool(value)}: {@code __bool__}, then {@code __len__}, else true. */
    static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value == Types.NONE || value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Double d) {
            return d != 0;
        }
        if (value instanceof PyList l) {
            return l.size() != 0;
        }
        if (value instanceof PyTuple t) {
            return t.size() != 0;
        }
        if (value instanceof PyDict d) {
            return d.size() != 0;
        }
        if (value instanceof PySet s) {
            return s.size() != 0;
        }
        if (value instanceof BigInteger) {
            return true;
        }
        if (value instanceof PyRange r) {
            return r.length() != 0;
        }
        if (value instanceof DictView v) {
            return v.dict().size() != 0;
        }
        PyType type = Py.type(value);
        if (type.isBuiltin()) {
            return true;
        }
        Object method = type.lookup("__bool__");
        if (method != null) {
            Object result = PyOps.callUnbound(method, value);
            if (result instanceof Boolean b) {
                return b;
            }
            throw Errors.typeError("__bool__ should return bool, returned " + Py.typeName(result));
        }
        if (type.lookup("__len__") != null) {
            return len(value) != 0;
        }
        return true;
    }

    /** {@code len(value)}. */
    static long len(Object value) {
        if (value instanceof String s) {
            return Strs.length(s);
        }
        if (value instanceof PyList l) {
            return l.size();
        }
        if (value instanceof PyTuple t) {
            return t.size();
        }
        if (value instanceof PyDict d) {
            return d.size();
        }
        if (value instanceof PySet s) {
            return s.size();
        }
        if (value instanceof PyRange r) {
            return r.length();
        }
        if (value instanceof DictView v) {
            return v.dict().size();
        }
        PyType type = Py.type(value);
        Object method = type.isBuiltin() ? null : type.lookup("__len__");
        Object hook = method == null ? Iterators.classHook(value, "__class_len__") : null;
        if (method == null && hook == null) {
            throw Errors.typeError("object of type '" + type.cName() + "' has no len()");
        }
        Object result = hook != null ? PyOps.call(hook) : PyOps.callUnbound(method, value);
        Object index = PyOps.indexOrNull(result);
        if (index == null) {
            throw Errors.notAnIndex(result);
        }
        if (index instanceof BigInteger) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = Ints.small(index);
        if (n < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code operator.index(value)}: the int value of ints and of objects with {@code __index__}, or null. */
    static Object index(Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof Boolean b) {
            return Ints.box(b ? 1 : 0);
        }
        PyType type = Py.type(value);
        Object method = type.isBuiltin() ? null : type.lookup("__index__");
        if (method == null) {
            return null;
        }
        Object result = PyOps.callUnbound(method, value);
        if (!Ints.isInt(result)) {
            throw Errors.typeError("__index__ returned non-int (type " + Py.typeName(result) + ")");
        }
        return result instanceof Boolean b ? Ints.box(b ? 1 : 0) : result;
    }
}
