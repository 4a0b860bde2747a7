package org.loopscope.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A loop's async-generator hooks, as CPython's {@code BaseEventLoop} installs them while it runs: the first
 * iteration of an async generator registers it ({@code _asyncgen_firstiter_hook}); a generator dropped while
 * suspended has its {@code aclose()} scheduled as a task ({@code _asyncgen_finalizer_hook}); and
 * {@code shutdown_asyncgens()} closes every one still registered, each as a task, before {@code asyncio.run}
 * closes the loop. Registration order stands in for CPython's weak-set order.
 */
public final class AsyncGenHooks {

    private final EventLoop loop;
    private final Set<AsyncGenerator> alive = new LinkedHashSet<>();
    private boolean shutdownCalled;

    AsyncGenHooks(EventLoop loop) {
        this.loop = loop;
    }

    /** The generator's first {@code __anext__}/{@code asend}/{@code athrow}/{@code aclose} while this loop ran. */
    public void firstIter(AsyncGenerator agen) {
        alive.add(agen);
    }

    /** The generator is gone without having finished: its {@code aclose()} runs as a task, if the loop is open. */
    public void finalizer(AsyncGenerator agen) {
        alive.remove(agen);
        if (!loop.isClosed()) {
            Coroutine closing = agen.aclose();
            loop.callSoon(Callback.named("BaseEventLoop.create_task()", () -> loop.createTask(closing)));
        }
    }

    /** The generator finished and is gone: nothing is left to close. */
    public void forget(AsyncGenerator agen) {
        alive.remove(agen);
    }

    /** {@code loop.shutdown_asyncgens()}: closes every registered generator, each {@code aclose()} as a task. */
    public Coroutine shutdown() {
        return new StepCoroutine("BaseEventLoop.shutdown_asyncgens") {
            private List<AsyncGenerator> closing;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (closing == null) {
                    shutdownCalled = true;
                    if (alive.isEmpty()) {
                        return returnValue(null);
                    }
                    closing = new ArrayList<>(alive);
                    alive.clear();
                    List<Coroutine> aclose = new ArrayList<>(closing.size());
                    for (AsyncGenerator agen : closing) {
                        aclose.add(agen.aclose());
                    }
                    return await(GatheringFuture.gather(loop, aclose, true));
                }
                List<?> results = (List<?>) value;
                for (int i = 0; i < results.size(); i++) {
                    if (results.get(i) instanceof RuntimeException e
                            && loop.host().isInstance(e, ErrorType.EXCEPTION)) {
                        loop.callExceptionHandler(new ErrorContext("an error occurred during closing of "
                                + "asynchronous generator " + loop.host().repr(closing.get(i)), e, null, null));
                    }
                }
                return returnValue(null);
            }

            @Override
            public String describe() {
                return "BaseEventLoop.shutdown_asyncgens() running at " + Engine.CPYTHON_ASYNCIO
                        + "/base_events.py:539";
            }
        };
    }

    /** Whether {@code shutdown_asyncgens()} has run. */
    public boolean shutdownCalled() {
        return shutdownCalled;
    }
}
