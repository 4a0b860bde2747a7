package org.loopscope.script.runtime;

import java.util.Arrays;

/**
 * A dict: insertion-ordered, keys compared by Python hash and equality (so {@code 1}, {@code 1.0} and {@code True}
 * are the same key). Laid out as CPython's compact dict: an open-addressing index table pointing into dense entry
 * arrays, so iteration follows insertion order and a deleted key re-inserted goes to the end. str keys take a
 * fast path (Java string equality, cached hash).
 */
public final class PyDict extends PyObject {

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] indices;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    private int used;
    private int filled;

    /** An empty dict. */
    public PyDict() {
        allocate(MIN_SIZE);
    }

    private void allocate(int tableSize) {
        indices = new int[tableSize];
        Arrays.fill(indices, EMPTY);
        int usable = usable(tableSize);
        hashes = new long[usable];
        keys = new Object[usable];
        values = new Object[usable];
        filled = 0;
    }

    private static int usable(int tableSize) {
        return (tableSize << 1) / 3;
    }

    @Override
    public PyType type() {
        return Types.DICT;
    }

    /** The number of keys. */
    public int size() {
        return used;
    }

    private static boolean same(Object stored, Object key) {
        if (stored == key) {
            return true;
        }
        if (key instanceof String s) {
            return stored instanceof String t ? s.equals(t) : stored instanceof PyObj && PyOps.eqBool(stored, key);
        }
        if (key instanceof Long l && stored instanceof Long m) {
            return l.longValue() == m.longValue();
        }
        return PyOps.eqBool(stored, key);
    }

    /** The entry index of {@code key}, or -1. */
    private int find(Object key, long hash) {
        int mask = indices.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash && same(keys[ix], key)) {
                return ix;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /** The value for {@code key}, or null if absent (raises TypeError for unhashable keys). */
    public Object get(Object key) {
        int ix = find(key, PyOps.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** The value for a str key, or null. */
    public Object getStr(String key) {
        int ix = find(key, Strs.hash(key));
        return ix < 0 ? null : values[ix];
    }

    /** Whether {@code key} is present. */
    public boolean containsKey(Object key) {
        return find(key, PyOps.hash(key)) >= 0;
    }

    /** {@code d[key] = value}. */
    public void put(Object key, Object value) {
        put(key, PyOps.hash(key), value);
    }

    /** {@code d[key] = value} when the caller already has the key's hash. */
    void put(Object key, long hash, Object value) {
        int ix = find(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        if (filled == keys.length) {
            resize(used + 1);
        }
        int mask = indices.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        indices[i] = filled;
        hashes[filled] = hash;
        keys[filled] = key;
        values[filled] = value;
        filled++;
        used++;
    }

    /** If {@code key} is absent, stores {@code value}; returns the value now stored ({@code setdefault}). */
    public Object putIfAbsent(Object key, Object value) {
        long hash = PyOps.hash(key);
        int ix = find(key, hash);
        if (ix >= 0) {
            return values[ix];
        }
        put(key, hash, value);
        return value;
    }

    /** Removes {@code key}; returns its value, or null if it was absent. */
    public Object remove(Object key) {
        long hash = PyOps.hash(key);
        int mask = indices.length - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == hash && same(keys[ix], key)) {
                Object old = values[ix];
                indices[i] = DUMMY;
                keys[ix] = null;
                values[ix] = null;
                used--;
                return old;
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    private void resize(int minUsed) {
        Limits.checkSize(minUsed);
        int size = MIN_SIZE;
        while (usable(size) < minUsed * 3L && size < (1 << 30)) {
            size <<= 1;
        }
        long[] oldHashes = hashes;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldFilled = filled;
        allocate(size);
        int mask = size - 1;
        for (int e = 0; e < oldFilled; e++) {
            if (oldKeys[e] == null) {
                continue;
            }
            long hash = oldHashes[e];
            int i = (int) hash & mask;
            long perturb = hash;
            while (indices[i] >= 0) {
                perturb >>>= 5;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
            indices[i] = filled;
            hashes[filled] = hash;
            keys[filled] = oldKeys[e];
            values[filled] = oldValues[e];
            filled++;
        }
    }

    /** Removes every key. */
    public void clear() {
        allocate(MIN_SIZE);
        used = 0;
    }

    /** The first live entry position at or after {@code position}, or -1: iterate with {@link #keyAt}. */
    public int next(int position) {
        for (int e = position; e < filled; e++) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** The last live entry position before {@code position}, or -1 (for reversed iteration and popitem). */
    int previous(int position) {
        for (int e = Math.min(position, filled) - 1; e >= 0; e--) {
            if (keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    /** The key at an entry position found by {@link #next}. */
    public Object keyAt(int position) {
        return keys[position];
    }

    /** The value at an entry position found by {@link #next}. */
    public Object valueAt(int position) {
        return values[position];
    }

    long hashAt(int position) {
        return hashes[position];
    }

    /** A shallow copy. */
    public PyDict copy() {
        PyDict copy = new PyDict();
        if (used > 0) {
            copy.resize(used);
            for (int e = next(0); e >= 0; e = next(e + 1)) {
                copy.put(keys[e], hashes[e], values[e]);
            }
        }
        return copy;
    }

    /** Adds every pair of {@code other} ({@code update} from a dict). */
    public void putAll(PyDict other) {
        for (int e = other.next(0); e >= 0; e = other.next(e + 1)) {
            put(other.keys[e], other.hashes[e], other.values[e]);
        }
    }
}
