package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code asyncio.as_completed(fs, timeout=...)}: CPython's generator as an iterator of coroutines, each of
 * which returns the result of the next future to finish (or raises its exception, or {@code TimeoutError} once
 * the timeout passed). Like the generator, nothing happens until the first {@link #hasNext}/{@link #next}: that
 * call wraps coroutines in tasks, adds the done callbacks and arms the timer; the number of coroutines is the
 * number of distinct futures at that moment.
 *
 * <p>Finished futures go through a queue that behaves as {@code asyncio.Queue}: taking from a non-empty queue
 * does not suspend, taking from an empty one awaits a getter future that the next put releases. The distinct
 * futures are taken in the order given; CPython's come from a Python set, ordered by identity.
 */
public final class AsCompleted implements Iterator<Coroutine> {

    /** Stands for the {@code None} that {@code _on_timeout} puts in the queue. */
    private static final Object TIMED_OUT = new Object();

    private final Asyncio asyncio;
    private final Collection<?> fs;
    private final Double timeout;
    private final Set<Future> todo = new LinkedHashSet<>();
    private final ArrayDeque<Object> done = new ArrayDeque<>();
    private final ArrayDeque<Future> getters = new ArrayDeque<>();
    private final DoneCallback onCompletion = DoneCallback.named(
            "as_completed.<locals>._on_completion()" + SourceRefs.at("tasks.py", 602), this::onCompletion);
    private TimerHandle timeoutHandle;
    private boolean started;
    private int remaining;

    AsCompleted(Asyncio asyncio, Collection<?> fs, Double timeout) {
        this.asyncio = asyncio;
        this.fs = fs;
        this.timeout = timeout;
    }

    @Override
    public boolean hasNext() {
        if (!started) {
            started = true;
            start();
        }
        return remaining > 0;
    }

    /** The next {@code _wait_for_one()} coroutine (not yet started). */
    @Override
    public Coroutine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return new WaitForOne();
    }

    /** Every remaining coroutine, as {@code list(as_completed(fs))} takes them. */
    public List<Coroutine> toList() {
        List<Coroutine> all = new ArrayList<>();
        forEachRemaining(all::add);
        return all;
    }

    private void start() {
        EventLoop loop = asyncio.getEventLoop();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object each : fs) {
            if (seen.add(each)) {
                todo.add(loop.ensureFuture(each));
            }
        }
        for (Future f : todo) {
            f.addDoneCallback(onCompletion);
        }
        if (!todo.isEmpty() && timeout != null) {
            timeoutHandle = loop.callLater(timeout, Callback.named(
                    "as_completed.<locals>._on_timeout()" + SourceRefs.at("tasks.py", 596), this::onTimeout));
        }
        remaining = todo.size();
    }

    private void onTimeout() {
        for (Future f : todo) {
            f.removeDoneCallback(onCompletion);
        }
        putNowait(TIMED_OUT);
        todo.clear();
    }

    private void onCompletion(Future f) {
        if (todo.isEmpty()) {
            return; // _on_timeout() came first
        }
        todo.remove(f);
        putNowait(f);
        if (todo.isEmpty() && timeoutHandle != null) {
            timeoutHandle.cancel();
        }
    }

    /** {@code Queue.put_nowait(item)} on the unbounded queue: append, then wake the first live getter. */
    private void putNowait(Object item) {
        done.add(item);
        wakeupNextGetter();
    }

    /** {@code Queue._wakeup_next(getters)}: releases the first getter not already done. */
    private void wakeupNextGetter() {
        while (!getters.isEmpty()) {
            Future getter = getters.poll();
            if (!getter.done()) {
                getter.setResult(null);
                break;
            }
        }
    }

    /** {@code _wait_for_one()}: {@code f = await done.get()}, then the result of {@code f}. */
    private final class WaitForOne extends StepCoroutine {
        private int line = 610;

        WaitForOne() {
            super("as_completed.<locals>._wait_for_one");
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (line == 610) {
                if (error != null) {
                    throw error;
                }
                line = 611;
                return await(new QueueGet());
            }
            if (error != null) {
                throw error;
            }
            if (value == TIMED_OUT) {
                throw asyncio.engine().host().newError(ErrorType.TIMEOUT_ERROR);
            }
            return returnValue(((Future) value).result());
        }

        @Override
        public String describe() {
            return finished() ? SourceRefs.done(qualifiedName(), "tasks.py", 610)
                    : SourceRefs.running(qualifiedName(), "tasks.py", line);
        }
    }

    /** {@code Queue.get()}: no suspension when an item is there; else await a getter until one is. */
    private final class QueueGet extends StepCoroutine {
        private Future getter;
        private int line = 149;

        QueueGet() {
            super("Queue.get");
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                if (getter != null) {
                    getter.cancel();
                    getters.remove(getter);
                    if (!done.isEmpty() && !getter.cancelled()) {
                        // Woken by a put but leaving: wake the next getter in line.
                        wakeupNextGetter();
                    }
                }
                throw error;
            }
            if (done.isEmpty()) {
                getter = asyncio.engine().getRunningLoop().createFuture();
                getters.add(getter);
                line = 158;
                return await(getter);
            }
            return returnValue(done.poll());
        }

        @Override
        public String describe() {
            return finished() ? SourceRefs.done("Queue.get", "queues.py", 149)
                    : SourceRefs.running("Queue.get", "queues.py", line);
        }
    }
}
