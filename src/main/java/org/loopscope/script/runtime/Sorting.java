package org.loopscope.script.runtime;

/**
 * {@code list.sort(key=None, reverse=False)} and {@code sorted()}: a stable merge sort that compares only with
 * {@code <}, as CPython's does, so equal items keep their order and {@code reverse=True} keeps the order of equal
 * items too. While sorting, the list appears empty; changing it meanwhile is a ValueError, as in CPython.
 */
final class Sorting {

    private static final int INSERTION_LIMIT = 12;

    private Sorting() {
    }

    /** Compares two sort keys: {@code a < b}. */
    @FunctionalInterface
    private interface Less {
        boolean test(Object a, Object b);
    }

    static void sort(PyList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        list.setContent(new Object[0], 0);
        boolean failed = true;
        try {
            Object[] keys = items;
            if (key != null && !Py.isNone(key)) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = PyOps.call(key, items[i]);
                }
            }
            if (reverse) {
                reverse(keys);
                if (keys != items) {
                    reverse(items);
                }
            }
            mergeSort(keys, keys == items ? null : items, chooseLess(keys));
            if (reverse) {
                reverse(keys);
                if (keys != items) {
                    reverse(items);
                }
            }
            failed = false;
        } finally {
            boolean modified = list.size() != 0;
            list.setContent(items, n);
            if (modified && !failed) {
                throw Errors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** CPython's pre-check: homogeneous keys of a common builtin type compare without dispatch. */
    private static Less chooseLess(Object[] keys) {
        boolean allLong = true;
        boolean allString = true;
        boolean allDouble = true;
        for (Object k : keys) {
            allLong &= k instanceof Long;
            allString &= k instanceof String;
            allDouble &= k instanceof Double;
        }
        if (allLong) {
            return (a, b) -> (Long) a < (Long) b;
        }
        if (allString) {
            return (a, b) -> Strs.compare((String) a, (String) b) < 0;
        }
        if (allDouble) {
            return (a, b) -> (Double) a < (Double) b;
        }
        return (a, b) -> PyOps.compareBool(a, b, CmpOp.LT);
    }

    /** Sorts {@code keys} (and {@code values} alongside, if not null) stably. */
    private static void mergeSort(Object[] keys, Object[] values, Less less) {
        int n = keys.length;
        if (n < 2) {
            return;
        }
        Object[] keyBuffer = new Object[n];
        Object[] valueBuffer = values == null ? null : new Object[n];
        for (int start = 0; start < n; start += INSERTION_LIMIT) {
            insertionSort(keys, values, start, Math.min(n, start + INSERTION_LIMIT), less);
        }
        for (int width = INSERTION_LIMIT; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(n, lo + 2 * width);
                if (!less.test(keys[mid], keys[mid - 1])) {
                    continue;
                }
                merge(keys, values, keyBuffer, valueBuffer, lo, mid, hi, less);
            }
        }
    }

    private static void insertionSort(Object[] keys, Object[] values, int from, int to, Less less) {
        for (int i = from + 1; i < to; i++) {
            Object key = keys[i];
            Object value = values == null ? null : values[i];
            int j = i;
            while (j > from && less.test(key, keys[j - 1])) {
                keys[j] = keys[j - 1];
                if (values != null) {
                    values[j] = values[j - 1];
                }
                j--;
            }
            keys[j] = key;
            if (values != null) {
                values[j] = value;
            }
        }
    }

    private static void merge(Object[] keys, Object[] values, Object[] keyBuffer, Object[] valueBuffer, int lo,
                              int mid, int hi, Less less) {
        System.arraycopy(keys, lo, keyBuffer, lo, mid - lo);
        if (values != null) {
            System.arraycopy(values, lo, valueBuffer, lo, mid - lo);
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (less.test(keys[j], keyBuffer[i])) {
                if (values != null) {
                    values[k] = values[j];
                }
                keys[k++] = keys[j++];
            } else {
                if (values != null) {
                    values[k] = valueBuffer[i];
                }
                keys[k++] = keyBuffer[i++];
            }
        }
        while (i < mid) {
            if (values != null) {
                values[k] = valueBuffer[i];
            }
            keys[k++] = keyBuffer[i++];
        }
    }
}
