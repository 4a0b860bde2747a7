package org.loopscope.script.runtime;

/** {@code iter()} and {@code next()}, and the builtin iterators (lists, tuples, strs, ranges, dicts, sets...). */
final class Iterators {

    private Iterators() {
    }

    /** {@code iter(value)}. */
    static Object iter(Object value) {
        if (value instanceof PyList list) {
            return new BuiltinIterators.ListIterator(list);
        }
        if (value instanceof PyTuple tuple) {
            return new BuiltinIterators.ArrayIterator(Types.TUPLE_ITERATOR, tuple.items(), tuple.size());
        }
        if (value instanceof String s) {
            return new BuiltinIterators.StrIterator(s);
        }
        if (value instanceof PyRange range) {
            return new BuiltinIterators.RangeIterator(range.start(), range.step(), range.length());
        }
        if (value instanceof PyDict dict) {
            return new BuiltinIterators.DictIterator(dict, DictView.Kind.KEYS, false);
        }
        if (value instanceof PySet set) {
            return new BuiltinIterators.SetIterator(set);
        }
        if (value instanceof DictView view) {
            return new BuiltinIterators.DictIterator(view.dict(), view.kind(), false);
        }
        if (value instanceof PyIterator) {
            return value;
        }
        PyType type = Py.type(value);
        if (type.isBuiltin()) {
            Object hook = classHook(value, "__class_iter__");
            if (hook != null) {
                return iter(PyOps.call(hook));
            }
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
            return new BuiltinIterators.SequenceIterator(value);
        }
        throw Errors.notIterable(value);
    }

    /** Whether {@code iter(value)} would fail for lack of any iteration protocol. */
    /**
     * What stands in for a metaclass's special method on a class (metaclasses are not supported): a class method
     * {@code __class_iter__} or {@code __class_len__} that a class such as {@code enum.Enum} defines, bound to the
     * class {@code value}; null when {@code value} is not a class or has none.
     */
    static Object classHook(Object value, String name) {
        if (!(value instanceof PyType cls) || cls.isBuiltin() || cls.lookup(name) == null) {
            return null;
        }
        return Attrs.getattrOrNull(cls, name);
    }

    static boolean isNotIterable(Object value) {
        if (value instanceof PyList || value instanceof PyTuple || value instanceof String || value instanceof PyRange
                || value instanceof PyDict || value instanceof PySet || value instanceof DictView
                || value instanceof PyIterator) {
            return false;
        }
        PyType type = Py.type(value);
        if (type.isBuiltin()) {
            return classHook(value, "__class_iter__") == null;
        }
        Object iter = type.lookup("__iter__");
        return (iter == null || Py.isNone(iter)) && type.lookup("__getitem__") == null;
    }

    /** {@code next(iterator)} for an iterator that is not a Java {@link PyIterator}: its {@code __next__}. */
    static Object nextGeneric(Object iterator) {
        PyType type = Py.type(iterator);
        Object method = type.isBuiltin() ? null : type.lookup("__next__");
        if (method == null) {
            throw Errors.typeError("'" + type.cName() + "' object is not an iterator");
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
            return new BuiltinIterators.ListReverseIterator(list);
        }
        if (value instanceof PyRange range) {
            long n = range.length();
            return new BuiltinIterators.RangeIterator(range.start() + (n - 1) * range.step(), -range.step(), n);
        }
        if (value instanceof PyDict dict) {
            return new BuiltinIterators.DictIterator(dict, DictView.Kind.KEYS, true);
        }
        if (value instanceof DictView view) {
            return new BuiltinIterators.DictIterator(view.dict(), view.kind(), true);
        }
        PyType type = Py.type(value);
        Object method = type.isBuiltin() ? null : type.lookup("__reversed__");
        if (method != null) {
            if (Py.isNone(method)) {
                throw Errors.typeError("'" + type.cName() + "' object is not reversible");
            }
            return PyOps.callUnbound(method, value);
        }
        boolean sequence = value instanceof PyTuple || value instanceof String
                || (!type.isBuiltin() && type.lookup("__getitem__") != null && type.lookup("__len__") != null);
        if (!sequence) {
            throw Errors.typeError("'" + type.cName() + "' object is not reversible");
        }
        return new BuiltinIterators.ReversedIterator(value, PyOps.len(value));
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
