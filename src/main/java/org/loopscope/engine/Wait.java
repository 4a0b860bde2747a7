package org.loopscope.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code asyncio.wait(fs, timeout=..., return_when=...)}: the {@code wait} coroutine, which checks its
 * arguments when it first runs and then awaits {@code _wait}, as CPython 3.11's {@code tasks.py} does.
 */
final class Wait extends StepCoroutine {

    private final Engine engine;
    private final Collection<?> fs;
    private final Double timeout;
    private final Object returnWhen;
    private int line = 399;

    Wait(Engine engine, Collection<?> fs, Double timeout, Object returnWhen) {
        super("wait");
        this.engine = engine;
        this.fs = fs;
        this.timeout = timeout;
        this.returnWhen = returnWhen;
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        if (line == 428) {
            if (error != null) {
                throw error;
            }
            return returnValue(value);
        }
        if (error != null) {
            throw error;
        }
        EngineHost host = engine.host();
        if (fs.isEmpty()) {
            throw host.newError(ErrorType.VALUE_ERROR, "Set of Tasks/Futures is empty.");
        }
        ReturnWhen when = ReturnWhen.of(host, returnWhen);
        // set(fs): each future once; Python's set order is by identity, ours is the order given.
        Set<Object> unique = new LinkedHashSet<>();
        boolean anyCoroutine = false;
        for (Object each : fs) {
            host.checkHashable(each);
            unique.add(each);
            anyCoroutine |= each instanceof Coroutine;
        }
        if (anyCoroutine) {
            throw host.newError(ErrorType.TYPE_ERROR, "Passing coroutines is forbidden, use tasks explicitly.");
        }
        EventLoop loop = engine.getRunningLoop();
        line = 428;
        return await(new Inner(unique, timeout, when, loop));
    }

    @Override
    public String describe() {
        return finished() ? SourceRefs.done("wait", "tasks.py", 399) : SourceRefs.running("wait", "tasks.py", line);
    }

    /** {@code _wait(fs, timeout, return_when, loop)}: one waiter future released by callbacks or a timer. */
    static final class Inner extends StepCoroutine {

        private final Set<Future> fs = new LinkedHashSet<>();
        private final Set<Object> given;
        private final Double timeout;
        private final ReturnWhen returnWhen;
        private final EventLoop loop;
        private Future waiter;
        private TimerHandle timeoutHandle;
        private int counter;
        private DoneCallback onCompletion;
        private int line = 507;

        Inner(Set<Object> given, Double timeout, ReturnWhen returnWhen, EventLoop loop) {
            super("_wait");
            this.given = given;
            this.timeout = timeout;
            this.returnWhen = returnWhen;
            this.loop = loop;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (line == 507) {
                if (error != null) {
                    throw error;
                }
                waiter = loop.createFuture();
                if (timeout != null) {
                    timeoutHandle = loop.callLater(timeout, SourceRefs.releaseWaiterTimer(waiter));
                }
                counter = given.size();
                onCompletion = DoneCallback.named(
                        "_wait.<locals>._on_completion()" + SourceRefs.at("tasks.py", 519), this::onCompletion);
                for (Object each : given) {
                    if (!(each instanceof Future f)) {
                        // f.add_done_callback(_on_completion) on something else: the callbacks added stay
                        line = 532;
                        throw loop.host().newError(ErrorType.ATTRIBUTE_ERROR, "'"
                                + loop.host().typeName(each) + "' object has no attribute "
                                + "'add_done_callback'");
                    }
                    f.addDoneCallback(onCompletion);
                    fs.add(f);
                }
                line = 535;
                return await(waiter);
            }
            // finally:
            if (timeoutHandle != null) {
                timeoutHandle.cancel();
            }
            for (Future f : fs) {
                f.removeDoneCallback(onCompletion);
            }
            if (error != null) {
                throw error;
            }
            Set<Future> done = new LinkedHashSet<>();
            Set<Future> pending = new LinkedHashSet<>();
            for (Future f : fs) {
                (f.done() ? done : pending).add(f);
            }
            return returnValue(new WaitResult(done, pending));
        }

        private void onCompletion(Future f) {
            counter--;
            if (counter <= 0
                    || returnWhen == ReturnWhen.FIRST_COMPLETED
                    || returnWhen == ReturnWhen.FIRST_EXCEPTION && !f.cancelled() && f.exception() != null) {
                if (timeoutHandle != null) {
                    timeoutHandle.cancel();
                }
                if (!waiter.done()) {
                    waiter.setResult(null);
                }
            }
        }

        @Override
        public String describe() {
            return finished() ? SourceRefs.done("_wait", "tasks.py", 507)
                    : SourceRefs.running("_wait", "tasks.py", line);
        }
    }
}
