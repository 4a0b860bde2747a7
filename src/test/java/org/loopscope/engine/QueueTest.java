package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.Transcript.expected;
import static org.loopscope.engine.support.Transcript.r;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;
import org.loopscope.engine.support.Transcript;

/** {@link Queue}, {@link PriorityQueue} and {@link LifoQueue} against CPython: each test mirrors {@code NAME.py}. */
class QueueTest {

    private final Engine engine = Engine.forJava();
    private final EngineHost host = engine.host();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();

    @Test
    void conformanceCaseQueueProducerConsumer() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Queue q = new Queue(engine, 2);
            Coroutine producer = coroutines.async("producer", inner -> {
                for (int i = 0; i < 5; i++) {
                    inner.await(q.put(i));
                    out.print("put", i);
                }
                inner.await(q.put(null));
                return null;
            });
            Coroutine consumer = coroutines.async("consumer", inner -> {
                while (true) {
                    Object item = inner.await(q.get());
                    q.taskDone();
                    if (item == null) {
                        break;
                    }
                    out.print("got", item);
                    inner.await(asyncio.sleep(0.01));
                }
                return null;
            });
            co.await(asyncio.gather(List.of(producer, consumer), false));
            co.await(q.join());
            out.print("empty", q.empty());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "16_queue_producer_consumer"));
    }

    @Test
    void joinWaitsForTaskDoneOfEveryItem() {
        coroutines.run(asyncio, coroutines.async("start", co -> {
            double t0 = asyncio.getRunningLoop().time();
            Queue q = new Queue(engine);
            out.print("join on empty queue returns", co.await(q.join()));
            for (int i = 1; i < 5; i++) {
                q.putNowait(i);
            }
            out.print(q.str());
            List<Task> workers = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                String name = "w" + n;
                workers.add(asyncio.createTask(coroutines.async("worker", inner -> {
                    while (true) {
                        int item = (Integer) inner.await(q.get());
                        out.print(name, "got", item, q.str());
                        inner.await(asyncio.sleep(0.1 * item));
                        q.taskDone();
                        out.print(name, "done with", item, q.str());
                    }
                }), null));
            }
            co.await(q.join());
            out.print("joined at", Math.round((asyncio.getRunningLoop().time() - t0) * 10) / 10.0, q.str());
            workers.forEach(Task::cancel);
            co.await(asyncio.gather(workers, true));
            out.print(q.str());
            try {
                q.taskDone();
            } catch (PythonError e) {
                assertThat(host.isInstance(e, ErrorType.VALUE_ERROR)).isTrue();
                out.print("ValueError:", e);
            }
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "queue_join"));
    }

    @Test
    void nowaitErrorsAndFifoLifoAndHeapOrder() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Queue q = new Queue(engine, 2);
            out.print(r(q), q.maxsize(), q.qsize(), q.empty(), q.full());
            q.putNowait("a");
            q.putNowait("b");
            out.print(q.str(), q.qsize(), q.empty(), q.full());
            try {
                q.putNowait("c");
            } catch (PythonError e) {
                assertThat(host.isInstance(e, ErrorType.QUEUE_FULL)).isTrue();
                out.print("QueueFull", host.repr(e));
            }
            out.print(q.getNowait(), q.getNowait(), q.str());
            try {
                q.getNowait();
            } catch (PythonError e) {
                assertThat(host.isInstance(e, ErrorType.QUEUE_EMPTY)).isTrue();
                out.print("QueueEmpty", host.repr(e));
            }
            Queue unbounded = new Queue(engine, 0);
            for (int i = 0; i < 5; i++) {
                unbounded.putNowait(i);
            }
            out.print(unbounded.str(), unbounded.full());

            PriorityQueue pq = new PriorityQueue(engine);
            for (int n : new int[] {5, 1, 4, 1, 3, 9, 2, 6, 5, 3}) {
                pq.putNowait(n);
                out.print(pq.str());
            }
            List<Object> order = new ArrayList<>();
            while (!pq.empty()) {
                order.add(pq.getNowait());
                out.print(pq.str());
            }
            out.print("priority order", order);

            LifoQueue lq = new LifoQueue(engine, 3);
            for (int n = 1; n <= 3; n++) {
                co.await(lq.put(n));
            }
            out.print(lq.str(), lq.full());
            List<Object> lifo = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                lifo.add(co.await(lq.get()));
            }
            out.print("lifo order", lifo);
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "queue_nowait"));
    }

    private Coroutine getter(Queue q, String name) {
        return coroutines.async("getter", co -> {
            Object item;
            try {
                item = co.await(q.get());
            } catch (RuntimeException e) {
                if (host.isCancelled(e)) {
                    out.print(name, "get cancelled", q.str());
                }
                throw e;
            }
            out.print(name, "got", item, q.str());
            return null;
        });
    }

    private Coroutine putter(Queue q, String name, Object item) {
        return coroutines.async("putter", co -> {
            try {
                co.await(q.put(item));
            } catch (RuntimeException e) {
                if (host.isCancelled(e)) {
                    out.print(name, "put cancelled", q.str());
                }
                throw e;
            }
            out.print(name, "put", item, q.str());
            return null;
        });
    }

    @Test
    void cancellingABlockedGetOrPutLosesNothing() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Queue q = new Queue(engine);
            Map<String, Task> gs = new LinkedHashMap<>();
            for (String name : List.of("a", "b", "c")) {
                gs.put(name, asyncio.createTask(getter(q, name), null));
            }
            co.await(asyncio.sleep(0));
            out.print(q.str());
            gs.get("a").cancel();
            co.await(asyncio.sleep(0));
            out.print("a cancelled while waiting", q.str());
            q.putNowait("x");
            out.print("put x", q.str());
            gs.get("b").cancel();
            co.await(asyncio.sleep(0));
            out.print("b cancelled after its wake-up", q.str());
            co.await(asyncio.gather(new ArrayList<>(gs.values()), true));
            out.print("getters done", q.str());

            Queue bounded = new Queue(engine, 1);
            bounded.putNowait("first");
            Map<String, Task> ps = new LinkedHashMap<>();
            for (String name : List.of("p", "q", "s")) {
                ps.put(name, asyncio.createTask(putter(bounded, name, name.toUpperCase()), null));
            }
            co.await(asyncio.sleep(0));
            out.print(bounded.str());
            ps.get("p").cancel();
            co.await(asyncio.sleep(0));
            out.print("p cancelled while waiting", bounded.str());
            out.print("took", bounded.getNowait(), bounded.str());
            ps.get("q").cancel();
            co.await(asyncio.sleep(0));
            out.print("q cancelled after its wake-up", bounded.str());
            co.await(asyncio.sleep(0));
            out.print("took", bounded.getNowait(), bounded.str());
            co.await(asyncio.gather(new ArrayList<>(ps.values()), true));
            out.print("putters done", bounded.str(), ps.values().stream().map(Task::cancelled).toList());
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "queue_cancel"));
    }

    /** priority_ties.py's {@code Item}: ordered by priority only, shown as priority and name. */
    private record Item(int priority, String name) {
        @Override
        public String toString() {
            return priority + name;
        }
    }

    @Test
    void equalPrioritiesComeOutInHeapqOrder() {
        coroutines.run(asyncio, coroutines.async("main", co -> {
            PriorityQueue pq = new PriorityQueue(engine, 0,
                    (a, b) -> Integer.compare(((Item) a).priority(), ((Item) b).priority()));
            String[] names = {"a", "b", "c", "d", "e", "f", "g", "h"};
            for (int i = 0; i < names.length; i++) {
                co.await(pq.put(new Item(i % 2 == 0 ? 2 : 1, names[i])));
            }
            out.print(pq.str());
            List<Object> order = new ArrayList<>();
            while (!pq.empty()) {
                order.add(co.await(pq.get()));
                out.print(pq.str());
            }
            out.print(order);
            return null;
        }));
        assertThat(out.lines()).containsExactlyElementsOf(expected("sync", "priority_ties"));
    }

    /** As a Python class whose {@code __lt__} puts longer strings first would order them in a PriorityQueue. */
    @Test
    void priorityQueueUsesTheGivenLessThan() {
        // Longer strings first: the comparator stands for a Python __lt__ defined by the program.
        PriorityQueue pq = new PriorityQueue(engine, 0, (a, b) -> ((String) b).length() - ((String) a).length());
        for (String s : List.of("a", "ccc", "bb", "dddd")) {
            pq.putNowait(s);
        }
        List<Object> order = new ArrayList<>();
        while (!pq.empty()) {
            order.add(pq.getNowait());
        }
        assertThat(order).containsExactly("dddd", "ccc", "bb", "a");
        assertThat(pq.kind()).isEqualTo("PriorityQueue");
        assertThat(pq.toString()).matches("<PriorityQueue at 0x7f[0-9a-f]{10} maxsize=0 tasks=4>");
    }

    /**
     * A failed comparison leaves the heap as CPython's {@code heapq} leaves it (the item appended, the count not
     * incremented). Checked against CPython:
     * <pre>
     * pq = asyncio.PriorityQueue()
     * pq.put_nowait(1)
     * try: pq.put_nowait('one')
     * except TypeError as e: print(e)
     * print(str(pq))
     * pq.put_nowait(0.5); print(str(pq))
     * try: print(pq.get_nowait())
     * except TypeError as e: print(e)
     * print(str(pq))
     * </pre>
     */
    @Test
    void incomparableItemsRaiseTypeErrorWhereHeapqDoes() {
        PriorityQueue pq = new PriorityQueue(engine);
        pq.putNowait(1);
        try {
            pq.putNowait("one");
        } catch (PythonError e) {
            assertThat(host.isInstance(e, ErrorType.TYPE_ERROR)).isTrue();
            out.print(e);
        }
        out.print(pq.str());
        pq.putNowait(0.5);
        out.print(pq.str());
        try {
            out.print(pq.getNowait());
        } catch (PythonError e) {
            assertThat(host.isInstance(e, ErrorType.TYPE_ERROR)).isTrue();
            out.print(e);
        }
        out.print(pq.str());
        assertThat(out.lines()).containsExactly(
                "'<' not supported between instances of 'str' and 'int'",
                "<PriorityQueue maxsize=0 _queue=[1, 'one'] tasks=1>",
                "<PriorityQueue maxsize=0 _queue=[0.5, 'one', 1] tasks=2>",
                "'<' not supported between instances of 'int' and 'str'",
                "<PriorityQueue maxsize=0 _queue=['one', 1] tasks=2>");
    }

    /**
     * Checked against CPython:
     * <pre>
     * q = asyncio.LifoQueue(1)
     * get = asyncio.create_task(q.get()); await asyncio.sleep(0)
     * print(get._fut_waiter is not None)                 # True
     * q.put_nowait(1); await asyncio.sleep(0); print(get.result())      # 1
     * q.put_nowait(2)
     * put = asyncio.create_task(q.put(3)); join = asyncio.create_task(q.join()); await asyncio.sleep(0)
     * print(put._fut_waiter is not None, join._fut_waiter is not None, q)
     *                                   # True True &lt;LifoQueue maxsize=1 _queue=[2] _putters[1] tasks=2&gt;
     * q.task_done(); q.get_nowait(); q.task_done(); await put
     * q.get_nowait(); q.task_done(); await join; print(q)    # &lt;LifoQueue maxsize=1&gt;
     * </pre>
     */
    @Test
    void blockedOperationsWaitOnWaitersNamingTheQueue() {
        List<Object> seen = new ArrayList<>();
        coroutines.run(asyncio, coroutines.async("main", co -> {
            LifoQueue q = new LifoQueue(engine, 1);
            Task get = asyncio.createTask(q.get(), null);
            co.await(asyncio.sleep(0));
            seen.add(label(get));
            q.putNowait(1);
            co.await(asyncio.sleep(0));
            seen.add(get.result());
            q.putNowait(2);
            Task put = asyncio.createTask(q.put(3), null);
            Task join = asyncio.createTask(q.join(), null);
            co.await(asyncio.sleep(0));
            seen.add(label(put));
            seen.add(label(join));
            seen.add(q.str());
            q.taskDone();
            q.getNowait();
            q.taskDone();
            co.await(put);
            q.getNowait();
            q.taskDone();
            co.await(join);
            seen.add(q.str());
            return null;
        }));
        assertThat(seen).containsExactly("LifoQueue Queue.get", 1, "LifoQueue Queue.put", "LifoQueue Queue.join",
                "<LifoQueue maxsize=1 _queue=[2] _putters[1] tasks=2>", "<LifoQueue maxsize=1>");
    }

    private static Object label(Task task) {
        return task.waitingOn() instanceof WaiterFuture w ? w.owner().kind() + " " + w.operation() : task.waitingOn();
    }
}
