package org.loopscope.trace;

import java.util.Arrays;

/**
 * An append-only int sequence stored in fixed-size chunks, so that growing never copies the values and a frozen
 * {@link View} stays valid while appending goes on: a view keeps the chunk directory of its moment and reads only
 * below its size. One writer thread; views may be read by others once published through a volatile write.
 */
final class IntChunks implements IntSeq {

    static final int SHIFT = 12;
    static final int SIZE = 1 << SHIFT;
    static final int MASK = SIZE - 1;

    private int[][] dir = new int[4][];
    private int[] current;
    private int size;

    /** Appends {@code value}; returns its index. */
    int add(int value) {
        int slot = size & MASK;
        if (slot == 0) {
            int chunk = size >>> SHIFT;
            if (chunk == dir.length) {
                dir = Arrays.copyOf(dir, chunk * 2);
            }
            current = new int[SIZE];
            dir[chunk] = current;
        }
        current[slot] = value;
        return size++;
    }

    @Override
    public int get(int index) {
        return dir[index >>> SHIFT][index & MASK];
    }

    /** Overwrites an appended value (a frozen view may see either value). */
    void set(int index, int value) {
        dir[index >>> SHIFT][index & MASK] = value;
    }

    @Override
    public int size() {
        return size;
    }

    /** The bytes the chunks hold (allocated, not only used). */
    long bytes() {
        long chunks = (size + MASK) >>> SHIFT;
        return chunks * (SIZE * 4L + 16) + dir.length * 8L;
    }

    /** The values appended so far, frozen. */
    View view() {
        return new View(dir, size);
    }

    /** The first {@code size} values of a chunk directory. */
    record View(int[][] dir, int size) implements IntSeq {
        @Override
        public int get(int index) {
            return dir[index >>> SHIFT][index & MASK];
        }
    }
}
