package org.loopscope.engine.support;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.DoneCallback;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Handle;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.LoopWarning;
import org.loopscope.engine.Task;
import org.loopscope.engine.TimerHandle;

/**
 * An instrument that writes every event it hears as one short line ({@code "timer armed 0.1"},
 * {@code "before step Task-1"}), so a test can assert the exact order in which the engine reports things.
 * Handles read as {@code step Task-1}, {@code timer 0.1} or their callback's description.
 */
public final class Recorder implements Instrument {

    private final List<String> events = new ArrayList<>();
    private final List<LoopWarning> warnings = new ArrayList<>();

    /** The events so far. */
    public List<String> events() {
        return List.copyOf(events);
    }

    /** The warnings so far. */
    public List<LoopWarning> warnings() {
        return List.copyOf(warnings);
    }

    private static String handle(Handle handle) {
        if (handle.task() != null) {
            return "step " + handle.task().getName();
        }
        if (handle instanceof TimerHandle timer) {
            return "timer " + timer.when();
        }
        return handle.callback().describe();
    }

    private static String future(Future future) {
        return future instanceof Task task ? task.getName() : "future";
    }

    @Override
    public void iterationBegin(EventLoop loop, long iteration) {
        events.add("iteration " + iteration);
    }

    @Override
    public void iterationEnd(EventLoop loop, long iteration) {
        events.add("end " + iteration);
    }

    @Override
    public void idle(EventLoop loop, double from, double to) {
        events.add("idle " + from + " to " + to);
    }

    @Override
    public void handleScheduled(Handle handle) {
        events.add("scheduled " + handle(handle));
    }

    @Override
    public void timerArmed(TimerHandle timer) {
        events.add("timer armed " + timer.when());
    }

    @Override
    public void timerCancelled(TimerHandle timer) {
        events.add("timer cancelled " + timer.when());
    }

    @Override
    public void timerFired(TimerHandle timer) {
        events.add("timer fired " + timer.when());
    }

    @Override
    public void beforeHandle(Handle handle) {
        events.add("run " + handle(handle));
    }

    @Override
    public void afterHandle(Handle handle, double heldFor) {
        events.add("ran " + handle(handle) + (heldFor > 0 ? " held " + Math.round(heldFor * 1e6) / 1e6 : ""));
    }

    @Override
    public void taskSpawned(Task task) {
        events.add("spawned " + task.getName());
    }

    @Override
    public void taskScheduled(Task task, Handle step) {
        events.add("scheduled " + handle(step));
    }

    @Override
    public void beforeTaskStep(Task task, Throwable error) {
        events.add("before step " + task.getName() + (error != null ? " throwing " + Transcript.repr(error) : ""));
    }

    @Override
    public void afterTaskStep(Task task, Future awaiting) {
        events.add("after step " + task.getName() + (task.done() ? " done"
                : awaiting != null ? " awaiting " + future(awaiting) : " yielded"));
    }

    @Override
    public void taskExited(Task task) {
        events.add("exited " + task.getName() + " " + task.state());
    }

    @Override
    public void cancelRequested(Task task, Object message) {
        events.add("cancel requested " + task.getName());
    }

    @Override
    public void futureDone(Future future) {
        events.add("done " + future(future));
    }

    @Override
    public void callbackAdded(Future future, DoneCallback callback) {
        events.add("callback added to " + future(future) + ": " + callback.describe().split(" at ")[0]);
    }

    @Override
    public void blocked(EventLoop loop, double from, double seconds, String what) {
        events.add("blocked " + from + " for " + seconds + " by " + what);
    }

    @Override
    public void warning(EventLoop loop, LoopWarning warning) {
        warnings.add(warning);
        events.add("warning " + warning.kind());
    }

    @Override
    public void loopStopped(EventLoop loop) {
        events.add("stopped");
    }

    @Override
    public void loopClosed(EventLoop loop) {
        events.add("closed");
    }

    @Override
    public void instrumentFailed(Instrument failed, RuntimeException error) {
        events.add("instrument failed " + error.getMessage());
    }
}
