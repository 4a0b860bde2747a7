package org.loopscope.script.runtime;

/** {@code iter()} and {@code next()}, and the builtin iterators (lists, tuples, strs, ranges, dicts, sets...). */
final class Iterators {

    private Iterators() {
    }

    /** {@code iter(value)}. */
    static Object iter(Object value) {
        if (value instanceof PyList list) {
            return new ListIterator(list);
        }
        if (value instanceof PyTuple tuple) {
            return new ArrayIterator(Types.TUPLE_ITERATOR, tuple.items(), tuple.size());
        }
        if (value instanceof String s) {
            return new StrIterator(s);
        }
        if (value instanceof PyRange range) {
            return new RangeIterator(range.start(), range.step(), range.length());
        }
        if (value instanceof PyDict dict) {
            return new DictIterator(dict, DictView.Kind.KEYS, false);
        }
        if (value instanceof PySet set) {
            return new SetIterator(set);
        }
        if (value instanceof DictView view) {
            return new DictIterator(view.dict(), view.kind(), false);
        }
        if (value instanceof PyIterator) {
            return value;
        }
        PyType type = Py.type(value);
        if (type.isBuiltin()) {
            throw Errors.notIterable(value);
        }
        Object method = type.lookup("__iter__");
        if (method != null) {
            if (Py.isNone(method)) {
                throw Errors.notIterable(value);
            }
            Object iterator = PyOps.callUnbound(method, value);
            if (!(iterator instanceof PyIterator) && (Py.type(iterator).isBuiltin()
                    || Py.type(iterator).lookup("__next__") == null)) {
                throw Errors.typeError("iter() returned non-iterator of type '" + Py.typeName(iterator) + "'");
            }
            return iterator;
        }
        if (type.lookup("__getitem__") != null) {
            return new SequenceIterator(value);
        }
        throw Errors.notIterable(value);
    }

    /** Whether {@code iter(value)} would fail for lack of any iteration protocol. */
    static boolean isNotIterable(Object value) {
        if (value instanceof PyList || value instanceof PyTuple || value instanceof String || value instanceof PyRange
                || value instanceof PyDict || value instanceof PySet || value instanceof DictView
                || value instanceof PyIterator) {
            return false;
        }
        PyType type = Py.type(value);
        if (type.isBuiltin()) {
            return true;
        }
        Object iter = type.lookup("__iter__");
        return (iter == null || Py.isNone(iter)) && type.lookup("__getitem__") == null;
    }

    /** {@code next(iterator)} for an iterator that is not a Java {@link PyIterator}: its {@code __next__}. */
    static Object nextGeneric(Object iterator) {
        PyType type = Py.type(iterator);
        Object method = type.isBuiltin() ? null : type.lookup("__next__");
        if (method == null) {
            throw Errors.typeError("'" + type.name() + "' object is not an iterator");
        }
        try {
            return PyOps.callUnbound(method, iterator);
        } catch (PyException error) {
            if (error.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                return PyIterator.STOP;
            }
            throw error;
        }
    }

    /** {@code reversed(value)}. */
    static Object reversed(Object value) {
        if (value instanceof PyList list) {
            return new ListReverseIterator(list);
        }
        if (value instanceof PyRange range) {
            long n = range.length();
            return new RangeIterator(range.start() + (n - 1) * range.step(), -range.step(), n);
        }
        if (value instanceof PyDict dict) {
            return new DictIterator(dict, DictView.Kind.KEYS, true);
        }
        if (value instanceof DictView view) {
            return new DictIterator(view.dict(), view.kind(), true);
        }
        PyType type = Py.type(value);
        Object method = type.isBuiltin() ? null : type.lookup("__reversed__");
        if (method != null) {
            if (Py.isNone(method)) {
                throw Errors.typeError("'" + type.name() + "' object is not reversible");
            }
            return PyOps.callUnbound(method, value);
        }
        boolean sequence = value instanceof PyTuple || value instanceof String
                || (!type.isBuiltin() && type.lookup("__getitem__") != null && type.lookup("__len__") != null);
        if (!sequence) {
            throw Errors.typeError("'" + type.name() + "' object is not reversible");
        }
        return new ReversedIterator(value, PyOps.len(value));
    }

