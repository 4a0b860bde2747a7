package org.loopscope.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interned strings of a trace (task names, awaited descriptions, printed text): each distinct string is stored
 * once and events refer to it by number. Append-only, with frozen views like {@link IntChunks}.
 */
final class StringTable {

    /** The reference meaning "no text". */
    static final int NONE = -1;

    private static final int CACHE = 1024;

    private final Map<String, Integer> index = new HashMap<>();
    // Most texts are the same String objects again and again (callback names, task names): an identity cache
    // answers those without hashing.
    private final String[] cachedText = new String[CACHE];
    private final int[] cachedRef = new int[CACHE];
    private String[][] dir = new String[4][];
    private int size;

    /** About what a String object and a hash map entry weigh besides the characters. */
    private static final long STRING_BYTES = 56;
    private static final long MAP_ENTRY_BYTES = 48;
    private long textBytes;

    /** The reference of {@code text}, adding it if new; {@link #NONE} for null. */
    int intern(String text) {
        if (text == null) {
            return NONE;
        }
        int slot = System.identityHashCode(text) & (CACHE - 1);
        if (cachedText[slot] == text) {
            return cachedRef[slot];
        }
        Integer known = index.get(text);
        if (known != null) {
            cachedText[slot] = text;
            cachedRef[slot] = known;
            return known;
        }
        int chunk = size >>> IntChunks.SHIFT;
        if (chunk == dir.length) {
            dir = Arrays.copyOf(dir, chunk * 2);
        }
        if (dir[chunk] == null) {
            dir[chunk] = new String[IntChunks.SIZE];
        }
        dir[chunk][size & IntChunks.MASK] = text;
        index.put(text, size);
        textBytes += STRING_BYTES + MAP_ENTRY_BYTES + 2L * text.length();
        cachedText[slot] = text;
        cachedRef[slot] = size;
        return size++;
    }

    /** Adds {@code text} without looking for an equal one (for texts that are new, such as task names). */
    int add(String text) {
        int chunk = size >>> IntChunks.SHIFT;
        if (chunk == dir.length) {
            dir = Arrays.copyOf(dir, chunk * 2);
        }
        if (dir[chunk] == null) {
            dir[chunk] = new String[IntChunks.SIZE];
        }
        dir[chunk][size & IntChunks.MASK] = text;
        textBytes += STRING_BYTES + 2L * text.length();
        return size++;
    }

    String get(int ref) {
        return ref < 0 ? null : dir[ref >>> IntChunks.SHIFT][ref & IntChunks.MASK];
    }

    int size() {
        return size;
    }

    /** About the bytes the strings, their index and the directory take. */
    long bytes() {
        return textBytes + (long) ((size + IntChunks.MASK) >>> IntChunks.SHIFT) * IntChunks.SIZE * 8L
                + dir.length * 8L;
    }

    View view() {
        return new View(dir, size);
    }

    /** The strings interned so far, frozen. */
    record View(String[][] dir, int size) {
        String get(int ref) {
            return ref < 0 ? null : dir[ref >>> IntChunks.SHIFT][ref & IntChunks.MASK];
        }
    }
}
