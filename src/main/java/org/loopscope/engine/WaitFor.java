package org.loopscope.engine;

/**
 * {@code asyncio.wait_for(aw, timeout)} as CPython 3.11.7 writes it: a waiter future released by either the
 * awaited future's completion or a timer; on timeout the future is cancelled and waited for
 * ({@code _cancel_and_wait}), and its cancellation becomes {@code TimeoutError() from exc}.
 */
final class WaitFor extends StepCoroutine {

    private static final int DEFINED = 436;

    private final Engine engine;
    private final Double timeout;
    private Object awaitable;
    private Future fut;
    private EventLoop loop;
    private TimerHandle timeoutHandle;
    private DoneCallback cb;
    private RuntimeException cancelled;
    private int line = DEFINED;

    WaitFor(Engine engine, Object awaitable, Double timeout) {
        super("wait_for");
        this.engine = engine;
        this.awaitable = awaitable;
        this.timeout = timeout;
    }

    @Override
    protected Resumption resume(Object value, RuntimeException error) {
        switch (line) {
            case DEFINED:
                if (error != null) {
                    throw error;
                }
                return start();
            case 452:
                if (error != null) {
                    throw error;
                }
                return returnValue(value);
            case 460:
                if (error != null) {
                    throw error;
                }
                return resultOrTimeout();
            case 476:
                return afterWaiter(error);
            case 485:
                try {
                    if (error != null) {
                        throw error;
                    }
                    throw cancelled;
                } finally {
                    timeoutHandle.cancel();
                }
            case 495:
                try {
                    if (error != null) {
                        throw error;
                    }
                    return resultOrTimeout();
                } finally {
                    timeoutHandle.cancel();
                }
            default:
                throw new IllegalStateException("wait_for resumed after it finished");
        }
    }

    private Resumption start() {
        loop = engine.getRunningLoop();
        if (timeout == null) {
            line = 452;
            return await(awaitable);
        }
        if (timeout <= 0) {
            fut = loop.ensureFuture(awaitable);
            if (fut.done()) {
                return returnValue(fut.result());
            }
            line = 460;
            return await(new CancelAndWait(fut, loop));
        }
        Future waiter = loop.createFuture();
        timeoutHandle = loop.callLater(timeout, SourceRefs.releaseWaiterTimer(waiter));
        cb = SourceRefs.releaseWaiter(waiter);
        fut = loop.ensureFuture(awaitable);
        awaitable = null;
        fut.addDoneCallback(cb);
        line = 476;
        return await(waiter);
    }

    private Resumption afterWaiter(RuntimeException error) {
        boolean suspending = false;
        try {
            if (error != null) {
                if (!engine.host().isCancelled(error)) {
                    throw error;
                }
                if (fut.done()) {
                    return returnValue(fut.result());
                }
                fut.removeDoneCallback(cb);
                // The future must not run on after wait_for() returns (bpo-32751).
                cancelled = error;
                line = 485;
                suspending = true;
                return await(new CancelAndWait(fut, loop));
            }
            if (fut.done()) {
                return returnValue(fut.result());
            }
            fut.removeDoneCallback(cb);
            line = 495;
            suspending = true;
            return await(new CancelAndWait(fut, loop));
        } finally {
            if (!suspending) {
                timeoutHandle.cancel();
            }
        }
    }

    /** {@code return fut.result()}, a cancellation becoming {@code TimeoutError() from exc} (bpo-40607). */
    private Resumption resultOrTimeout() {
        try {
            return returnValue(fut.result());
        } catch (RuntimeException exc) {
            EngineHost host = engine.host();
            if (!host.isCancelled(exc)) {
                throw exc;
            }
            RuntimeException timeoutError = host.newError(ErrorType.TIMEOUT_ERROR);
            host.setContext(timeoutError, exc);
            host.setCause(timeoutError, exc);
            throw timeoutError;
        }
    }

    @Override
    public String describe() {
        return finished() ? SourceRefs.done("wait_for", "tasks.py", DEFINED)
                : SourceRefs.running("wait_for", "tasks.py", line);
    }

    /** {@code _cancel_and_wait(fut, loop)}: cancels {@code fut} and waits, on a waiter of its own, until done. */
    static final class CancelAndWait extends StepCoroutine {

        private final Future fut;
        private final EventLoop loop;
        private DoneCallback cb;
        private int line = 551;

        CancelAndWait(Future fut, EventLoop loop) {
            super("_cancel_and_wait");
            this.fut = fut;
            this.loop = loop;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (line == 551) {
                if (error != null) {
                    throw error;
                }
                Future waiter = loop.createFuture();
                cb = SourceRefs.releaseWaiter(waiter);
                fut.addDoneCallback(cb);
                try {
                    fut.cancel();
                } catch (RuntimeException raised) {
                    fut.removeDoneCallback(cb);
                    throw raised;
                }
                // Not fut itself: waiting on a waiter keeps _cancel_and_wait cancellable.
                line = 562;
                return await(waiter);
            }
            fut.removeDoneCallback(cb);
            if (error != null) {
                throw error;
            }
            return returnValue(null);
        }

        @Override
        public String describe() {
            return finished() ? SourceRefs.done("_cancel_and_wait", "tasks.py", 551)
                    : SourceRefs.running("_cancel_and_wait", "tasks.py", line);
        }
    }
}
