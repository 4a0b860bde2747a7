package org.loopscope.engine;

/**
 * Something the engine can drive step by step, as a task drives a Python coroutine: resume it with a value or
 * an exception, and it either suspends (handing out what it waits on) or returns.
 *
 * <p>Raising is an ordinary Java throw out of {@link #send} or {@link #throwInto}. The script VM implements
 * this for Python coroutines and generators; Java code and tests implement it with {@link StepCoroutine}.
 */
public interface Coroutine {

    /** Resumes the coroutine with {@code value} ({@code null} to start it), like Python's {@code coro.send}. */
    Resumption send(Object value);

    /** Resumes the coroutine by raising {@code error} at its suspension point, like {@code coro.throw}. */
    Resumption throwInto(RuntimeException error);

    /** Finishes a suspended coroutine without resuming it (Python's {@code coro.close()}). */
    default void close() {
    }

    /** The coroutine's qualified name, for example {@code main} or {@code Worker.run}. */
    String qualifiedName();

    /**
     * How the coroutine appears inside a task's repr, as CPython's {@code _format_coroutine} shows it:
     * {@code main() running at /abs/file.py:12} or {@code main() done, defined at /abs/file.py:8}.
     */
    default String describe() {
        return qualifiedName() + "()";
    }
}
