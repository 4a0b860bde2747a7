package org.loopscope.engine;

/**
 * A synchronization primitive or queue a task can block on ({@link Lock}, {@link Event}, {@link Condition},
 * {@link Semaphore}, {@link Queue} and their subclasses). A blocked task waits on a {@link WaiterFuture} whose
 * {@link WaiterFuture#owner()} is the primitive, so a watcher can say "waiting on Lock" or "Queue.get" instead of
 * "waiting on a future".
 */
public interface Awaited {

    /** The primitive's Python class name ({@code type(obj).__name__}), e.g. {@code Lock} or {@code LifoQueue}. */
    String kind();
}
