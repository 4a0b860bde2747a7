package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code asyncio.Lock} as CPython 3.11.7 has it: not owned by a task; {@link #acquire()} takes it at once when it
 * is unlocked and nobody is queued (or everybody queued was cancelled), otherwise queues a waiter future and
 * suspends. {@link #release()} wakes the first waiter, which takes the lock when it runs; meanwhile nobody else
 * can take it, which makes the lock fair. A waiter cancelled after its wake-up passes the wake-up on.
 */
public class Lock extends LoopBound implements ContextManagerMixin {

    private ArrayDeque<Future> waiters;
    private boolean locked;

    /** An unlocked lock of {@code engine}'s run, bound to a loop on first wait. */
    public Lock(Engine engine) {
        super(engine);
    }

    /** {@code locked()}: whether the lock is held. */
    public boolean locked() {
        return locked;
    }

    /** {@code acquire()}: a coroutine that returns True once the lock is held by its caller. */
    @Override
    public Coroutine acquire() {
        return new Acquire();
    }

    /** {@code release()}: unlocks and wakes the first waiter; {@code RuntimeError} if the lock is not held. */
    @Override
    public void release() {
        if (!locked) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "Lock is not acquired.");
        }
        locked = false;
        wakeUpFirst();
    }

    /** The waiter futures, first in line first (a copy, for inspection). */
    public List<Future> waiters() {
        return waiters == null ? List.of() : new ArrayList<>(waiters);
    }

    /** {@code _wake_up_first()}: a waiter already woken will take the lock or pass the wake-up on itself. */
    private void wakeUpFirst() {
        if (waiters == null || waiters.isEmpty()) {
            return;
        }
        Future first = waiters.peekFirst();
        if (!first.done()) {
            first.setResult(Boolean.TRUE);
        }
    }

    private boolean allWaitersCancelled() {
        return waiters == null || waiters.stream().allMatch(Future::cancelled);
    }

    @Override
    public String kind() {
        return "Lock";
    }

    /** CPython's repr: {@code <asyncio.locks.Lock object at 0x7f... [locked, waiters:2]>}. */
    @Override
    public String toString() {
        return locksRepr(locked ? "locked" : "unlocked", waiters == null ? 0 : waiters.size());
    }

    /** {@code Lock.acquire}: suspends only at {@code await fut} (locks.py line 114). */
    private final class Acquire extends LibraryCoroutine {
        private Future fut;

        Acquire() {
            super("Lock.acquire", "locks.py", 93);
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (fut == null) {
                if (error != null) {
                    throw error;
                }
                if (!locked && allWaitersCancelled()) {
                    locked = true;
                    return returnValue(Boolean.TRUE);
                }
                if (waiters == null) {
                    waiters = new ArrayDeque<>();
                }
                fut = newWaiter("Lock.acquire");
                waiters.add(fut);
                return awaitAt(114, fut);
            }
            // The finally clause runs before the CancelledError handler, so a cancelled waiter never wakes itself.
            waiters.remove(fut);
            if (error != null) {
                if (host.isCancelled(error) && !locked) {
                    wakeUpFirst();
                }
                throw error;
            }
            locked = true;
            return returnValue(Boolean.TRUE);
        }
    }
}
