package org.loopscope.engine;

/**
 * What {@code async with} does on a {@link Lock}, {@link Condition} or {@link Semaphore}, as CPython's
 * {@code locks._ContextManagerMixin}: {@code __aenter__} awaits {@link #acquire()} and returns None,
 * {@code __aexit__} calls {@link #release()}.
 */
public interface ContextManagerMixin {

    /** The {@code acquire()} coroutine. */
    Coroutine acquire();

    /** {@code release()}. */
    void release();

    /** {@code __aenter__()}: a coroutine that awaits {@link #acquire()} and returns None (null). */
    default Coroutine aenter() {
        return new LibraryCoroutine("_ContextManagerMixin.__aenter__", "locks.py", 14) {
            private boolean started;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!started) {
                    started = true;
                    return awaitAt(15, acquire());
                }
                return returnValue(null);
            }
        };
    }

    /**
     * {@code __aexit__(exc_type, exc, tb)}: a coroutine that calls {@link #release()} and returns None, which
     * lets any exception of the {@code async with} body go on.
     */
    default Coroutine aexit() {
        return new LibraryCoroutine("_ContextManagerMixin.__aexit__", "locks.py", 20) {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                release();
                return returnValue(null);
            }
        };
    }
}