    /** Base of the builtin iterators: {@code __iter__} returns self, reprs are CPython's defaults. */
    abstract static class Base extends PyObject implements PyIterator {
        private final PyType type;

        Base(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    static final class ListIterator extends Base {
        private PyList list;
        private int index;

        ListIterator(PyList list) {
            super(Types.LIST_ITERATOR);
            this.list = list;
        }

        @Override
        public Object next() {
            if (list != null && index < list.size()) {
                return list.get(index++);
            }
            list = null;
            return STOP;
        }

        @Override
        public long lengthHint() {
            return list == null ? 0 : Math.max(0, list.size() - index);
        }
    }

    static final class ListReverseIterator extends Base {
        private PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            super(Types.LIST_REVERSEITERATOR);
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            if (list != null && index >= 0 && index < list.size()) {
                return list.get(index--);
            }
            list = null;
            return STOP;
        }
    }

    static final class ArrayIterator extends Base {
        private final Object[] items;
        private final int size;
        private int index;

        ArrayIterator(PyType type, Object[] items, int size) {
            super(type);
            this.items = items;
            this.size = size;
        }

        @Override
        public Object next() {
            return index < size ? items[index++] : STOP;
        }

        @Override
        public long lengthHint() {
            return size - index;
        }
    }

    static final class StrIterator extends Base {
        private final String s;
        private int offset;

        StrIterator(String s) {
            super(s.chars().allMatch(c -> c < 128) ? Types.STR_ASCII_ITERATOR : Types.STR_ITERATOR);
            this.s = s;
        }

        @Override
        public Object next() {
            if (offset >= s.length()) {
                return STOP;
            }
            int cp = s.codePointAt(offset);
            offset += Character.charCount(cp);
            return Strs.ofCodePoint(cp);
        }
    }

    static final class RangeIterator extends Base {
        private long next;
        private final long step;
        private long remaining;

        RangeIterator(long start, long step, long count) {
            super(Types.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return STOP;
            }
            remaining--;
            long value = next;
            next += step;
            return Ints.box(value);
        }

        @Override
        public long lengthHint() {
            return remaining;
        }
    }

    static final class DictIterator extends Base {
        private PyDict dict;
        private final DictView.Kind kind;
        private final boolean reverse;
        private final int size;
        private int position;
        private int remaining;

        DictIterator(PyDict dict, DictView.Kind kind, boolean reverse) {
            super(switch (kind) {
                case KEYS -> reverse ? Types.DICT_REVERSEKEYITERATOR : Types.DICT_KEYITERATOR;
                case VALUES -> reverse ? Types.DICT_REVERSEVALUEITERATOR : Types.DICT_VALUEITERATOR;
                case ITEMS -> reverse ? Types.DICT_REVERSEITEMITERATOR : Types.DICT_ITEMITERATOR;
            });
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.size = dict.size();
            this.remaining = size;
            this.position = reverse ? Integer.MAX_VALUE : 0;
        }

        @Override
        public Object next() {
            if (dict == null) {
                return STOP;
            }
            if (dict.size() != size) {
                dict = null;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            int e = reverse ? dict.previous(position) : dict.next(position);
            if (e < 0) {
                dict = null;
                return STOP;
            }
            if (remaining-- <= 0) {
                dict = null;
                throw Errors.runtimeError("dictionary keys changed during iteration");
            }
            position = reverse ? e : e + 1;
            return switch (kind) {
                case KEYS -> dict.keyAt(e);
                case VALUES -> dict.valueAt(e);
                case ITEMS -> PyTuple.of(dict.keyAt(e), dict.valueAt(e));
            };
        }

        @Override
        public long lengthHint() {
            return dict == null ? 0 : remaining;
        }
    }

