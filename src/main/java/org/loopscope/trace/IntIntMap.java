package org.loopscope.trace;

import java.util.Arrays;

/** A map from int keys to int values without boxing (open addressing, linear probing), for the recorder. */
final class IntIntMap {

    private static final int FREE = Integer.MIN_VALUE;

    private int[] keys = filled(16);
    private int[] values = new int[16];
    private int size;

    private static int[] filled(int n) {
        int[] array = new int[n];
        Arrays.fill(array, FREE);
        return array;
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(int key, int missing) {
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            int found = keys[slot];
            if (found == key) {
                return values[slot];
            }
            if (found == FREE) {
                return missing;
            }
        }
    }

    /** Sets {@code key} to {@code value} ({@code key} must not be {@link Integer#MIN_VALUE}). */
    void put(int key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == FREE) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    /** Removes {@code key}; returns its value, or {@code missing}. */
    int remove(int key, int missing) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != key) {
            if (keys[slot] == FREE) {
                return missing;
            }
            slot = (slot + 1) & mask;
        }
        int value = values[slot];
        // Backward-shift deletion keeps every later key of the probe run reachable.
        int hole = slot;
        for (int next = (hole + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            int home = mix(keys[next]) & mask;
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
        }
        keys[hole] = FREE;
        size--;
        return value;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = filled(oldKeys.length * 2);
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != FREE) {
                put(oldKeys[k], oldValues[k]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
