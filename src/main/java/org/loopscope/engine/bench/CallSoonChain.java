package org.loopscope.engine.bench;

import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Callback;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;

/**
 * {@code call_soon_chain.py}: {@code n} {@code loop.call_soon} callbacks, each scheduling the next, the last
 * setting a future that {@code main} awaits; prints {@code call_soon_chain N}. Measures one loop iteration per
 * ready handle.
 */
final class CallSoonChain {

    static final Workload WORKLOAD = new Workload("call_soon_chain", 1_000_000, "call_soon_chain 1000000",
            n -> engine -> run(engine, n));

    private CallSoonChain() {
    }

    static String run(Engine engine, int n) {
        Asyncio asyncio = new Asyncio(engine);
        return (String) asyncio.run(new Main(asyncio, n));
    }

    /** {@code step(loop, fut, i)}: sets the future at {@code i == n}, else schedules {@code step(.., i + 1)}. */
    private record Step(EventLoop loop, Future fut, int i, int n) implements Callback {
        @Override
        public void run() {
            if (i == n) {
                fut.setResult(i);
            } else {
                loop.callSoon(new Step(loop, fut, i + 1, n));
            }
        }
    }

    /** {@code loop.call_soon(step, loop, fut, 1); count = await fut}. */
    private static final class Main extends StepCoroutine {
        private final Asyncio asyncio;
        private final int n;
        private boolean waited;

        Main(Asyncio asyncio, int n) {
            super("main");
            this.asyncio = asyncio;
            this.n = n;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            if (!waited) {
                waited = true;
                EventLoop loop = asyncio.getRunningLoop();
                Future fut = loop.createFuture();
                loop.callSoon(new Step(loop, fut, 1, n));
                return await(fut);
            }
            return returnValue("call_soon_chain " + value);
        }
    }
}
