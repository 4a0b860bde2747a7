package org.loopscope.script.runtime;

/** The iterator classes {@code enumerate}, {@code zip}, {@code map} and {@code filter}. */
final class Functional {

    private Functional() {
    }

    static final class Enumerate extends Iterators.Base {
        private final Object iterator;
        private Object count;

        Enumerate(Object iterable, Object start) {
            super(Types.ENUMERATE);
            this.iterator = PyOps.iter(iterable);
            this.count = start;
        }

        @Override
        public Object next() {
            Object value = PyOps.next(iterator);
            if (value == STOP) {
                return STOP;
            }
            Object index = count;
            count = PyOps.add(count, Ints.box(1));
            return PyTuple.of(index, value);
        }
    }

    static final class Zip extends Iterators.Base {
        private Object[] iterators;
        private final boolean strict;

        Zip(Object[] iterables, boolean strict) {
            super(Types.ZIP);
            this.iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = PyOps.iter(iterables[i]);
            }
            this.strict = strict;
        }

        @Override
        public Object next() {
            if (iterators == null || iterators.length == 0) {
                return STOP;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object value = PyOps.next(iterators[i]);
                if (value == STOP) {
                    if (strict) {
                        strictCheck(i);
                    }
                    iterators = null;
                    return STOP;
                }
                items[i] = value;
            }
            return PyTuple.of(items);
        }

        private void strictCheck(int exhausted) {
            Object[] its = iterators;
            iterators = null;
            if (exhausted > 0) {
                String plural = exhausted == 1 ? " " : "s 1-";
                throw Errors.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument" + plural
                        + exhausted);
            }
            for (int i = 1; i < its.length; i++) {
                if (PyOps.next(its[i]) != STOP) {
                    String plural = i == 1 ? " " : "s 1-";
                    throw Errors.valueError("zip() argument " + (i + 1) + " is longer than argument" + plural + i);
                }
            }
        }
    }

    static final class MapIterator extends Iterators.Base {
        private final Object function;
        private final Object[] iterators;

        MapIterator(Object function, Object[] iterables) {
            super(Types.MAP);
            this.function = function;
            this.iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = PyOps.iter(iterables[i]);
            }
        }

        @Override
        public Object next() {
            Object[] args = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                Object value = PyOps.next(iterators[i]);
                if (value == STOP) {
                    return STOP;
                }
                args[i] = value;
            }
            return PyOps.call(function, args);
        }
    }

    static final class FilterIterator extends Iterators.Base {
        private final Object function;
        private final Object iterator;

        FilterIterator(Object function, Object iterable) {
            super(Types.FILTER);
            this.function = function;
            this.iterator = PyOps.iter(iterable);
        }

        @Override
        public Object next() {
            while (true) {
                Object value = PyOps.next(iterator);
                if (value == STOP) {
                    return STOP;
                }
                boolean keep = Py.isNone(function) || function == Types.BOOL ? PyOps.truthy(value)
                        : PyOps.truthy(PyOps.call(function, value));
                if (keep) {
                    return value;
                }
            }
        }
    }
}
