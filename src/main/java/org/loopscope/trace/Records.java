package org.loopscope.trace;

import java.util.Arrays;

/**
 * Append-only records of a fixed number of int fields, stored interleaved in chunks of {@value #PER_CHUNK} records:
 * one append writes one place (the fields of an event lie side by side), growing never copies, and a frozen
 * {@link View} stays valid while appending goes on, as with {@link IntChunks}.
 */
final class Records {

    static final int SHIFT = 12;
    static final int PER_CHUNK = 1 << SHIFT;
    static final int MASK = PER_CHUNK - 1;

    private final int stride;
    private int[][] dir = new int[4][];
    private int[] current;
    private int size;

    /** Records of {@code stride} fields. */
    Records(int stride) {
        this.stride = stride;
    }

    /** Makes room for one more record; returns the offset of its first field in {@link #current()}. */
    private int next() {
        int slot = size & MASK;
        if (slot == 0) {
            int chunk = size >>> SHIFT;
            if (chunk == dir.length) {
                dir = Arrays.copyOf(dir, chunk * 2);
            }
            current = new int[PER_CHUNK * stride];
            dir[chunk] = current;
        }
        return slot * stride;
    }

    /** Appends a record of four fields; returns its index. */
    int add(int a, int b, int c, int d) {
        int at = next();
        int[] chunk = current;
        chunk[at] = a;
        chunk[at + 1] = b;
        chunk[at + 2] = c;
        chunk[at + 3] = d;
        return size++;
    }

    /** Appends a record of five fields; returns its index. */
    int add(int a, int b, int c, int d, int e) {
        int at = next();
        int[] chunk = current;
        chunk[at] = a;
        chunk[at + 1] = b;
        chunk[at + 2] = c;
        chunk[at + 3] = d;
        chunk[at + 4] = e;
        return size++;
    }

    /** Appends a record of six fields; returns its index. */
    int add(int a, int b, int c, int d, int e, int f) {
        int at = next();
        int[] chunk = current;
        chunk[at] = a;
        chunk[at + 1] = b;
        chunk[at + 2] = c;
        chunk[at + 3] = d;
        chunk[at + 4] = e;
        chunk[at + 5] = f;
        return size++;
    }

    /** Field {@code field} of record {@code record}. */
    int get(int record, int field) {
        return dir[record >>> SHIFT][(record & MASK) * stride + field];
    }

    /** Overwrites a field of an appended record (a frozen view may see either value). */
    void set(int record, int field, int value) {
        dir[record >>> SHIFT][(record & MASK) * stride + field] = value;
    }

    int size() {
        return size;
    }

    /** The bytes the chunks hold (allocated, not only used). */
    long bytes() {
        long chunks = (size + MASK) >>> SHIFT;
        return chunks * (PER_CHUNK * 4L * stride + 16) + dir.length * 8L;
    }

    /** The records appended so far, frozen. */
    View view() {
        return new View(dir, size, stride);
    }

    /** The first {@code size} records of a chunk directory. */
    record View(int[][] dir, int size, int stride) {
        int get(int record, int field) {
            return dir[record >>> SHIFT][(record & MASK) * stride + field];
        }
    }
}
