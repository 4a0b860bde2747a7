package org.loopscope.script.runtime;

/**
 * A set or frozenset. The table is laid out exactly as CPython's (same size, linear probes, perturbation and
 * resizing), so sets of ints and other values whose hashes match CPython's iterate and print in CPython's order.
 * (str hashes are randomised in CPython, so sets of strs have no reproducible order there.)
 */
public final class PySet extends PyObject {

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (CPython's dummy, hash -1). */
    private static final Object DUMMY = new Object();

    private final boolean frozen;
    private Object[] keys;
    private long[] hashes;
    private int mask;
    private int used;
    private int fill;
    private int finger;
    private long hash = -1;

    /** An empty set ({@code frozen} for a frozenset). */
    public PySet(boolean frozen) {
        this.frozen = frozen;
        reset();
    }

    /** An empty set. */
    public PySet() {
        this(false);
    }

    private void reset() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        used = 0;
        fill = 0;
    }

    /** {@code set(iterable)} or {@code frozenset(iterable)}. */
    public static PySet from(Object iterable, boolean frozen) {
        PySet set = new PySet(frozen);
        set.update(iterable);
        return set;
    }

    @Override
    public PyType type() {
        return frozen ? Types.FROZENSET : Types.SET;
    }

    /** Whether this is a frozenset. */
    public boolean frozen() {
        return frozen;
    }

    /** The number of elements. */
    public int size() {
        return used;
    }

    private static boolean matches(Object stored, Object key) {
        return stored == key || (stored instanceof String s && key instanceof String t ? s.equals(t)
                : PyOps.eqBool(stored, key));
    }

    /** The slot holding {@code key}, or -1. */
    private int lookup(Object key, long h) {
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object stored = keys[j];
                if (stored == null) {
                    return -1;
                }
                if (hashes[j] == h && stored != DUMMY && matches(stored, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Whether {@code key} is an element. */
    public boolean contains(Object key) {
        return lookup(key, PyOps.hash(key)) >= 0;
    }

    boolean contains(Object key, long h) {
        return lookup(key, h) >= 0;
    }

    /** Adds {@code key}. */
    public void add(Object key) {
        add(key, PyOps.hash(key));
    }

    void add(Object key, long h) {
        long perturb = h;
        int i = (int) h & mask;
        int freeSlot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object stored = keys[j];
                if (stored == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = h;
                        used++;
                        return;
                    }
                    keys[j] = key;
                    hashes[j] = h;
                    used++;
                    fill++;
                    if ((long) fill * 5 >= mask * 3L) {
                        resize(used > 50000 ? used * 2L : used * 4L);
                    }
                    return;
                }
                if (stored == DUMMY) {
                    freeSlot = j; // CPython keeps the last dummy it passed, not the first
                } else if (hashes[j] == h && matches(stored, key)) {
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(long minUsed) {
        Limits.checkSize(minUsed / 2);
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object key = oldKeys[j];
            if (key != null && key != DUMMY) {
                insertClean(key, oldHashes[j]);
            }
        }
    }

    /** Inserts a key known to be absent into a table without dummies. */
    private void insertClean(Object key, long h) {
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; false if it was absent. */
    public boolean discard(Object key) {
        return discard(key, PyOps.hash(key));
    }

    boolean discard(Object key, long h) {
        int slot = lookup(key, h);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** Removes and returns an arbitrary element (CPython's choice), or null if empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = i + 1 > mask ? 0 : i + 1;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** Removes everything. */
    public void clear() {
        reset();
    }

    /** The slot of the first element at or after {@code position}, or -1: iterate with {@link #keyAt}. */
    public int next(int position) {
        for (int j = position; j <= mask; j++) {
            Object key = keys[j];
            if (key != null && key != DUMMY) {
                return j;
            }
        }
        return -1;
    }

    /** The element in a slot found by {@link #next}. */
    public Object keyAt(int position) {
        return keys[position];
    }

    long hashAt(int position) {
        return hashes[position];
    }

    /** Adds every element of {@code iterable} ({@code set.update}), as CPython's {@code set_update_internal}. */
    public void update(Object iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PyDict dict) {
            if ((fill + (long) dict.size()) * 5 >= mask * 3L) {
                resize((used + (long) dict.size()) * 2);
            }
            for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
                add(dict.keyAt(e), dict.hashAt(e));
            }
            return;
        }
        Object iterator = PyOps.iter(iterable);
        for (Object value = PyOps.next(iterator); value != PyIterator.STOP; value = PyOps.next(iterator)) {
            add(value);
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((fill + (long) other.used) * 5 >= mask * 3L) {
            resize((used + (long) other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int j = 0; j <= other.mask; j++) {
                if (other.keys[j] != null) {
                    keys[j] = other.keys[j];
                    hashes[j] = other.hashes[j];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                Object key = other.keys[j];
                if (key != null && key != DUMMY) {
                    insertClean(key, other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object key = other.keys[j];
            if (key != null && key != DUMMY) {
                add(key, other.hashes[j]);
            }
        }
    }

    /** A copy of this set's elements ({@code frozen} decides the kind), as {@code set(self)}. */
    public PySet copy(boolean asFrozen) {
        PySet copy = new PySet(asFrozen);
        copy.merge(this);
        return copy;
    }

    /** Called after removals: rebuilds the table when more than a quarter of it is dummies. */
    void shrinkIfSparse() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2L : used * 4L);
        }
    }

    /** Takes over {@code other}'s table (CPython's {@code set_swap_bodies}, one way). */
    void takeContent(PySet other) {
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        used = other.used;
        fill = other.fill;
        finger = 0;
    }

    /** The cached frozenset hash, or -1. */
    long cachedHash() {
        return hash;
    }

    void cacheHash(long value) {
        hash = value;
    }
}
