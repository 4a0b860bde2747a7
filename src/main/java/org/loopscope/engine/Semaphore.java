package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code asyncio.Semaphore} as CPython 3.11.7 has it: a counter that {@link #acquire()} decrements and
 * {@link #release()} increments. A waker takes the unit on the waiter's behalf ({@code _wake_up_next} decrements
 * the counter as it sets the waiter's result), so a newcomer cannot take it first; a waiter cancelled after its
 * wake-up gives the unit back and wakes the next one.
 */
public class Semaphore extends LoopBound implements ContextManagerMixin {

    private ArrayDeque<Future> waiters;
    int value;

    /** {@code Semaphore(value)}; {@code ValueError} if {@code value} is negative. */
    public Semaphore(Engine engine, int value) {
        super(engine);
        if (value < 0) {
            throw host.newError(ErrorType.VALUE_ERROR, "Semaphore initial value must be >= 0");
        }
        this.value = value;
    }

    /** {@code Semaphore()}: one unit. */
    public Semaphore(Engine engine) {
        this(engine, 1);
    }

    /** The counter ({@code _value}). */
    public int value() {
        return value;
    }

    /** {@code locked()}: whether {@link #acquire()} would wait (no unit left, or a live waiter is queued). */
    public boolean locked() {
        return value == 0 || (waiters != null && waiters.stream().anyMatch(w -> !w.cancelled()));
    }

    /** {@code acquire()}: a coroutine that returns True once its caller holds a unit. */
    @Override
    public Coroutine acquire() {
        return new Acquire();
    }

    /** {@code release()}: gives a unit back and wakes the first waiter not yet woken. */
    @Override
    public void release() {
        value++;
        wakeUpNext();
    }

    /** The waiter futures, first in line first (a copy, for inspection). */
    public List<Future> waiters() {
        return waiters == null ? List.of() : new ArrayList<>(waiters);
    }

    /** {@code _wake_up_next()}: hands a unit to the first waiter not done. */
    private void wakeUpNext() {
        if (waiters == null) {
            return;
        }
        for (Future fut : waiters) {
            if (!fut.done()) {
                value--;
                fut.setResult(Boolean.TRUE);
                return;
            }
        }
    }

    @Override
    public String kind() {
        return "Semaphore";
    }

    /** CPython's repr: {@code <asyncio.locks.Semaphore object at 0x7f... [unlocked, value:2]>}. */
    @Override
    public String toString() {
        return locksRepr(locked() ? "locked" : "unlocked, value:" + value, waiters == null ? 0 : waiters.size());
    }

    /** {@code Semaphore.acquire}: suspends only at {@code await fut} (locks.py line 387). */
    private final class Acquire extends LibraryCoroutine {
        private Future fut;

        Acquire() {
            super("Semaphore.acquire", "locks.py", 364);
        }

        @Override
        protected Resumption resume(Object result, RuntimeException error) {
            if (fut == null) {
                if (error != null) {
                    throw error;
                }
                if (!locked()) {
                    value--;
                    return returnValue(Boolean.TRUE);
                }
                if (waiters == null) {
                    waiters = new ArrayDeque<>();
                }
                fut = newWaiter("Semaphore.acquire");
                waiters.add(fut);
                return awaitAt(387, fut);
            }
            waiters.remove(fut);
            if (error != null) {
                // Woken (a unit was taken for us) but cancelled before running: give the unit back.
                if (host.isCancelled(error) && !fut.cancelled()) {
                    value++;
                    wakeUpNext();
                }
                throw error;
            }
            if (value > 0) {
                wakeUpNext();
            }
            return returnValue(Boolean.TRUE);
        }
    }
}
