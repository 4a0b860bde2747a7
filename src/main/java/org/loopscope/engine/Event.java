package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code asyncio.Event} as CPython 3.11.7 has it: a flag; {@link #set()} wakes every waiter at once and later
 * {@link #waitSet() waits} return at once until {@link #clear()}. A waiter woken by {@code set()} returns True
 * even if the flag was cleared again before it ran.
 */
public class Event extends LoopBound {

    private final ArrayDeque<Future> waiters = new ArrayDeque<>();
    private final Awaited waitedOn;
    private final String operation;
    private boolean value;

    /** An unset event of {@code engine}'s run, bound to a loop on first wait. */
    public Event(Engine engine) {
        this(engine, null, "Event.wait");
    }

    /** An event whose waiters show as waiting on {@code waitedOn} for {@code operation} (a queue's join). */
    Event(Engine engine, Awaited waitedOn, String operation) {
        super(engine);
        this.waitedOn = waitedOn == null ? this : waitedOn;
        this.operation = operation;
    }

    /** {@code is_set()}. */
    public boolean isSet() {
        return value;
    }

    /** {@code set()}: sets the flag and wakes every waiter not already woken or cancelled. */
    public void set() {
        if (value) {
            return;
        }
        value = true;
        for (Future fut : waiters) {
            if (!fut.done()) {
                fut.setResult(Boolean.TRUE);
            }
        }
    }

    /** {@code clear()}: resets the flag; waiters already woken still return True. */
    public void clear() {
        value = false;
    }

    /**
     * {@code wait()} (renamed: Java's {@code Object.wait} is final): a coroutine that returns True at once if the
     * flag is set, else once {@link #set()} is called.
     */
    public Coroutine waitSet() {
        return new Wait();
    }

    /** The waiter futures in arrival order (a copy, for inspection). */
    public List<Future> waiters() {
        return new ArrayList<>(waiters);
    }

    @Override
    public String kind() {
        return "Event";
    }

    /** CPython's repr: {@code <asyncio.locks.Event object at 0x7f... [unset, waiters:3]>}. */
    @Override
    public String toString() {
        return locksRepr(value ? "set" : "unset", waiters.size());
    }

    /** {@code Event.wait}: suspends only at {@code await fut} (locks.py line 213). */
    private final class Wait extends LibraryCoroutine {
        private Future fut;

        Wait() {
            super("Event.wait", "locks.py", 200);
        }

        @Override
        protected Resumption resume(Object result, RuntimeException error) {
            if (fut == null) {
                if (error != null) {
                    throw error;
                }
                if (value) {
                    return returnValue(Boolean.TRUE);
                }
                fut = new WaiterFuture(getLoop(), waitedOn, operation);
                waiters.add(fut);
                return awaitAt(213, fut);
            }
            waiters.remove(fut);
            if (error != null) {
                throw error;
            }
            return returnValue(Boolean.TRUE);
        }
    }
}
