package org.loopscope.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The loop's timer heap, operated as CPython's {@code heapq} operates {@code loop._scheduled}: the same push, pop
 * and heapify steps with the same comparison ({@link TimerHandle#before}), so timers whose deadlines tie leave in
 * the order CPython's heap gives them. Cancelled timers are dropped in bulk when many accumulate.
 */
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

    /** {@code heapq.heappush}. */
    void push(TimerHandle timer) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = timer;
        siftDown(0, size++);
    }

    /** {@code heapq.heappop}. */
    TimerHandle pop() {
        TimerHandle last = heap[--size];
        heap[size] = null;
        if (size == 0) {
            return last;
        }
        TimerHandle top = heap[0];
        heap[0] = last;
        siftUp(0);
        return top;
    }

    /** Drops every cancelled timer and re-heapifies the rest ({@code heapq.heapify}), as CPython does. */
    void removeCancelled() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            TimerHandle timer = heap[i];
            if (timer.cancelled()) {
                timer.scheduled = false;
            } else {
                heap[kept++] = timer;
            }
        }
        Arrays.fill(heap, kept, size, null);
        size = kept;
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftUp(i);
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

    /** heapq's {@code _siftdown}: moves the item at {@code pos} up towards {@code start} while it is smaller. */
    private void siftDown(int start, int pos) {
        TimerHandle item = heap[pos];
        while (pos > start) {
            int parent = (pos - 1) >>> 1;
            if (!item.before(heap[parent])) {
                break;
            }
            heap[pos] = heap[parent];
            pos = parent;
        }
        heap[pos] = item;
    }

    /** heapq's {@code _siftup}: moves the smaller child up to a leaf, then sifts the item back down. */
    private void siftUp(int pos) {
        int start = pos;
        TimerHandle item = heap[pos];
        int child = 2 * pos + 1;
        while (child < size) {
            int right = child + 1;
            if (right < size && !heap[child].before(heap[right])) {
                child = right;
            }
            heap[pos] = heap[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap[pos] = item;
        siftDown(start, pos);
    }
}
