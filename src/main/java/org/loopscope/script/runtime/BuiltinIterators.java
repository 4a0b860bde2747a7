package org.loopscope.script.runtime;

/** The iterators of the builtin types: lists, tuples, strs, ranges, dicts, sets, sequences, callables. */
final class BuiltinIterators {

    private BuiltinIterators() {
    }

    static final class ListIterator extends Iterators.Base {
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

    static final class ListReverseIterator extends Iterators.Base {
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

    static final class ArrayIterator extends Iterators.Base {
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

    static final class StrIterator extends Iterators.Base {
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

    static final class RangeIterator extends Iterators.Base {
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

    static final class DictIterator extends Iterators.Base {
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

    static final class SetIterator extends Iterators.Base {
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
    static final class SequenceIterator extends Iterators.Base {
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
    static final class ReversedIterator extends Iterators.Base {
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
    static final class CallableIterator extends Iterators.Base {
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
}
