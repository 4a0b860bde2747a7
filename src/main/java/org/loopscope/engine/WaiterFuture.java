package org.loopscope.engine;

/**
 * The future a primitive hands out to a task that must wait ({@code self._get_loop().create_future()} in
 * CPython's {@code locks.py} and {@code queues.py}). It is an ordinary {@code Future} in every respect, repr
 * included; it only remembers which primitive made it and for which operation, for instruments and the trace.
 */
public final class WaiterFuture extends Future {

    private final Awaited owner;
    private final String operation;

    WaiterFuture(EventLoop loop, Awaited owner, String operation) {
        super(loop);
        this.owner = owner;
        this.operation = operation;
    }

    /** The primitive whose waiter list holds this future. */
    public Awaited owner() {
        return owner;
    }

    /**
     * The coroutine that waits on it, by CPython's qualified name: {@code Lock.acquire}, {@code Event.wait},
     * {@code Condition.wait}, {@code Semaphore.acquire}, {@code Queue.get}, {@code Queue.put} or {@code Queue.join}.
     */
    public String operation() {
        return operation;
    }
}
