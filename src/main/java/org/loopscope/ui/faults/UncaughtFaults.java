package org.loopscope.ui.faults;

import java.util.Objects;

/**
 * Sends what no boundary caught to the error bar instead of to standard error: an exception thrown by an event
 * handler or a {@code runLater} action on the JavaFX thread (which JavaFX hands to that thread's uncaught-exception
 * handler and then goes on), and one that ends any other thread of the app.
 *
 * <p>The handlers belong to the threads, so they are process-wide: the app's one window installs them when it
 * opens, and a later window (in tests) takes them over.
 */
public final class UncaughtFaults {

    private UncaughtFaults() {
    }

    /** Installs the handlers; call it on the JavaFX thread. */
    public static void install(FaultBoundary boundary) {
        Objects.requireNonNull(boundary, "boundary");
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> boundary.report(Fault.Where.VIEW, error));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> boundary.report(Fault.Where.BACKGROUND, error));
    }
}
