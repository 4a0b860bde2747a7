package org.loopscope.script.interp;

import org.loopscope.script.runtime.PyException;

/**
 * Something a frame can delegate to with {@code yield from} or {@code await} without going through Python-level
 * method calls: generators, coroutines, their wrappers and async-generator awaitables. Each call either suspends
 * (returns {@link Eval#SUSPENDED}, leaving what was yielded in {@link Interpreter#delegated}) or returns the
 * delegate's return value; raising is a Java throw.
 */
interface Delegate {

    /** Resumes with {@code value} ({@code None} for {@code next}). */
    Object delegateSend(Interpreter in, Object value);

    /** Resumes by raising {@code error} at the suspension point. */
    Object delegateThrow(Interpreter in, PyException error);

    /** Closes the delegate ({@code close()}); errors it raises propagate. */
    void delegateClose(Interpreter in);
}
