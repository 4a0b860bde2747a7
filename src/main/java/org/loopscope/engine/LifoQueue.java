package org.loopscope.engine;

import java.util.ArrayList;
import java.util.List;

/** {@code asyncio.LifoQueue}: a {@link Queue} that hands out the most recently added item first. */
public class LifoQueue extends Queue {

    /** An unbounded LIFO queue. */
    public LifoQueue(Engine engine) {
        this(engine, 0);
    }

    /** {@code LifoQueue(maxsize)}. */
    public LifoQueue(Engine engine, int maxsize) {
        super(engine, maxsize, new Stack());
    }

    @Override
    public String kind() {
        return "LifoQueue";
    }

    /** A Python list used as a stack: append and pop at the end. */
    private static final class Stack implements Queue.Store {
        private final List<Object> items = new ArrayList<>();

        @Override
        public void put(Object item) {
            items.add(item);
        }

        @Override
        public Object take() {
            return items.remove(items.size() - 1);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public List<Object> snapshot() {
            return new ArrayList<>(items);
        }
    }
}
