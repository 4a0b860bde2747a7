package org.loopscope.engine;

/**
 * What {@code loop.call_exception_handler(context)} receives: CPython's context dict as a record. Any field but
 * {@code message} may be null.
 */
public record ErrorContext(String message, RuntimeException exception, Future future, Handle handle) {
}
