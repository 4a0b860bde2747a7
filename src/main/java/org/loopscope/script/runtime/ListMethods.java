package org.loopscope.script.runtime;

/** The methods of {@code list} and {@code tuple}. */
final class ListMethods {

    private ListMethods() {
    }

    private static PyList l(Object self) {
        return (PyList) self;
    }

    static void install() {
        PyType t = Types.LIST;
        Types.method1(t, "append", (self, value) -> {
            l(self).append(value);
            return Types.NONE;
        });
        Types.method1(t, "extend", (self, iterable) -> {
            l(self).extend(iterable == self ? PyList.of(l(self).toArray()) : iterable);
            return Types.NONE;
        });
        Types.method(t, "insert", (self, args, kw) -> {
            Args.positional("insert", args, kw, 2, 2);
            long index = PyOps.asLong(args[0]);
            int size = l(self).size();
            if (index < 0) {
                index = Math.max(0, index + size);
            }
            l(self).insert((int) Math.min(index, size), args[1]);
            return Types.NONE;
        });
        Types.method(t, "pop", (self, args, kw) -> {
            Args.positional("pop", args, kw, 0, 1);
            PyList list = l(self);
            if (list.size() == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long index = args.length == 0 ? -1 : PyOps.asLong(args[0]);
            if (index < 0) {
                index += list.size();
            }
            if (index < 0 || index >= list.size()) {
                throw Errors.indexError("pop index out of range");
            }
            return list.removeAt((int) index);
        });
        Types.method1(t, "remove", (self, value) -> {
            int i = Sequences.indexOf(l(self).array(), l(self).size(), value);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            l(self).removeAt(i);
            return Types.NONE;
        });
        Types.method(t, "index", (self, args, kw) -> {
            Args.positional("index", args, kw, 1, 3);
            PyList list = l(self);
            int[] bounds = bounds(list.size(), args);
            for (int i = bounds[0]; i < Math.min(bounds[1], list.size()); i++) {
                if (PyOps.eqBool(list.get(i), args[0])) {
                    return Ints.box(i);
                }
            }
            throw Errors.valueError(Reprs.repr(args[0]) + " is not in list");
        });
        Types.method1(t, "count", (self, value) -> Ints.box(count(l(self).array(), l(self).size(), value)));
        Types.method(t, "sort", (self, args, kw) -> {
            Object[] a = Args.Spec.of("sort", 0, 0, 0, "key", "reverse").parse(args, kw);
            Sorting.sort(l(self), a[0], a[1] != null && PyOps.truthy(a[1]));
            return Types.NONE;
        });
        Types.method0(t, "reverse", self -> {
            Object[] items = l(self).toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object swap = items[i];
                items[i] = items[j];
                items[j] = swap;
            }
            l(self).setContent(items, items.length);
            return Types.NONE;
        });
        Types.method0(t, "copy", self -> PyList.of(l(self).toArray()));
        Types.method0(t, "clear", self -> {
            l(self).clear();
            return Types.NONE;
        });
        Types.method1(t, "__iadd__", (self, other) -> PyOps.inplace(BinOp.ADD, self, other));
        Types.method0(t, "__reversed__", Iterators::reversed);
        Types.classMethod(t, "__class_getitem__", (args, kw) -> new GenericAlias(args[0], args[1]));

        PyType tuple = Types.TUPLE;
        Types.method(tuple, "index", (self, args, kw) -> {
            Args.positional("index", args, kw, 1, 3);
            PyTuple items = (PyTuple) self;
            int[] bounds = bounds(items.size(), args);
            for (int i = bounds[0]; i < Math.min(bounds[1], items.size()); i++) {
                if (PyOps.eqBool(items.get(i), args[0])) {
                    return Ints.box(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        Types.method1(tuple, "count", (self, value) -> Ints.box(count(((PyTuple) self).items(),
                ((PyTuple) self).size(), value)));
    }

    private static int count(Object[] items, int size, Object value) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (PyOps.eqBool(items[i], value)) {
                n++;
            }
        }
        return n;
    }

    /** The start and stop arguments of {@code index}, clamped as CPython's. */
    private static int[] bounds(int size, Object[] args) {
        long start = args.length > 1 ? clampIndex(args[1], size) : 0;
        long stop = args.length > 2 ? clampIndex(args[2], size) : size;
        return new int[] {(int) start, (int) stop};
    }

    private static long clampIndex(Object value, int size) {
        Object index = PyOps.indexOrNull(value);
        if (index == null) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = index instanceof Long l ? l : ((java.math.BigInteger) index).signum() < 0 ? Long.MIN_VALUE / 2
                : Long.MAX_VALUE / 2;
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return Math.min(i, size);
    }
}
