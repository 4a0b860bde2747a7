package org.loopscope.engine;

/**
 * The one narrow interface between the engine and whoever watches it (a recorder, a test, a debugger). Every
 * method has an empty default, so a watcher overrides only what it needs. Calls arrive on the loop's thread in
 * the order the actions happen; an instrument that throws is removed and reported, never crashes the loop.
 */
public interface Instrument {

    /** One iteration of {@code _run_once} begins; {@code iteration} counts from 1 per loop. */
    default void iterationBegin(EventLoop loop, long iteration) {
    }

    /** The iteration ends (all handles that were ready when it began have run). */
    default void iterationEnd(EventLoop loop, long iteration) {
    }

    /** Nothing was ready: the loop waited from {@code from} until {@code to} for its next timer. */
    default void idle(EventLoop loop, double from, double to) {
    }

    /** A callback entered the ready queue ({@code call_soon}, a fired timer moves separately). */
    default void handleScheduled(Handle handle) {
    }

    /** A timer was armed ({@code call_at}/{@code call_later}). */
    default void timerArmed(TimerHandle timer) {
    }

    /** A timer was cancelled before it fired. */
    default void timerCancelled(TimerHandle timer) {
    }

    /** A due timer moved to the ready queue. */
    default void timerFired(TimerHandle timer) {
    }

    /** A ready handle (plain callback or task step) is about to run. */
    default void beforeHandle(Handle handle) {
    }

    /** The handle finished running; {@code heldFor} is the loop time it took (blocking calls, line costs). */
    default void afterHandle(Handle handle, double heldFor) {
    }

    /** A task was created; its first step is scheduled right after. */
    default void taskSpawned(Task task) {
    }

    /** A task's step entered the ready queue (first step, wake-up, or after a bare yield). */
    default void taskScheduled(Task task, Handle step) {
    }

    /** A task's coroutine is about to be resumed; {@code error} is what will be thrown in, or null. */
    default void beforeTaskStep(Task task, Throwable error) {
    }

    /**
     * A task's coroutine stopped: suspended on {@code awaiting} (a future, or null for a bare yield), or, when
     * {@code task.done()}, finished.
     */
    default void afterTaskStep(Task task, Future awaiting) {
    }

    /** A task finished: done, failed or cancelled ({@link Task#state()} says which). */
    default void taskExited(Task task) {
    }

    /**
     * A task finished, with the exception it raised ({@code null} if it returned or was cancelled), so that a
     * watcher can tell a failed task from a done one without retrieving the exception (which would silence
     * "exception was never retrieved"). The engine calls this one; by default it calls {@link #taskExited(Task)}.
     */
    default void taskExited(Task task, RuntimeException exception) {
        taskExited(task);
    }

    /** {@code task.cancel(message)} was called while the task was not done. */
    default void cancelRequested(Task task, Object message) {
    }

    /** A future (or task) became done. */
    default void futureDone(Future future) {
    }

    /** {@code add_done_callback} on a pending future. */
    default void callbackAdded(Future future, DoneCallback callback) {
    }

    /** The loop was held for {@code seconds} from {@code from} by a blocking call described by {@code what}. */
    default void blocked(EventLoop loop, double from, double seconds, String what) {
    }

    /** The program wrote {@code text} to {@code stream} ("stdout" or "stderr"). */
    default void output(EventLoop loop, String stream, String text) {
    }

    /** The running code of {@code task} (null outside tasks) reached source {@code line}. */
    default void line(EventLoop loop, Task task, int line) {
    }

    /** A debug-mode check fired (slow callback, never-retrieved exception, destroyed pending task, ...). */
    default void warning(EventLoop loop, LoopWarning warning) {
    }

    /** A {@code KeyboardInterrupt} was delivered into the running program. */
    default void interrupted(EventLoop loop) {
    }

    /** {@code run_forever} returned because of {@code stop()}. */
    default void loopStopped(EventLoop loop) {
    }

    /** The loop was closed. */
    default void loopClosed(EventLoop loop) {
    }

    /** Another instrument threw and was removed. */
    default void instrumentFailed(Instrument failed, RuntimeException error) {
    }
}
