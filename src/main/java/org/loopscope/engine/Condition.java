package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code asyncio.Condition} as CPython 3.11.7 has it: a {@link Lock} (its own or one given) plus a list of
 * waiters. {@link #waitNotified()} releases the lock, waits for a notification, and always re-acquires the lock
 * before it returns or raises, even when cancelled; {@link #notifyWaiters(int)} wakes waiters in arrival order.
 * Python's {@code wait}, {@code notify} and {@code notify_all} are renamed because Java's {@code Object} owns
 * those names.
 */
public class Condition extends LoopBound implements ContextManagerMixin {

    private final Lock lock;
    private final ArrayDeque<Future> waiters = new ArrayDeque<>();

    /** A condition with a new lock of its own. */
    public Condition(Engine engine) {
        this(engine, null);
    }

    /** {@code Condition(lock)}: a condition over {@code lock} (a new lock when null). */
    public Condition(Engine engine, Lock lock) {
        super(engine);
        this.lock = lock == null ? new Lock(engine) : lock;
    }

    /** The underlying lock ({@code _lock}). */
    public Lock lock() {
        return lock;
    }

    /** {@code locked()}: the lock's state. */
    public boolean locked() {
        return lock.locked();
    }

    /** {@code acquire()}: the lock's acquire coroutine. */
    @Override
    public Coroutine acquire() {
        return lock.acquire();
    }

    /** {@code release()}: releases the lock. */
    @Override
    public void release() {
        lock.release();
    }

    /**
     * {@code wait()}: a coroutine that releases the lock, waits until notified, re-acquires the lock and returns
     * True. {@code RuntimeError('cannot wait on un-acquired lock')} if the lock is not held.
     */
    public Coroutine waitNotified() {
        return new Wait();
    }

    /**
     * {@code wait_for(predicate)}: calls {@code predicate} and, while {@code truthy} says its result is false,
     * waits to be notified and calls it again; returns the last result. The script layer passes the Python
     * callable and Python's truth test.
     */
    public Coroutine waitFor(Supplier<?> predicate, Predicate<Object> truthy) {
        return new WaitFor(Objects.requireNonNull(predicate), Objects.requireNonNull(truthy));
    }

    /** {@code wait_for(predicate)} for a Java predicate; returns {@code Boolean.TRUE}. */
    public Coroutine waitFor(BooleanSupplier predicate) {
        return waitFor(predicate::getAsBoolean, Boolean.TRUE::equals);
    }

    /**
     * {@code notify(n)}: wakes up to {@code n} waiters not yet woken, in arrival order; they return from
     * {@code wait()} once they hold the lock again. {@code RuntimeError} if the lock is not held.
     */
    public void notifyWaiters(int n) {
        if (!locked()) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "cannot notify on un-acquired lock");
        }
        int woken = 0;
        for (Future fut : waiters) {
            if (woken >= n) {
                break;
            }
            if (!fut.done()) {
                woken++;
                fut.setResult(Boolean.FALSE);
            }
        }
    }

    /** {@code notify_all()}: {@code notify(len(waiters))}. */
    public void notifyAllWaiters() {
        notifyWaiters(waiters.size());
    }

    /** The waiter futures in arrival order (a copy, for inspection). */
    public List<Future> waiters() {
        return new ArrayList<>(waiters);
    }

    @Override
    public String kind() {
        return "Condition";
    }

    /** CPython's repr: {@code <asyncio.locks.Condition object at 0x7f... [locked, waiters:2]>}. */
    @Override
    public String toString() {
        return locksRepr(locked() ? "locked" : "unlocked", waiters.size());
    }

    /** {@code Condition.wait}: suspends at {@code await fut} (line 267), then at {@code await self.acquire()} (277). */
    private final class Wait extends LibraryCoroutine {
        private int phase;
        private Future fut;
        private RuntimeException pending;
        private boolean cancelled;

        Wait() {
            super("Condition.wait", "locks.py", 248);
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            switch (phase) {
                case 0 -> {
                    if (error != null) {
                        throw error;
                    }
                    if (!locked()) {
                        throw host.newError(ErrorType.RUNTIME_ERROR, "cannot wait on un-acquired lock");
                    }
                    release();
                    try {
                        fut = newWaiter("Condition.wait");
                    } catch (RuntimeException raised) {
                        pending = raised;
                        return reacquire();
                    }
                    waiters.add(fut);
                    phase = 1;
                    return awaitAt(267, fut);
                }
                case 1 -> {
                    waiters.remove(fut);
                    pending = error;
                    return reacquire();
                }
                default -> {
                    return reacquired(error);
                }
            }
        }

        /** The outer finally clause: the lock must be held again, whatever happened. */
        private Resumption reacquire() {
            phase = 2;
            return awaitAt(277, acquire());
        }

        private Resumption reacquired(RuntimeException error) {
            if (error != null) {
                if (host.isCancelled(error)) {
                    cancelled = true;
                    return reacquire();
                }
                if (pending != null) {
                    host.setContext(error, pending);
                }
                throw error;
            }
            if (cancelled) {
                RuntimeException raised = host.newError(ErrorType.CANCELLED_ERROR);
                if (pending != null) {
                    host.setContext(raised, pending);
                }
                throw raised;
            }
            if (pending != null) {
                throw pending;
            }
            return returnValue(Boolean.TRUE);
        }
    }

    /** {@code Condition.wait_for}: suspends only at {@code await self.wait()} (locks.py line 294). */
    private final class WaitFor extends LibraryCoroutine {
        private final Supplier<?> predicate;
        private final Predicate<Object> truthy;

        WaitFor(Supplier<?> predicate, Predicate<Object> truthy) {
            super("Condition.wait_for", "locks.py", 285);
            this.predicate = predicate;
            this.truthy = truthy;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (error != null) {
                throw error;
            }
            Object result = predicate.get();
            if (truthy.test(result)) {
                return returnValue(result);
            }
            return awaitAt(294, waitNotified());
        }
    }
}
