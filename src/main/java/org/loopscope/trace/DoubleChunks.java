package org.loopscope.trace;

import java.util.Arrays;

/** An append-only double sequence in fixed-size chunks, with frozen views; see {@link IntChunks}. */
final class DoubleChunks {

    private double[][] dir = new double[4][];
    private double[] current;
    private int size;

    /** Appends {@code value}; returns its index. */
    int add(double value) {
        int slot = size & IntChunks.MASK;
        if (slot == 0) {
            int chunk = size >>> IntChunks.SHIFT;
            if (chunk == dir.length) {
                dir = Arrays.copyOf(dir, chunk * 2);
            }
            current = new double[IntChunks.SIZE];
            dir[chunk] = current;
        }
        current[slot] = value;
        return size++;
    }

    double get(int index) {
        return dir[index >>> IntChunks.SHIFT][index & IntChunks.MASK];
    }

    int size() {
        return size;
    }

    /** The bytes the chunks hold (allocated, not only used). */
    long bytes() {
        long chunks = (size + IntChunks.MASK) >>> IntChunks.SHIFT;
        return chunks * (IntChunks.SIZE * 8L + 16) + dir.length * 8L;
    }

    View view() {
        return new View(dir, size);
    }

    /** The first {@code size} values of a chunk directory. */
    record View(double[][] dir, int size) {
        double get(int index) {
            return dir[index >>> IntChunks.SHIFT][index & IntChunks.MASK];
        }
    }
}
