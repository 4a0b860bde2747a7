package org.loopscope.ui.faults;

/**
 * Where the app catches its own exceptions: code that might fail (a view, an exporter, a panel refresh, a paint, a
 * session callback) runs through {@link #guard}, and what it throws is {@link #report reported} instead of
 * unwinding into JavaFX or ending a thread. The app goes on.
 */
public interface FaultBoundary {

    /** A boundary that catches nothing: view-models tested on their own see their exceptions. */
    FaultBoundary RETHROW = (where, error) -> {
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        throw new IllegalStateException(error);
    };

    /** Records and shows a fault caught at {@code where}; may be called on any thread. */
    void report(Fault.Where where, Throwable error);

    /** Runs {@code action}; what it throws is reported, not thrown. */
    default void guard(Fault.Where where, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | StackOverflowError | AssertionError error) {
            report(where, error);
        }
    }
}
