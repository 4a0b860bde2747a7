package org.loopscope.ui.faults;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.loopscope.ui.i18n.Message;

/**
 * The app's fault boundary and the state of its error bar: a fault reported on any thread is written to the
 * {@link FaultLog} at once (stack trace and version) and then shown on the UI thread as the bar's
 * {@link #faultProperty() fault} until dismissed. The bar speaks in plain words ({@link #summary()}); the stack
 * trace is only in the log and in {@link #details()}, which "Copy details" puts on the clipboard.
 *
 * <p>A fault that repeats (a paint that fails every frame) is logged in full {@link #LOGGED_REPEATS} times and
 * then only counted, so the log stays readable and small.
 */
public final class ErrorBarViewModel implements FaultBoundary {

    /** How often the same fault is written to the log in full. */
    static final int LOGGED_REPEATS = 3;

    private final String version;
    private final FaultLog log;
    private final Consumer<Runnable> uiThread;
    private final Clock clock;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Set<Fault.Where> failNext = EnumSet.noneOf(Fault.Where.class);
    private final ReadOnlyObjectWrapper<Fault> fault = new ReadOnlyObjectWrapper<>(this, "fault");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");

    /**
     * @param version  the app's name and version, which the details and the log name
     * @param log      where faults are written
     * @param uiThread runs a change of the bar on the UI thread ({@code Platform::runLater} in the app)
     * @param clock    the time a fault is stamped with
     */
    public ErrorBarViewModel(String version, FaultLog log, Consumer<Runnable> uiThread, Clock clock) {
        this.version = Objects.requireNonNull(version, "version");
        this.log = Objects.requireNonNull(log, "log");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void report(Fault.Where where, Throwable error) {
        try {
            Fault caught = new Fault(where, error, clock.instant(), remember(where, error));
            if (caught.repeats() < LOGGED_REPEATS) {
                log.write(version + " caught a fault while " + where.name().toLowerCase(java.util.Locale.ROOT)
                        + (caught.repeats() > 0 ? " (again)" : ""), caught.stackTrace());
            }
            uiThread.accept(() -> show(caught));
        } catch (RuntimeException | Error failedToReport) {
            // Reporting must never be the next fault; the original one is lost rather than the app.
        }
    }

    @Override
    public void guard(Fault.Where where, Runnable action) {
        FaultBoundary.super.guard(where, () -> {
            injectedFault(where);
            action.run();
        });
    }

    /**
     * For tests and for trying the boundary by hand: the next {@link #guard} at {@code where} throws an
     * {@link InjectedFault} inside the guarded code, as a bug there would.
     */
    public void failNext(Fault.Where where) {
        synchronized (failNext) {
            failNext.add(where);
        }
    }

    private void injectedFault(Fault.Where where) {
        boolean fail;
        synchronized (failNext) {
            fail = failNext.remove(where);
        }
        if (fail) {
            throw new InjectedFault(where);
        }
    }

    private synchronized int remember(Fault.Where where, Throwable error) {
        String signature = new Fault(where, error, clock.instant(), 0).signature();
        int before = seen.getOrDefault(signature, 0);
        seen.put(signature, before + 1);
        return before;
    }

    private void show(Fault caught) {
        count.set(count.get() + 1);
        fault.set(caught);
    }

    /** The fault the bar shows, or {@code null} when there is none (or it was dismissed). */
    public ReadOnlyObjectProperty<Fault> faultProperty() {
        return fault.getReadOnlyProperty();
    }

    /** How many faults were shown since the app started. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The bar's sentence for the fault shown, in plain words; {@code null} when there is none. */
    public Message summary() {
        Fault shown = fault.get();
        if (shown == null) {
            return null;
        }
        Message doing = Message.of(shown.where().key());
        return count.get() > 1 ? Message.of("fault.summary.more", doing, count.get() - 1)
                : Message.of("fault.summary", doing);
    }

    /** What "Copy details" copies: the version, the Java and OS, where, when, and the stack trace. */
    public String details() {
        Fault shown = fault.get();
        if (shown == null) {
            return "";
        }
        String nl = System.lineSeparator();
        return version + nl
                + "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + nl
                + "while: " + shown.where().name().toLowerCase(java.util.Locale.ROOT) + nl
                + "at: " + shown.at() + nl
                + "log: " + log.problem().map(why -> "not written (" + why + ")").orElse(log.file().toString()) + nl
                + nl + shown.stackTrace();
    }

    /** The log file "Open log" opens. */
    public Path logFile() {
        return log.file();
    }

    /** Hides the bar until the next fault. */
    public void dismiss() {
        fault.set(null);
    }

    /** Closes the log (the window closes). */
    public void close() {
        log.close();
    }

    /** The exception {@link #failNext} makes a guarded piece of code throw. */
    public static final class InjectedFault extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        InjectedFault(Fault.Where where) {
            super("fault injected while " + where.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
