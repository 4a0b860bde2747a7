package org.loopscope.script.runtime;

import java.util.Arrays;

/** A list: a growable array of values. */
public final class PyList extends PyObject {

    private static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;

    /** An empty list. */
    public PyList() {
        items = EMPTY;
    }

    /** An empty list with room for {@code capacity} items. */
    public PyList(int capacity) {
        items = capacity == 0 ? EMPTY : new Object[capacity];
    }

    /** A list of {@code values} (copied). */
    public static PyList of(Object... values) {
        PyList list = new PyList();
        list.items = values.length == 0 ? EMPTY : values.clone();
        list.size = values.length;
        return list;
    }

    /** A list taking over {@code values[0..count)} without copying. */
    static PyList wrap(Object[] values, int count) {
        PyList list = new PyList();
        list.items = values;
        list.size = count;
        return list;
    }

    /** {@code list(iterable)}. */
    public static PyList from(Object iterable) {
        PyList list = new PyList();
        list.extend(iterable);
        return list;
    }

    @Override
    public PyType type() {
        return Types.LIST;
    }

    /** The number of items. */
    public int size() {
        return size;
    }

    /** The item at {@code index} (0-based, in range). */
    public Object get(int index) {
        return items[index];
    }

    /** Replaces the item at {@code index} (0-based, in range). */
    public void set(int index, Object value) {
        items[index] = value;
    }

    /** Appends one value. */
    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    private void grow(long needed) {
        Limits.checkSize(needed);
        long capacity = Math.max(needed, items.length + (items.length >> 1) + 4L);
        items = Arrays.copyOf(items, (int) Math.min(capacity, Limits.MAX_SIZE));
    }

    /** Inserts {@code value} before {@code index} (0 to size). */
    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    /** Removes and returns the item at {@code index} (0-based, in range). */
    public Object removeAt(int index) {
        Object value = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return value;
    }

    /** Removes items {@code [from, to)}. */
    void removeRange(int from, int to) {
        if (to <= from) {
            return;
        }
        System.arraycopy(items, to, items, from, size - to);
        Arrays.fill(items, size - (to - from), size, null);
        size -= to - from;
    }

    /** Replaces items {@code [from, to)} by {@code values}. */
    void replaceRange(int from, int to, Object[] values) {
        int newSize = size - (to - from) + values.length;
        Limits.checkSize(newSize);
        Object[] result = newSize <= items.length && values.length == to - from ? items : new Object[newSize];
        if (result != items) {
            System.arraycopy(items, 0, result, 0, from);
            System.arraycopy(items, to, result, from + values.length, size - to);
        }
        System.arraycopy(values, 0, result, from, values.length);
        items = result;
        size = newSize;
    }

    /** Removes everything. */
    public void clear() {
        items = EMPTY;
        size = 0;
    }

    /** Appends every value {@code iterable} produces ({@code list.extend}). */
    public void extend(Object iterable) {
        if (iterable instanceof PyList other) {
            int n = other.size;
            if (size + (long) n > items.length) {
                grow(size + (long) n);
            }
            System.arraycopy(other.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple tuple) {
            Object[] values = tuple.items();
            if (size + (long) values.length > items.length) {
                grow(size + (long) values.length);
            }
            System.arraycopy(values, 0, items, size, values.length);
            size += values.length;
            return;
        }
        Object iterator = PyOps.iter(iterable);
        if (iterator instanceof PyIterator known && known.lengthHint() > 0) {
            Limits.checkSize(size + known.lengthHint());
        }
        for (Object value = PyOps.next(iterator); value != PyIterator.STOP; value = PyOps.next(iterator)) {
            append(value);
        }
    }

    /** A copy of the items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array (length at least {@link #size()}); shared, for fast loops that do not modify the list. */
    Object[] array() {
        return items;
    }

    /** Replaces the content by {@code values[0..count)} (taken over). */
    void setContent(Object[] values, int count) {
        items = values;
        size = count;
    }
}
