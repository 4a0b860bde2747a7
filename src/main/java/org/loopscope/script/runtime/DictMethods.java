package org.loopscope.script.runtime;

/** The methods of {@code dict} and of its views. */
final class DictMethods {

    private DictMethods() {
    }

    private static PyDict d(Object self) {
        return (PyDict) self;
    }

    static void install() {
        PyType t = Types.DICT;
        Types.method(t, "get", (self, args, kw) -> {
            Args.positional("get", args, kw, 1, 2);
            Object value = d(self).get(args[0]);
            return value != null ? value : args.length > 1 ? args[1] : Types.NONE;
        });
        Types.method0(t, "keys", self -> new DictView(d(self), DictView.Kind.KEYS));
        Types.method0(t, "values", self -> new DictView(d(self), DictView.Kind.VALUES));
        Types.method0(t, "items", self -> new DictView(d(self), DictView.Kind.ITEMS));
        Types.method(t, "pop", (self, args, kw) -> {
            Args.positional("pop", args, kw, 1, 2);
            Object value = d(self).remove(args[0]);
            if (value != null) {
                return value;
            }
            if (args.length > 1) {
                return args[1];
            }
            throw Errors.keyError(args[0]);
        });
        Types.method0(t, "popitem", self -> {
            PyDict dict = d(self);
            int e = dict.previous(Integer.MAX_VALUE);
            if (e < 0) {
                throw Errors.keyError("popitem(): dictionary is empty");
            }
            Object key = dict.keyAt(e);
            Object value = dict.valueAt(e);
            dict.remove(key);
            return PyTuple.of(key, value);
        });
        Types.method(t, "setdefault", (self, args, kw) -> {
            Args.positional("setdefault", args, kw, 1, 2);
            return d(self).putIfAbsent(args[0], args.length > 1 ? args[1] : Types.NONE);
        });
        Types.method(t, "update", (self, args, kw) -> {
            int positional = Args.positionalCount(args, kw);
            Args.checkCount("update", positional, 0, 1);
            if (positional == 1) {
                update(d(self), args[0]);
            }
            for (int k = 0; k < Args.kwCount(kw); k++) {
                d(self).put(kw[k], args[positional + k]);
            }
            return Types.NONE;
        });
        Types.method0(t, "copy", self -> d(self).copy());
        Types.method0(t, "clear", self -> {
            d(self).clear();
            return Types.NONE;
        });
        Types.classMethod(t, "fromkeys", (args, kw) -> {
            Args.positional("fromkeys", Args.rest(args), kw, 1, 2);
            PyDict dict = (PyDict) PyOps.call(args[0]);
            Object value = args.length > 2 ? args[2] : Types.NONE;
            Object iterator = PyOps.iter(args[1]);
            for (Object key = PyOps.next(iterator); key != PyIterator.STOP; key = PyOps.next(iterator)) {
                dict.put(key, value);
            }
            return dict;
        });
        Types.method0(t, "__reversed__", Iterators::reversed);
        Types.classMethod(t, "__class_getitem__", (args, kw) -> new GenericAlias(args[0], args[1]));

        for (PyType view : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
            Types.method0(view, "__len__", self -> Ints.box(((DictView) self).dict().size()));
            Types.method0(view, "__iter__", PyOps::iter);
            Types.method0(view, "__reversed__", Iterators::reversed);
            Types.method1(view, "__contains__", (self, item) -> ((DictView) self).contains(item));
            Types.getset(view, "mapping", self -> ((DictView) self).dict(), null);
            if (view != Types.DICT_VALUES) {
                Types.method1(view, "isdisjoint", (self, other) -> {
                    Object iterator = PyOps.iter(other);
                    for (Object v = PyOps.next(iterator); v != PyIterator.STOP; v = PyOps.next(iterator)) {
                        if (((DictView) self).contains(v)) {
                            return false;
                        }
                    }
                    return true;
                });
            }
        }
    }

    /** {@code dict.update(other)}: from a dict, an object with {@code keys()}, or an iterable of pairs. */
    static void update(PyDict dict, Object other) {
        if (other instanceof PyDict source) {
            dict.putAll(source);
            return;
        }
        if (Attrs.getattrOrNull(other, "keys") != null && !(other instanceof PyList) && !(other instanceof PyTuple)) {
            Object keys = PyOps.callMethod(other, "keys");
            Object iterator = PyOps.iter(keys);
            for (Object key = PyOps.next(iterator); key != PyIterator.STOP; key = PyOps.next(iterator)) {
                dict.put(key, PyOps.getitem(other, key));
            }
            return;
        }
        Object iterator = PyOps.iter(other);
        int index = 0;
        for (Object item = PyOps.next(iterator); item != PyIterator.STOP; item = PyOps.next(iterator), index++) {
            if (Iterators.isNotIterable(item)) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + index
                        + " to a sequence");
            }
            PyList pair = PyList.from(item);
            if (pair.size() != 2) {
                throw Errors.valueError("dictionary update sequence element #" + index + " has length "
                        + pair.size() + "; 2 is required");
            }
            dict.put(pair.get(0), pair.get(1));
        }
    }
}
