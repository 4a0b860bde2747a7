package org.loopscope.engine.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Combinators;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Engine;
import org.loopscope.engine.Future;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.Task;
import org.loopscope.engine.WaitResult;

/**
 * {@code strategies.py}: {@code n} {@code sleep(0)} tasks collected by {@code asyncio.wait}, then {@code n} by
 * {@code gather}, then {@code n} by {@code as_completed}; prints {@code strategies A B C}, the three sums.
 * Measures the bookkeeping of each way of collecting the same work.
 */
final class Strategies {

    static final Workload WORKLOAD = new Workload("strategies", 40_000, "strategies 799980000 799980000 799980000",
            n -> engine -> run(engine, n));

    private Strategies() {
    }

    static String run(Engine engine, int n) {
        return (String) new Asyncio(engine).run(new Main(engine, n));
    }

    /** {@code async def work(i): await asyncio.sleep(0); return i}. */
    private static Coroutine work(Asyncio asyncio, int i) {
        return new SleepThenReturn("work", asyncio, 0, i);
    }

    private static List<Coroutine> works(Asyncio asyncio, int n) {
        List<Coroutine> works = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            works.add(work(asyncio, i));
        }
        return works;
    }

    /** {@code done, pending = await asyncio.wait(tasks); return sum(t.result() for t in done) + len(pending)}. */
    private static final class ByWait extends StepCoroutine {
        private final Asyncio asyncio;
        private final Combinators combinators;
        private final int n;
        private boolean waited;

        ByWait(Asyncio asyncio, Combinators combinators, int n) {
            super("by_wait");
            this.asyncio = asyncio;
            this.combinators = combinators;
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (!waited) {
                waited = true;
                List<Task> tasks = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    tasks.add(asyncio.getRunningLoop().createTask(work(asyncio, i)));
                }
                return await(combinators.wait(tasks));
            }
            WaitResult result = (WaitResult) value;
            long total = 0;
            for (Future task : result.done()) {
                total += ((Number) task.result()).longValue();
            }
            return returnValue(total + result.pending().size());
        }
    }

    /** {@code results = await asyncio.gather(*[work(i) for i in range(n)]); return sum(results)}. */
    private static final class ByGather extends StepCoroutine {
        private final Asyncio asyncio;
        private final int n;
        private boolean gathered;

        ByGather(Asyncio asyncio, int n) {
            super("by_gather");
            this.asyncio = asyncio;
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (!gathered) {
                gathered = true;
                return await(asyncio.gather(works(asyncio, n), false));
            }
            return returnValue(Sums.sum((List<?>) value));
        }
    }

    /** {@code for fut in asyncio.as_completed([work(i) for i in range(n)]): total += await fut}. */
    private static final class ByAsCompleted extends StepCoroutine {
        private final Asyncio asyncio;
        private final Combinators combinators;
        private final int n;
        private Iterator<Coroutine> futures;
        private long total;

        ByAsCompleted(Asyncio asyncio, Combinators combinators, int n) {
            super("by_as_completed");
            this.asyncio = asyncio;
            this.combinators = combinators;
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (futures == null) {
                futures = combinators.asCompleted(works(asyncio, n));
            } else {
                total += ((Number) value).longValue();
            }
            return futures.hasNext() ? await(futures.next()) : returnValue(total);
        }
    }

    /** {@code a = await by_wait(); b = await by_gather(); c = await by_as_completed()}, then the line. */
    private static final class Main extends StepCoroutine {
        private final Asyncio asyncio;
        private final Combinators combinators;
        private final int n;
        private final List<Object> sums = new ArrayList<>(3);

        Main(Engine engine, int n) {
            super("main");
            this.asyncio = new Asyncio(engine);
            this.combinators = new Combinators(engine);
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (value != null) {
                sums.add(value);
            }
            return switch (sums.size()) {
                case 0 -> await(new ByWait(asyncio, combinators, n));
                case 1 -> await(new ByGather(asyncio, n));
                case 2 -> await(new ByAsCompleted(asyncio, combinators, n));
                default -> returnValue("strategies " + sums.get(0) + " " + sums.get(1) + " " + sums.get(2));
            };
        }
    }
}
