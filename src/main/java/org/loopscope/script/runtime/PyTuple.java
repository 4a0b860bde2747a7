package org.loopscope.script.runtime;

import java.util.Arrays;
import java.util.List;

/** A tuple: an immutable array of values. The array is owned by the tuple; nobody may modify it. */
public final class PyTuple extends PyObject {

    /** {@code ()}. */
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    private PyTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of {@code items} (the array is taken over: the caller must not modify it afterwards). */
    public static PyTuple of(Object... items) {
        if (items.length == 0) {
            return EMPTY;
        }
        Limits.checkSize(items.length);
        return new PyTuple(items);
    }

    /** A tuple of a copy of {@code items}. */
    public static PyTuple copyOf(Object[] items, int from, int to) {
        return to <= from ? EMPTY : new PyTuple(Arrays.copyOfRange(items, from, to));
    }

    /** A tuple of the values of {@code items}. */
    public static PyTuple of(List<?> items) {
        return of(items.toArray());
    }

    /** A tuple of the values produced by iterating {@code iterable} (a tuple is returned as is). */
    public static PyTuple from(Object iterable) {
        if (iterable instanceof PyTuple tuple) {
            return tuple;
        }
        if (iterable instanceof PyList list) {
            return of(list.toArray());
        }
        return of(PyList.from(iterable).toArray());
    }

    @Override
    public PyType type() {
        return Types.TUPLE;
    }

    /** The number of items. */
    public int size() {
        return items.length;
    }

    /** The item at {@code index} (0-based, no negative indexes). */
    public Object get(int index) {
        return items[index];
    }

    /** The items; shared, so read only. */
    public Object[] items() {
        return items;
    }

    /** The items as a list view (read only). */
    public List<Object> asList() {
        return java.util.Collections.unmodifiableList(Arrays.asList(items));
    }
}
