package org.loopscope.trace;

/** A read-only sequence of ints, live or frozen at a published size. */
interface IntSeq {

    /** The value at {@code index}, which must be below {@link #size()}. */
    int get(int index);

    /** How many values there are. */
    int size();
}
