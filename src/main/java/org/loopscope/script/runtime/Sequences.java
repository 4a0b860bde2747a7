package org.loopscope.script.runtime;

import java.math.BigInteger;

/** Subscripts ({@code obj[key]}, slices, assignment, deletion), membership, concatenation and repetition. */
final class Sequences {

    private Sequences() {
    }

    /** A sequence index as a long, or CPython's TypeError naming the sequence. */
    private static long index(Object key, String what) {
        if (key instanceof Long l) {
            return l;
        }
        Object index = PyOps.indexOrNull(key);
        if (index == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + Py.typeName(key));
        }
        if (index instanceof BigInteger) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return (Long) index;
    }

    private static int checked(long index, int size, String message) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw Errors.indexError(message);
        }
        return (int) i;
    }

    static Object getitem(Object obj, Object key) {
        if (obj instanceof PyList list) {
            if (key instanceof PySlice slice) {
                PySlice.Bounds b = slice.indices(list.size());
                return PyList.wrap(take(list.array(), b), (int) b.count());
            }
            return list.get(checked(index(key, "list"), list.size(), "list index out of range"));
        }
        if (obj instanceof PyDict dict) {
            Object value = dict.get(key);
            if (value == null) {
                throw Errors.keyError(key);
            }
            return value;
        }
        if (obj instanceof PyTuple tuple) {
            if (key instanceof PySlice slice) {
                PySlice.Bounds b = slice.indices(tuple.size());
                return b.step() == 1 && b.count() == tuple.size() ? tuple : PyTuple.of(take(tuple.items(), b));
            }
            return tuple.get(checked(index(key, "tuple"), tuple.size(), "tuple index out of range"));
        }
        if (obj instanceof String s) {
            if (key instanceof PySlice slice) {
                return Strs.slice(s, slice.indices(Strs.length(s)));
            }
            Object index = PyOps.indexOrNull(key);
            if (index == null) {
                throw Errors.typeError("string indices must be integers, not '" + Py.typeName(key) + "'");
            }
            if (index instanceof BigInteger) {
                throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            }
            return Strs.charAt(s, (Long) index);
        }
        if (obj instanceof PyRange range) {
            return rangeItem(range, key);
        }
        PyType type = Py.type(obj);
        if (obj instanceof PyType cls) {
            Object hook = cls.lookup("__class_getitem__");
            if (hook != null) {
                return PyOps.call(Attrs.bindDescriptor(hook, null, cls), key);
            }
            if (cls == Types.TYPE || GenericAlias.isGenericBuiltin(cls)) {
                return new GenericAlias(cls, key);
            }
            throw Errors.typeError("type '" + cls.name() + "' is not subscriptable");
        }
        Object method = type.isBuiltin() ? null : type.lookup("__getitem__");
        if (method == null) {
            throw Errors.typeError("'" + type.cName() + "' object is not subscriptable");
        }
        return PyOps.callUnbound(method, obj, key);
    }

    private static Object rangeItem(PyRange range, Object key) {
        long n = range.length();
        if (key instanceof PySlice slice) {
            PySlice.Bounds b = slice.indices(n);
            long start = range.at(b.start());
            long step = range.step() * b.step();
            return new PyRange(start, start + b.count() * step, step);
        }
        long i = index(key, "range");
        i = i < 0 ? i + n : i;
        if (i < 0 || i >= n) {
            throw Errors.indexError("range object index out of range");
        }
        return Ints.box(range.at(i));
    }

    private static Object[] take(Object[] items, PySlice.Bounds b) {
        Object[] out = new Object[(int) b.count()];
        if (b.step() == 1) {
            System.arraycopy(items, (int) b.start(), out, 0, out.length);
        } else {
            long i = b.start();
            for (int k = 0; k < out.length; k++, i += b.step()) {
                out[k] = items[(int) i];
            }
        }
        return out;
    }

    static void setitem(Object obj, Object key, Object value) {
        if (obj instanceof PyList list) {
            if (key instanceof PySlice slice) {
                assignSlice(list, slice, value);
                return;
            }
            list.set(checked(index(key, "list"), list.size(), "list assignment index out of range"), value);
            return;
        }
        if (obj instanceof PyDict dict) {
            dict.put(key, value);
            return;
        }
        PyType type = Py.type(obj);
        Object method = type.isBuiltin() ? null : type.lookup("__setitem__");
        if (method == null) {
            throw Errors.typeError("'" + type.cName() + "' object does not support item assignment");
        }
        PyOps.callUnbound(method, obj, key, value);
    }

    private static void assignSlice(PyList list, PySlice slice, Object value) {
        Object[] values;
        if (value == list) {
            values = list.toArray();
        } else if (value instanceof PyList || value instanceof PyTuple) {
            values = PyList.from(value).toArray();
        } else {
            try {
                values = PyList.from(value).toArray();
            } catch (PyException notIterable) {
                if (notIterable.type() == ExcTypes.TYPE_ERROR && Iterators.isNotIterable(value)) {
                    throw Errors.typeError(slice.step() == Types.NONE || Py.isNone(slice.step())
                            ? "can only assign an iterable" : "must assign iterable to extended slice");
                }
                throw notIterable;
            }
        }
        PySlice.Bounds b = slice.indices(list.size());
        if (b.step() == 1) {
            int stop = (int) Math.max(b.start(), b.stop());
            list.replaceRange((int) b.start(), stop, values);
            return;
        }
        if (values.length != b.count()) {
            throw Errors.valueError("attempt to assign sequence of size " + values.length
                    + " to extended slice of size " + b.count());
        }
        long i = b.start();
        for (Object v : values) {
            list.set((int) i, v);
            i += b.step();
        }
    }

    static void delitem(Object obj, Object key) {
        if (obj instanceof PyList list) {
            if (key instanceof PySlice slice) {
                PySlice.Bounds b = slice.indices(list.size());
                if (b.step() == 1) {
                    list.removeRange((int) b.start(), (int) Math.max(b.start(), b.stop()));
                    return;
                }
                long low = b.step() > 0 ? b.start() : b.start() + (b.count() - 1) * b.step();
                long step = Math.abs(b.step());
                for (long k = b.count() - 1; k >= 0; k--) {
                    list.removeAt((int) (low + k * step));
                }
                return;
            }
            list.removeAt(checked(index(key, "list"), list.size(), "list assignment index out of range"));
            return;
        }
        if (obj instanceof PyDict dict) {
            if (dict.remove(key) == null) {
                throw Errors.keyError(key);
            }
            return;
        }
        PyType type = Py.type(obj);
        Object method = type.isBuiltin() ? null : type.lookup("__delitem__");
        if (method == null) {
            throw Errors.typeError("'" + type.cName() + "' object doesn't support item deletion");
        }
        PyOps.callUnbound(method, obj, key);
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof PyDict dict) {
            return dict.containsKey(item);
        }
        if (container instanceof PySet set) {
            return set.contains(item);
        }
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + Py.typeName(item));
            }
            return s.contains(sub);
        }
        if (container instanceof PyList list) {
            return indexOf(list.array(), list.size(), item) >= 0;
        }
        if (container instanceof PyTuple tuple) {
            return indexOf(tuple.items(), tuple.size(), item) >= 0;
        }
        if (container instanceof PyRange range && (item instanceof Long || item instanceof Boolean)) {
            return range.containsLong(Ints.small(item));
        }
        if (container instanceof DictView view) {
            return view.contains(item);
        }
        PyType type = Py.type(container);
        Object method = type.isBuiltin() ? null : type.lookup("__contains__");
        if (method != null) {
            return PyOps.truthy(PyOps.callUnbound(method, container, item));
        }
        if (Iterators.isNotIterable(container)) {
            throw Errors.typeError("argument of type '" + type.name() + "' is not iterable");
        }
        Object iterator = PyOps.iter(container);
        for (Object value = PyOps.next(iterator); value != PyIterator.STOP; value = PyOps.next(iterator)) {
            if (PyOps.eqBool(value, item)) {
                return true;
            }
        }
        return false;
    }

    /** The first index of an item equal to {@code item} in {@code items[0..size)}, or -1. */
    static int indexOf(Object[] items, int size, Object item) {
        for (int i = 0; i < size; i++) {
            if (PyOps.eqBool(items[i], item)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code a + b} for str, list and tuple; NotImplemented otherwise. */
    static Object concat(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return Strs.concat(x, y);
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            Limits.checkSize((long) x.size() + y.size());
            Object[] items = new Object[x.size() + y.size()];
            System.arraycopy(x.array(), 0, items, 0, x.size());
            System.arraycopy(y.array(), 0, items, x.size(), y.size());
            return PyList.wrap(items, items.length);
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            if (x.size() == 0) {
                return y;
            }
            if (y.size() == 0) {
                return x;
            }
            Limits.checkSize((long) x.size() + y.size());
            Object[] items = new Object[x.size() + y.size()];
            System.arraycopy(x.items(), 0, items, 0, x.size());
            System.arraycopy(y.items(), 0, items, x.size(), y.size());
            return PyTuple.of(items);
        }
        return Types.NOT_IMPLEMENTED;
    }

    private static long count(Object times) {
        if (times instanceof BigInteger big) {
            if (big.signum() < 0) {
                return 0;
            }
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, Ints.small(times));
    }

    /** {@code seq * times} for str, list and tuple. */
    static Object repeat(Object seq, Object times) {
        long n = count(times);
        if (seq instanceof String s) {
            return Strs.repeat(s, n);
        }
        Object[] items = seq instanceof PyList list ? list.toArray() : ((PyTuple) seq).items();
        if (seq instanceof PyTuple tuple && (n == 1 || tuple.size() == 0)) {
            return n == 0 ? PyTuple.EMPTY : tuple;
        }
        int total = (int) Limits.checkRepeat(items.length, n);
        Object[] out = new Object[total];
        for (int k = 0; k < total; k += items.length) {
            System.arraycopy(items, 0, out, k, items.length);
        }
        return seq instanceof PyList ? PyList.wrap(out, total) : PyTuple.of(out);
    }

    /** {@code list *= times}. */
    static PyList repeatInPlace(PyList list, Object times) {
        if (!Ints.isInt(times)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Py.typeName(times) + "'");
        }
        PyList repeated = (PyList) repeat(list, times);
        list.setContent(repeated.array(), repeated.size());
        return list;
    }
}
