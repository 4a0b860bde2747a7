package org.loopscope.engine.bench;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Engine;
import org.loopscope.engine.Queue;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;

/**
 * {@code queue_pipeline.py}: one producer puts {@code n} items, then one None per consumer, through
 * {@code asyncio.Queue(maxsize=100)}; four consumer tasks sum what they get until None; prints
 * {@code queue_pipeline COUNT TOTAL}. Measures Queue put/get with the queue full and empty in turn.
 */
final class QueuePipeline {

    static final Workload WORKLOAD = new Workload("queue_pipeline", 800_000, "queue_pipeline 800000 319999600000",
            n -> engine -> run(engine, n));
    static final int CONSUMERS = 4;
    static final int MAXSIZE = 100;

    private QueuePipeline() {
    }

    static String run(Engine engine, int n) {
        Asyncio asyncio = new Asyncio(engine);
        return (String) asyncio.run(new Main(engine, asyncio, n));
    }

    /** Runs the program and answers each consumer's {@code (total, count)} as Python prints the tuple. */
    static List<String> shares(Engine engine, int n) {
        Asyncio asyncio = new Asyncio(engine);
        Main main = new Main(engine, asyncio, n);
        asyncio.run(main);
        List<String> shares = new ArrayList<>();
        for (Object result : main.results) {
            long[] pair = (long[]) result;
            shares.add("(" + pair[0] + ", " + pair[1] + ")");
        }
        return shares;
    }

    /** {@code for i in range(n): await queue.put(i)}, then {@code await queue.put(None)} per consumer. */
    private static final class Producer extends StepCoroutine {
        private final Queue queue;
        private final int n;
        private int puts;

        Producer(Queue queue, int n) {
            super("producer");
            this.queue = queue;
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (puts < n + CONSUMERS) {
                int i = puts++;
                return await(queue.put(i < n ? Integer.valueOf(i) : null));
            }
            return returnValue(null);
        }
    }

    /** {@code while True: item = await queue.get(); if item is None: return total, count; ...}. */
    private static final class Consumer extends StepCoroutine {
        private final Queue queue;
        private boolean started;
        private long total;
        private long count;

        Consumer(Queue queue) {
            super("consumer");
            this.queue = queue;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (started) {
                if (value == null) {
                    return returnValue(new long[] {total, count});
                }
                total += (Integer) value;
                count++;
            }
            started = true;
            return await(queue.get());
        }
    }

    /** Starts the consumers, awaits the producer coroutine, gathers the consumers, answers the printed line. */
    private static final class Main extends StepCoroutine {
        private final Engine engine;
        private final Asyncio asyncio;
        private final int n;
        private int state;
        private List<Task> consumers;
        private List<?> results;

        Main(Engine engine, Asyncio asyncio, int n) {
            super("main");
            this.engine = engine;
            this.asyncio = asyncio;
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            switch (state++) {
                case 0 -> {
                    Queue queue = new Queue(engine, MAXSIZE);
                    consumers = new ArrayList<>(CONSUMERS);
                    for (int c = 0; c < CONSUMERS; c++) {
                        consumers.add(asyncio.getRunningLoop().createTask(new Consumer(queue)));
                    }
                    return await(new Producer(queue, n));
                }
                case 1 -> {
                    return await(asyncio.gather(consumers, false));
                }
                default -> {
                    results = (List<?>) value;
                    long total = 0;
                    long count = 0;
                    for (Object result : results) {
                        long[] pair = (long[]) result;
                        total += pair[0];
                        count += pair[1];
                    }
                    return returnValue("queue_pipeline " + count + " " + total);
                }
            }
        }
    }
}
