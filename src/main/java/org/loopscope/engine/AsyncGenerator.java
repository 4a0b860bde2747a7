package org.loopscope.engine;

/** An async generator as its loop's hooks see it: something {@code shutdown_asyncgens} and the finalizer close. */
public interface AsyncGenerator {

    /** A new coroutine that closes the generator when awaited ({@code agen.aclose()}). */
    Coroutine aclose();
}
