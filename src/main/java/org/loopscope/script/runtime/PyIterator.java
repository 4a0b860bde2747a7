package org.loopscope.script.runtime;

/**
 * A Python iterator implemented in Java (the builtin iterators; the VM's generators): {@link #next()} returns the
 * next value, or {@link #STOP} when exhausted, instead of raising {@code StopIteration}. Python code sees
 * {@code __next__} raising StopIteration as usual.
 */
public interface PyIterator extends PyObj {

    /** Returned by {@link #next()} and {@link PyOps#next(Object)} when there are no more values; not a Python value. */
    Object STOP = new Object() {
        @Override
        public String toString() {
            return "<stop>";
        }
    };

    /** The next value, or {@link #STOP}. */
    Object next();

    /** {@code __length_hint__}, or -1 if unknown; lets list() size its array. */
    default long lengthHint() {
        return -1;
    }
}
