package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * {@code asyncio.Queue} as CPython 3.11.7 has it: first in, first out, bounded by {@code maxsize} (0 or less:
 * unbounded). {@link #get()} and {@link #put(Object)} wait on futures queued in {@code _getters}/{@code _putters};
 * each completed put wakes the next getter and each get the next putter, and a waiter cancelled after its
 * wake-up passes it on, so no item and no free slot is lost. {@link #join()} waits until {@link #taskDone()} was
 * called once per item put. Items may be null (Python's None).
 */
public class Queue extends LoopBound {

    /** Where the items live: {@code _init}/{@code _put}/{@code _get} of CPython's subclasses. */
    interface Store {
        void put(Object item);

        Object take();

        int size();

        /** The items in storage order ({@code list(self._queue)}). */
        List<Object> snapshot();
    }

    private final int maxsize;
    private final ArrayDeque<Future> getters = new ArrayDeque<>();
    private final ArrayDeque<Future> putters = new ArrayDeque<>();
    private int unfinishedTasks;
    private final Event finished;
    private final Store store;

    /** An unbounded queue. */
    public Queue(Engine engine) {
        this(engine, 0);
    }

    /** {@code Queue(maxsize)}: {@code put} waits while {@code maxsize} items are queued (never if 0 or less). */
    public Queue(Engine engine, int maxsize) {
        this(engine, maxsize, new Fifo());
    }

    Queue(Engine engine, int maxsize, Store store) {
        super(engine);
        this.maxsize = maxsize;
        this.finished = new Event(engine, this, "Queue.join");
        finished.set();
        this.store = store;
    }

    /** {@code maxsize}. */
    public int maxsize() {
        return maxsize;
    }

    /** {@code qsize()}: how many items are queued. */
    public int qsize() {
        return store.size();
    }

    /** {@code empty()}. */
    public boolean empty() {
        return store.size() == 0;
    }

    /** {@code full()}: never for an unbounded queue. */
    public boolean full() {
        return maxsize > 0 && qsize() >= maxsize;
    }

    /** {@code put(item)}: a coroutine that waits while the queue is full, then puts {@code item}; returns None. */
    public Coroutine put(Object item) {
        return new Put(item);
    }

    /** {@code put_nowait(item)}: {@code QueueFull} if full; wakes the first getter still waiting. */
    public void putNowait(Object item) {
        if (full()) {
            throw host.newError(ErrorType.QUEUE_FULL);
        }
        store.put(item);
        unfinishedTasks++;
        finished.clear();
        wakeupNext(getters);
    }

    /** {@code get()}: a coroutine that waits while the queue is empty, then removes and returns an item. */
    public Coroutine get() {
        return new Get();
    }

    /** {@code get_nowait()}: {@code QueueEmpty} if empty; wakes the first putter still waiting. */
    public Object getNowait() {
        if (empty()) {
            throw host.newError(ErrorType.QUEUE_EMPTY);
        }
        Object item = store.take();
        wakeupNext(putters);
        return item;
    }

    /** {@code task_done()}: one fewer unfinished item; {@code ValueError} if there was none. */
    public void taskDone() {
        if (unfinishedTasks <= 0) {
            throw host.newError(ErrorType.VALUE_ERROR, "task_done() called too many times");
        }
        unfinishedTasks--;
        if (unfinishedTasks == 0) {
            finished.set();
        }
    }

    /** {@code join()}: a coroutine that returns None once every item put has been marked done. */
    public Coroutine join() {
        return new Join();
    }

    /** {@code _unfinished_tasks}. */
    public int unfinishedTasks() {
        return unfinishedTasks;
    }

    /** The queued items in storage order (for a priority queue, heap order), a copy. */
    public List<Object> items() {
        return store.snapshot();
    }

    /** The futures of waiting getters, first in line first (a copy). */
    public List<Future> getters() {
        return new ArrayList<>(getters);
    }

    /** The futures of waiting putters, first in line first (a copy). */
    public List<Future> putters() {
        return new ArrayList<>(putters);
    }

    /** {@code _wakeup_next(waiters)}: drops waiters until one not done is found, and wakes it. */
    private static void wakeupNext(ArrayDeque<Future> waiters) {
        while (!waiters.isEmpty()) {
            Future waiter = waiters.pollFirst();
            if (!waiter.done()) {
                waiter.setResult(null);
                break;
            }
        }
    }

    @Override
    public String kind() {
        return "Queue";
    }

    /** CPython's repr: {@code <Queue at 0x7f... maxsize=2 _queue=[1, 2] tasks=2>}. */
    @Override
    public String toString() {
        return "<" + kind() + " at " + address() + " " + format() + ">";
    }

    /** CPython's {@code str()}: {@code <Queue maxsize=2 _queue=[1, 2] _getters[1] tasks=2>}. */
    public String str() {
        return "<" + kind() + " " + format() + ">";
    }

    private String format() {
        StringBuilder result = new StringBuilder("maxsize=").append(maxsize);
        if (store.size() > 0) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            store.snapshot().forEach(item -> items.add(host.repr(item)));
            result.append(" _queue=").append(items);
        }
        if (!getters.isEmpty()) {
            result.append(" _getters[").append(getters.size()).append(']');
        }
        if (!putters.isEmpty()) {
            result.append(" _putters[").append(putters.size()).append(']');
        }
        if (unfinishedTasks != 0) {
            result.append(" tasks=").append(unfinishedTasks);
        }
        return result.toString();
    }

    /** First in, first out; null items are kept as a marker because an ArrayDeque refuses null. */
    private static final class Fifo implements Store {
        private static final Object NULL = new Object();
        private final ArrayDeque<Object> items = new ArrayDeque<>();

        @Override
        public void put(Object item) {
            items.addLast(item == null ? NULL : item);
        }

        @Override
        public Object take() {
            Object item = items.pollFirst();
            return item == NULL ? null : item;
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public List<Object> snapshot() {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(item == NULL ? null : item));
            return copy;
        }
    }

    /** {@code Queue.put}: suspends only at {@code await putter} (queues.py line 120), once per full check. */
    private final class Put extends LibraryCoroutine {
        private final Object item;
        private Future putter;

        Put(Object item) {
            super("Queue.put", "queues.py", 110);
            this.item = item;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                if (putter != null) {
                    putter.cancel();
                    putters.remove(putter);
                    // Woken by get_nowait() but unable to take the slot: wake the next putter in line.
                    if (!full() && !putter.cancelled()) {
                        wakeupNext(putters);
                    }
                }
                throw error;
            }
            if (full()) {
                putter = newWaiter("Queue.put");
                putters.add(putter);
                return awaitAt(120, putter);
            }
            putNowait(item);
            return returnValue(null);
        }
    }

    /** {@code Queue.get}: suspends only at {@code await getter} (queues.py line 158), once per empty check. */
    private final class Get extends LibraryCoroutine {
        private Future getter;

        Get() {
            super("Queue.get", "queues.py", 149);
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                if (getter != null) {
                    getter.cancel();
                    getters.remove(getter);
                    // Woken by put_nowait() but unable to take the item: wake the next getter in line.
                    if (!empty() && !getter.cancelled()) {
                        wakeupNext(getters);
                    }
                }
                throw error;
            }
            if (empty()) {
                getter = newWaiter("Queue.get");
                getters.add(getter);
                return awaitAt(158, getter);
            }
            return returnValue(getNowait());
        }
    }

    /** {@code Queue.join}: suspends only at {@code await self._finished.wait()} (queues.py line 215). */
    private final class Join extends LibraryCoroutine {
        private boolean waited;

        Join() {
            super("Queue.join", "queues.py", 206);
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (!waited && unfinishedTasks > 0) {
                waited = true;
                return awaitAt(215, finished.waitSet());
            }
            return returnValue(null);
        }
    }
}
