package org.loopscope.session;

import java.util.Locale;
import java.util.Objects;

/**
 * Something done to the program from outside during a run, as an input of the run: delivered at a fixed point, so
 * the run with it is as reproducible as the run without. Until that point both runs are the same event for event.
 */
public sealed interface Intervention {

    /** When it happens. */
    When when();

    /** A short description, e.g. {@code cancel Task-2 at 1.5 s}. */
    String describe();

    /** Cancels the oldest pending task named {@code taskName}, with an optional message (null: none). */
    record CancelTask(String taskName, String message, When when) implements Intervention {

        public CancelTask {
            Objects.requireNonNull(taskName, "taskName");
            Objects.requireNonNull(when, "when");
            if (taskName.isEmpty()) {
                throw new IllegalArgumentException("the task name is empty");
            }
        }

        @Override
        public String describe() {
            return "cancel " + taskName + (message == null ? "" : " (" + message + ")") + " " + when.describe();
        }
    }

    /**
     * Ctrl+C, delivered as CPython delivers SIGINT: under {@code asyncio.run} the runner cancels the main task (and
     * {@code KeyboardInterrupt} comes out of {@code asyncio.run}); otherwise {@code KeyboardInterrupt} is raised
     * where the program is.
     */
    record Interrupt(When when) implements Intervention {

        public Interrupt {
            Objects.requireNonNull(when, "when");
        }

        @Override
        public String describe() {
            return "Ctrl+C " + when.describe();
        }
    }

    /** Cancel the task named {@code taskName} when the virtual clock reaches {@code seconds}. */
    static Intervention cancel(String taskName, double seconds) {
        return new CancelTask(taskName, null, new AtTime(seconds));
    }

    /** Ctrl+C when the virtual clock reaches {@code seconds}. */
    static Intervention interrupt(double seconds) {
        return new Interrupt(new AtTime(seconds));
    }

    /** The point of a run where an intervention is delivered. */
    sealed interface When {
        /** In words, e.g. {@code at 1.5 s}. */
        String describe();
    }

    /**
     * When the loop's clock reaches {@code seconds}: while the loop idles, during a blocking call, or (if that time
     * has passed) at the start of the next loop iteration — as a signal arrives.
     */
    record AtTime(double seconds) implements When {

        public AtTime {
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new IllegalArgumentException("the time must be finite seconds, zero or more: " + seconds);
            }
        }

        @Override
        public String describe() {
            return "at " + Numbers.seconds(seconds) + " s";
        }
    }

    /**
     * At the start of loop iteration number {@code iteration}, counted from 1 over all loops of the run (as
     * {@code TraceState.loopIterations()} counts them): what "now" means at a cursor between iterations.
     */
    record AtIteration(int iteration) implements When {

        public AtIteration {
            if (iteration < 1) {
                throw new IllegalArgumentException("iterations count from 1: " + iteration);
            }
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "at loop iteration %d", iteration);
        }
    }
}
