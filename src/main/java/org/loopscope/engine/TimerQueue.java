package org.loopscope.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A binary min-heap of timers in {@link TimerHandle#compareTo} order, with bulk removal of cancelled ones. */
final class TimerQueue {

    private TimerHandle[] heap = new TimerHandle[64];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    TimerHandle peek() {
        return size == 0 ? null : heap[0];
    }

    void push(TimerHandle timer) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = timer;
        timer.heapIndex = size;
        siftUp(size++);
    }

    TimerHandle pop() {
        TimerHandle top = heap[0];
        TimerHandle last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            heap[0] = last;
            last.heapIndex = 0;
            siftDown(0);
        }
        top.heapIndex = -1;
        return top;
    }

    /** Drops every cancelled timer and restores the heap order (CPython does this when many are cancelled). */
    void removeCancelled() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            TimerHandle timer = heap[i];
            if (timer.cancelled()) {
                timer.scheduled = false;
                timer.heapIndex = -1;
            } else {
                heap[kept++] = timer;
            }
        }
        Arrays.fill(heap, kept, size, null);
        size = kept;
        for (int i = 0; i < size; i++) {
            heap[i].heapIndex = i;
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    void clear() {
        Arrays.fill(heap, 0, size, null);
        size = 0;
    }

    /** The timers in deadline order (a copy, for inspection). */
    List<TimerHandle> sorted() {
        List<TimerHandle> copy = new ArrayList<>(Arrays.asList(heap).subList(0, size));
        copy.sort(null);
        return copy;
    }

    private void siftUp(int index) {
        TimerHandle item = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            if (heap[parent].compareTo(item) <= 0) {
                break;
            }
            place(heap[parent], index);
            index = parent;
        }
        place(item, index);
    }

    private void siftDown(int index) {
        TimerHandle item = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && heap[right].compareTo(heap[child]) < 0) {
                child = right;
            }
            if (item.compareTo(heap[child]) <= 0) {
                break;
            }
            place(heap[child], index);
            index = child;
        }
        place(item, index);
    }

    private void place(TimerHandle timer, int index) {
        heap[index] = timer;
        timer.heapIndex = index;
    }
}
