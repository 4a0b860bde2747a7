package org.loopscope.script.runtime;

import java.math.BigInteger;

/** {@code hash()} of the values that are not plain Java numbers or strings: CPython's tuple, frozenset and range
 * hashes, {@code __hash__} methods and identity hashes. */
final class Hashing {

    private static final long XXPRIME_1 = -7046029288634856825L;
    private static final long XXPRIME_2 = -4417276706812531889L;
    private static final long XXPRIME_5 = 2870177450012600261L;

    private Hashing() {
    }

    static long hash(Object value) {
        if (value instanceof PyTuple tuple) {
            return tuple(tuple.items());
        }
        if (value instanceof PySet set) {
            if (!set.frozen()) {
                throw Errors.unhashable(value);
            }
            return frozenset(set);
        }
        if (value instanceof PyList || value instanceof PyDict || value instanceof PySlice
                || value instanceof DictView) {
            throw Errors.unhashable(value);
        }
        if (value instanceof PyRange range) {
            long n = range.length();
            Object start = n == 0 ? Types.NONE : Ints.box(range.start());
            Object step = n <= 1 ? Types.NONE : Ints.box(range.step());
            return tuple(new Object[] {Ints.box(n), start, step});
        }
        if (value instanceof PyMethod method) {
            return Identity.hash(method.self()) ^ PyOps.hash(method.function());
        }
        PyType type = Py.type(value);
        if (type.isBuiltin() && !(value instanceof PyException)) {
            return Identity.hash(value);
        }
        Object method = type.lookup("__hash__");
        if (method == null || method == Types.OBJECT_HASH) {
            return Identity.hash(value);
        }
        if (Py.isNone(method)) {
            throw Errors.unhashable(value);
        }
        Object result = PyOps.callUnbound(method, value);
        if (result instanceof Long || result instanceof BigInteger) {
            long h = Ints.hash(result);
            return h == -1 ? -2 : h;
        }
        if (result instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw Errors.typeError("__hash__ method should return an integer");
    }

    /** CPython's xxHash-based tuple hash. */
    static long tuple(Object[] items) {
        long acc = XXPRIME_5;
        for (Object item : items) {
            long lane = PyOps.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash: order independent, cached. */
    static long frozenset(PySet set) {
        long cached = set.cachedHash();
        if (cached != -1) {
            return cached;
        }
        long hash = 0;
        for (int e = set.next(0); e >= 0; e = set.next(e + 1)) {
            hash ^= shuffle(set.hashAt(e));
        }
        hash ^= (set.size() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        set.cacheHash(hash);
        return hash;
    }
}
