package org.loopscope.engine;

import java.util.Collection;
import java.util.Iterator;

/**
 * The {@code asyncio} functions that combine awaitables, for one run: {@code wait}, {@code as_completed},
 * {@code wait_for}, {@code shield}, {@code timeout}, {@code timeout_at} and {@code TaskGroup}, each written
 * from CPython 3.11.7's {@code tasks.py}, {@code timeouts.py} and {@code taskgroups.py} so that it suspends
 * where CPython's does and takes as many loop iterations. Awaitables are {@link Future}s or {@link Coroutine}s;
 * a timeout of null is Python's {@code None}.
 */
public final class Combinators {

    private final Engine engine;
    private final Asyncio asyncio;

    /** The functions for {@code engine}'s run. */
    public Combinators(Engine engine) {
        this.engine = engine;
        this.asyncio = new Asyncio(engine);
    }

    /**
     * {@code wait(fs, timeout=timeout, return_when=returnWhen)}: a coroutine returning a {@link WaitResult}.
     * When first run it raises {@code ValueError} for an empty {@code fs} or a {@code returnWhen} that is neither
     * a {@link ReturnWhen} nor its name, and {@code TypeError} if {@code fs} holds a coroutine. Every element
     * must be a {@link Future} or a {@link Coroutine} ({@code TypeError} for a lone future or coroutine, and
     * {@code AttributeError} for other objects, are the caller's to raise).
     */
    public Coroutine wait(Collection<?> fs, Double timeout, Object returnWhen) {
        return new Wait(engine, fs, timeout, returnWhen);
    }

    /** {@code wait(fs)}: all completed, no timeout. */
    public Coroutine wait(Collection<?> fs) {
        return wait(fs, null, ReturnWhen.ALL_COMPLETED);
    }

    /**
     * {@code as_completed(fs, timeout=timeout)}: coroutines returning results in completion order; lazy as
     * CPython's generator (see {@link AsCompleted}).
     */
    public AsCompleted asCompleted(Collection<?> fs, Double timeout) {
        return new AsCompleted(asyncio, fs, timeout);
    }

    /** {@code as_completed(fs)} without a timeout, as an {@link Iterator}. */
    public Iterator<Coroutine> asCompleted(Collection<?> fs) {
        return asCompleted(fs, null);
    }

    /**
     * {@code wait_for(aw, timeout)}: a coroutine returning the awaitable's result, or raising
     * {@code TimeoutError} after cancelling it when the timeout passes first.
     */
    public Coroutine waitFor(Object awaitable, Double timeout) {
        return new WaitFor(engine, awaitable, timeout);
    }

    /**
     * {@code shield(aw)}: a coroutine becomes a task at once; the future returned follows it, but cancelling
     * the returned future leaves it running. A done future is returned as it is.
     */
    public Future shield(Object awaitable) {
        return Shield.shield(asyncio.ensureFuture(awaitable));
    }

    /** {@code timeout(delay)}: a {@link Timeout} due {@code delay} seconds from now (null: never). */
    public Timeout timeout(Double delay) {
        EventLoop loop = engine.getRunningLoop();
        return new Timeout(engine, delay == null ? null : Double.valueOf(loop.time() + delay));
    }

    /** {@code timeout_at(when)}: a {@link Timeout} due at loop time {@code when} (null: never). */
    public Timeout timeoutAt(Double when) {
        return new Timeout(engine, when);
    }

    /** {@code TaskGroup()}. */
    public TaskGroup taskGroup() {
        return new TaskGroup(engine);
    }
}
