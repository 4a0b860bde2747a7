package org.loopscope.script.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code reprlib.repr(value)} with the module's default limits, as asyncio uses it to show future results and
 * callback arguments: long strs, ints and other reprs are cut in the middle, containers show a few items then
 * {@code ...}, sets and dicts are shown sorted when they can be.
 */
public final class ShortRepr {

    private static final int MAX_LEVEL = 6;
    private static final int MAX_TUPLE = 6;
    private static final int MAX_LIST = 6;
    private static final int MAX_DICT = 4;
    private static final int MAX_SET = 6;
    private static final int MAX_STRING = 30;
    private static final int MAX_LONG = 40;
    private static final int MAX_OTHER = 30;
    private static final String FILL = "...";

    private ShortRepr() {
    }

    /** {@code reprlib.repr(value)}. */
    public static String repr(Object value) {
        return repr(value, MAX_LEVEL);
    }

    private static String repr(Object value, int level) {
        PyType type = Py.type(value);
        if (type == Types.STR) {
            return string((String) value);
        }
        if (type == Types.INT) {
            return cut(Reprs.repr(value), MAX_LONG);
        }
        if (type == Types.TUPLE) {
            return iterable(((PyTuple) value).asList(), level, "(", ")", MAX_TUPLE, ",");
        }
        if (type == Types.LIST) {
            return iterable(List.of(((PyList) value).toArray()), level, "[", "]", MAX_LIST, "");
        }
        if (type == Types.SET || type == Types.FROZENSET) {
            PySet set = (PySet) value;
            boolean frozen = set.frozen();
            if (set.size() == 0) {
                return frozen ? "frozenset()" : "set()";
            }
            return iterable(possiblySorted(set), level, frozen ? "frozenset({" : "{", frozen ? "})" : "}",
                    MAX_SET, "");
        }
        if (type == Types.DICT) {
            return dict((PyDict) value, level);
        }
        String text;
        try {
            text = Reprs.repr(value);
        } catch (PyException failed) {
            if (!failed.type().isSubtype(ExcTypes.EXCEPTION)) {
                throw failed;
            }
            return "<" + type.name() + " instance at " + Identity.address(value) + ">";
        }
        return cut(text, MAX_OTHER);
    }

    private static String cut(String text, int max) {
        int n = Strs.length(text);
        if (n <= max) {
            return text;
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return slice(text, 0, i) + FILL + slice(text, n - j, n);
    }

    private static String slice(String s, int from, int to) {
        return s.substring(s.offsetByCodePoints(0, from), s.offsetByCodePoints(0, to));
    }

    private static String string(String x) {
        int n = Strs.length(x);
        String s = Reprs.repr(slice(x, 0, Math.min(n, MAX_STRING)));
        if (Strs.length(s) > MAX_STRING) {
            int i = Math.max(0, (MAX_STRING - 3) / 2);
            int j = Math.max(0, MAX_STRING - 3 - i);
            s = Reprs.repr(slice(x, 0, Math.min(i, n)) + slice(x, Math.max(0, n - j), n));
            int m = Strs.length(s);
            s = slice(s, 0, i) + FILL + slice(s, m - j, m);
        }
        return s;
    }

    private static String iterable(List<Object> items, int level, String left, String right, int max,
                                   String trail) {
        int n = items.size();
        String body;
        if (level <= 0 && n > 0) {
            body = FILL;
        } else {
            List<String> pieces = new ArrayList<>();
            for (int k = 0; k < Math.min(n, max); k++) {
                pieces.add(repr(items.get(k), level - 1));
            }
            if (n > max) {
                pieces.add(FILL);
            }
            body = String.join(", ", pieces);
            if (n == 1 && !trail.isEmpty()) {
                right = trail + right;
            }
        }
        return left + body + right;
    }

    private static String dict(PyDict dict, int level) {
        int n = dict.size();
        if (n == 0) {
            return "{}";
        }
        if (level <= 0) {
            return "{" + FILL + "}";
        }
        List<Object> keys = possiblySorted(dict);
        List<String> pieces = new ArrayList<>();
        for (int k = 0; k < Math.min(n, MAX_DICT); k++) {
            Object key = keys.get(k);
            pieces.add(repr(key, level - 1) + ": " + repr(PyOps.getitem(dict, key), level - 1));
        }
        if (n > MAX_DICT) {
            pieces.add(FILL);
        }
        return "{" + String.join(", ", pieces) + "}";
    }

    private static List<Object> possiblySorted(Object iterable) {
        PyList list = PyList.from(iterable);
        try {
            Sorting.sort(list, null, false);
        } catch (PyException failed) {
            if (!failed.type().isSubtype(ExcTypes.EXCEPTION)) {
                throw failed;
            }
            list = PyList.from(iterable);
        }
        return List.of(list.toArray());
    }
}