    static final class SetIterator extends Base {
        private PySet set;
        private final int size;
        private int position;

        SetIterator(PySet set) {
            super(Types.SET_ITERATOR);
            this.set = set;
            this.size = set.size();
        }

        @Override
        public Object next() {
            if (set == null) {
                return STOP;
            }
            if (set.size() != size) {
                set = null;
                throw Errors.runtimeError("Set changed size during iteration");
            }
            int e = set.next(position);
            if (e < 0) {
                set = null;
                return STOP;
            }
            position = e + 1;
            return set.keyAt(e);
        }
    }

    /** The iterator of objects that only have {@code __getitem__}: items 0, 1, 2... until IndexError. */
    static final class SequenceIterator extends Base {
        private Object sequence;
        private long index;

        SequenceIterator(Object sequence) {
            super(Types.SEQ_ITERATOR);
            this.sequence = sequence;
        }

        @Override
        public Object next() {
            if (sequence == null) {
                return STOP;
            }
            try {
                return PyOps.getitem(sequence, Ints.box(index++));
            } catch (PyException error) {
                if (error.type().isSubtype(ExcTypes.INDEX_ERROR) || error.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                    sequence = null;
                    return STOP;
                }
                throw error;
            }
        }
    }

    /** {@code reversed(sequence)} for sequences without a faster reverse iterator. */
    static final class ReversedIterator extends Base {
        private Object sequence;
        private long index;

        ReversedIterator(Object sequence, long length) {
            super(Types.REVERSED);
            this.sequence = sequence;
            this.index = length - 1;
        }

        @Override
        public Object next() {
            if (sequence == null || index < 0) {
                sequence = null;
                return STOP;
            }
            try {
                return PyOps.getitem(sequence, Ints.box(index--));
            } catch (PyException error) {
                if (error.type().isSubtype(ExcTypes.INDEX_ERROR) || error.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                    sequence = null;
                    return STOP;
                }
                throw error;
            }
        }
    }

    /** {@code iter(callable, sentinel)}. */
    static final class CallableIterator extends Base {
        private Object callable;
        private final Object sentinel;

        CallableIterator(Object callable, Object sentinel) {
            super(Types.CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (callable == null) {
                return STOP;
            }
            Object value;
            try {
                value = PyOps.call(callable);
            } catch (PyException error) {
                if (error.type().isSubtype(ExcTypes.STOP_ITERATION)) {
                    callable = null;
                    return STOP;
                }
                throw error;
            }
            if (PyOps.eqBool(value, sentinel)) {
                callable = null;
                return STOP;
            }
            return value;
        }
    }

    /** Installs {@code __iter__} and {@code __next__} on every builtin iterator class. */
    static void install() {
        PyType[] types = {Types.LIST_ITERATOR, Types.LIST_REVERSEITERATOR, Types.TUPLE_ITERATOR,
            Types.STR_ASCII_ITERATOR, Types.STR_ITERATOR, Types.RANGE_ITERATOR, Types.DICT_KEYITERATOR,
            Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR, Types.DICT_REVERSEKEYITERATOR,
            Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR, Types.SET_ITERATOR, Types.SEQ_ITERATOR,
            Types.CALLABLE_ITERATOR, Types.ENUMERATE, Types.ZIP, Types.MAP, Types.FILTER, Types.REVERSED};
        for (PyType type : types) {
            Types.method0(type, "__iter__", self -> self);
            Types.method0(type, "__next__", self -> {
                Object value = ((PyIterator) self).next();
                if (value == PyIterator.STOP) {
                    throw Errors.of(ExcTypes.STOP_ITERATION);
                }
                return value;
            });
            Types.method0(type, "__length_hint__", self -> Ints.box(Math.max(0, ((PyIterator) self).lengthHint())));
        }
    }
}
