package org.loopscope.engine;

import java.util.List;

/**
 * What the engine needs from whoever embeds it: how to make and recognise the exceptions a program sees, and
 * how to show a value. The script runtime answers with real Python objects; {@link JavaHost} answers for Java
 * code and tests. The engine never creates a user-visible exception any other way, so identity, class
 * hierarchy and {@code except} clauses all work on the program's side.
 */
public interface EngineHost {

    /** A new exception of {@code type}; {@code args} are its Python {@code args} (none, one message, ...). */
    RuntimeException newError(ErrorType type, Object... args);

    /** Whether {@code error} is an instance of {@code type} (subclasses included), as {@code isinstance} says. */
    boolean isInstance(Throwable error, ErrorType type);

    /**
     * A new exception group ({@code ExceptionGroup} when every member is an {@code Exception}, otherwise
     * {@code BaseExceptionGroup}), as {@code TaskGroup} raises.
     */
    RuntimeException newExceptionGroup(String message, List<RuntimeException> errors);

    /** Sets {@code error.__cause__} (as {@code raise error from cause} does). */
    void setCause(RuntimeException error, RuntimeException cause);

    /** Sets {@code error.__context__} (as raising {@code error} while handling {@code context} does). */
    void setContext(RuntimeException error, RuntimeException context);

    /** Python's {@code repr(value)}; {@code value} may be any result, exception or engine object. */
    String repr(Object value);

    /** The name of {@code value}'s Python class, as error messages quote it ({@code int}, {@code NoneType}). */
    String typeName(Object value);

    /** Python's {@code hash(value)} for its checks only: throws {@code TypeError: unhashable type} as CPython does. */
    default void checkHashable(Object value) {
    }

    /** {@code reprlib.repr(value)}: the repr, abbreviated as futures show their results. */
    default String shortRepr(Object value) {
        return repr(value);
    }

    /** Whether {@code error} is a {@code KeyboardInterrupt} or a {@code SystemExit}: those stop the loop. */
    default boolean isExitSignal(Throwable error) {
        return isInstance(error, ErrorType.KEYBOARD_INTERRUPT) || isInstance(error, ErrorType.SYSTEM_EXIT);
    }

    /** Whether {@code error} is a {@code CancelledError}. */
    default boolean isCancelled(Throwable error) {
        return isInstance(error, ErrorType.CANCELLED_ERROR);
    }

    /** Converts a Java exception that escaped from outside the program into something the program may see. */
    default RuntimeException adopt(Throwable error) {
        return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
    }
}
