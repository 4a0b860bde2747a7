package org.loopscope.script.runtime;

/** {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}: live views of a dict. */
public final class DictView extends PyObject {

    /** Which part of the dict the view shows. */
    public enum Kind { KEYS, VALUES, ITEMS }

    private final PyDict dict;
    private final Kind kind;

    DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> Types.DICT_KEYS;
            case VALUES -> Types.DICT_VALUES;
            case ITEMS -> Types.DICT_ITEMS;
        };
    }

    /** The dict shown. */
    public PyDict dict() {
        return dict;
    }

    /** Which view this is. */
    public Kind kind() {
        return kind;
    }

    /** Whether the view behaves as a set (keys and items views do). */
    boolean setLike() {
        return kind != Kind.VALUES;
    }

    boolean contains(Object item) {
        switch (kind) {
            case KEYS -> {
                return dict.containsKey(item);
            }
            case ITEMS -> {
                if (!(item instanceof PyTuple pair) || pair.size() != 2) {
                    return false;
                }
                Object value = dict.get(pair.get(0));
                return value != null && PyOps.eqBool(value, pair.get(1));
            }
            default -> {
                for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                    if (PyOps.eqBool(dict.valueAt(e), item)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** Equality of a set-like view with a set or another view: same size, every element contained. */
    static boolean setEquals(DictView view, Object other) {
        long size = PyOps.len(other);
        if (size != view.dict.size()) {
            return false;
        }
        Object iterator = PyOps.iter(view);
        for (Object item = PyOps.next(iterator); item != PyIterator.STOP; item = PyOps.next(iterator)) {
            if (!PyOps.contains(other, item)) {
                return false;
            }
        }
        return true;
    }
}
