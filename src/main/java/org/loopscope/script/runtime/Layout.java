package org.loopscope.script.runtime;

/**
 * How instances of a class are stored in Java, decided by the nearest builtin base: plain objects are
 * {@link PyInstance}s, exceptions {@link PyException}s, exception groups {@link PyExceptionGroup}s. Builtin value
 * types ({@code int}, {@code list}...) have {@link #BUILTIN}: their own Java classes, and user classes may not
 * derive from them.
 */
public enum Layout {
    /** {@link PyInstance}: user classes deriving from {@code object} only. */
    OBJECT,
    /** {@link PyException}: {@code BaseException} and its subclasses. */
    EXCEPTION,
    /** {@link PyExceptionGroup}: {@code BaseExceptionGroup} and its subclasses. */
    EXCEPTION_GROUP,
    /** A builtin value type with its own Java representation. */
    BUILTIN;

    /** Whether a class with this layout may derive from a class with {@code base}'s layout. */
    boolean extendsLayout(Layout base) {
        return base == OBJECT || base == this || (this == EXCEPTION_GROUP && base == EXCEPTION);
    }
}
