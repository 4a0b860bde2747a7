package org.loopscope.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code asyncio.PriorityQueue}: a {@link Queue} that hands out the lowest item first, kept in a binary heap
 * exactly as Python's {@code heapq} keeps it (same sift steps, same comparisons), so the order of equal items
 * and the {@code _queue} shown by the repr are CPython's. Items are compared only with "less than":
 * {@code less.compare(a, b) < 0} stands for Python's {@code a < b}, which the script layer implements (and
 * which may raise, as {@code TypeError} does).
 */
public class PriorityQueue extends Queue {

    /** An unbounded priority queue of {@link Comparable} items. */
    public PriorityQueue(Engine engine) {
        this(engine, 0);
    }

    /** A priority queue of {@link Comparable} items in their natural order. */
    public PriorityQueue(Engine engine, int maxsize) {
        this(engine, maxsize, null);
    }

    /** A priority queue whose items are ordered by {@code less} (null: natural order of {@link Comparable}s). */
    public PriorityQueue(Engine engine, int maxsize, Comparator<Object> less) {
        super(engine, maxsize, new Heap(less == null ? naturalOrder(engine.host()) : less));
    }

    @Override
    public String kind() {
        return "PriorityQueue";
    }

    /** Natural order for Java stand-ins: numbers by value (as Python compares int and float), else Comparable. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> naturalOrder(EngineHost host) {
        return (a, b) -> {
            if (a instanceof Number x && b instanceof Number y) {
                return Double.compare(x.doubleValue(), y.doubleValue());
            }
            if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
                return ca.compareTo(b);
            }
            throw host.newError(ErrorType.TYPE_ERROR, "'<' not supported between instances of '"
                    + typeName(a) + "' and '" + typeName(b) + "'");
        };
    }

    /** The Python type name of a Java stand-in. */
    private static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        return value.getClass().getSimpleName();
    }

    /** {@code heapq.heappush}/{@code heappop} over a list, comparisons and moves as CPython's {@code _heapq}. */
    private static final class Heap implements Queue.Store {
        private final Comparator<Object> less;
        private final List<Object> heap = new ArrayList<>();

        Heap(Comparator<Object> less) {
            this.less = less;
        }

        private boolean lessThan(Object a, Object b) {
            return less.compare(a, b) < 0;
        }

        @Override
        public void put(Object item) {
            heap.add(item);
            siftDown(0, heap.size() - 1);
        }

        @Override
        public Object take() {
            Object last = heap.remove(heap.size() - 1);
            if (heap.isEmpty()) {
                return last;
            }
            Object first = heap.get(0);
            heap.set(0, last);
            siftUp(0);
            return first;
        }

        /** Moves the item at {@code pos} up towards {@code start} while it is less than its parent. */
        private void siftDown(int start, int pos) {
            Object item = heap.get(pos);
            while (pos > start) {
                int parentPos = (pos - 1) >> 1;
                Object parent = heap.get(parentPos);
                if (!lessThan(item, parent)) {
                    break;
                }
                heap.set(pos, parent);
                pos = parentPos;
            }
            heap.set(pos, item);
        }

        /** Moves the smaller child up until a leaf is reached, then sifts the item down from there (heapq). */
        private void siftUp(int pos) {
            int end = heap.size();
            int start = pos;
            Object item = heap.get(pos);
            int child = 2 * pos + 1;
            while (child < end) {
                int right = child + 1;
                if (right < end && !lessThan(heap.get(child), heap.get(right))) {
                    child = right;
                }
                heap.set(pos, heap.get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            heap.set(pos, item);
            siftDown(start, pos);
        }

        @Override
        public int size() {
            return heap.size();
        }

        @Override
        public List<Object> snapshot() {
            return new ArrayList<>(heap);
        }
    }
}
