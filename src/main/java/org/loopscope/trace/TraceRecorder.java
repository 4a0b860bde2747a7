package org.loopscope.trace;

import org.loopscope.engine.DoneCallback;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Handle;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.LoopWarning;
import org.loopscope.engine.Task;
import org.loopscope.engine.TimerHandle;

/**
 * Records a run as a trace: an engine {@link Instrument} that turns every engine action into one event of an
 * append-only log in primitive arrays, and derives as it goes the tasks' state intervals, the loop's intervals, the
 * cause of every scheduling, and a checkpoint of the derived state every {@code checkpointInterval} events.
 *
 * <p>Attach it before the run starts ({@link #attach}); tasks created earlier are not in the trace. It is called on
 * the run's thread. {@link #trace()} (on that thread) and {@link #snapshot()} (on any thread) give immutable views:
 * a snapshot is what was last published, which happens every 4096 events, at the end of each loop iteration, and when
 * a loop stops or closes.
 */
public final class TraceRecorder implements Instrument {

    /** Events between two checkpoints unless told otherwise. */
    public static final int DEFAULT_CHECKPOINT_INTERVAL = 4096;

    private final EventWriter writer;
    private final TraceStore store;
    private final IntIntMap sleepFutures = new IntIntMap();

    private int handleEvent = -1;
    private int handleTask = -1;
    private int stepEvent = -1;
    private int stepTask = -1;
    private String stepSleep;
    private int spawnEvent = -1;
    private int spawnTask = -1;
    private boolean recordLines = true;

    private int flushEvent = -1;
    private int flushRemaining;

    /** A recorder with checkpoints every {@value #DEFAULT_CHECKPOINT_INTERVAL} events. */
    public TraceRecorder() {
        this(DEFAULT_CHECKPOINT_INTERVAL);
    }

    /** A recorder with checkpoints every {@code checkpointInterval} events. */
    public TraceRecorder(int checkpointInterval) {
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be positive: " + checkpointInterval);
        }
        writer = new EventWriter(checkpointInterval);
        store = writer.store;
    }

    /** A new recorder attached to {@code engine}'s instruments. */
    public static TraceRecorder attach(Engine engine) {
        TraceRecorder recorder = new TraceRecorder();
        engine.instruments().add(recorder);
        return recorder;
    }

    /** Everything recorded so far; call it on the run's thread (it publishes first). */
    public Trace trace() {
        writer.publish();
        return writer.published();
    }

    /** The trace as last published: safe on any thread, possibly a little behind. */
    public Trace snapshot() {
        return writer.published();
    }

    /**
     * Whether {@link EventKind#LINE} events are recorded (yes by default). Line stepping needs them; without them a
     * task's line is still known where it suspends, when its coroutine says so.
     */
    public void recordLines(boolean record) {
        recordLines = record;
    }

    /**
     * About the bytes the trace recorded so far takes in memory, estimated from its columns, strings, indexes and
     * checkpoints (on the run's thread); sessions compare it with their trace budget.
     */
    public long estimatedBytes() {
        return writer.bytes();
    }

    /** How many events were recorded (on the run's thread). */
    public int size() {
        return store.size();
    }

    // ---- loop

    @Override
    public void iterationBegin(EventLoop loop, long iteration) {
        endFlush();
        emit(EventKind.ITERATION_BEGIN, 0, loop, loop.time(), -1, -1, -1, StringTable.NONE, 0);
    }

    @Override
    public void iterationEnd(EventLoop loop, long iteration) {
        endFlush();
        emit(EventKind.ITERATION_END, 0, loop, loop.time(), -1, -1, -1, StringTable.NONE, 0);
        writer.publish();
    }

    @Override
    public void idle(EventLoop loop, double from, double to) {
        endFlush();
        int span = store.spans.add(to - from);
        emit(EventKind.IDLE, 0, loop, from, -1, -1, span, StringTable.NONE, to - from);
    }

    @Override
    public void blocked(EventLoop loop, double from, double seconds, String what) {
        endFlush();
        int span = store.spans.add(seconds);
        emit(EventKind.BLOCKED, 0, loop, from, stepTask, -1, span, store.strings.intern(what), seconds);
    }

    @Override
    public void loopStopped(EventLoop loop) {
        endFlush();
        emit(EventKind.LOOP_STOPPED, 0, loop, loop.time(), -1, -1, -1, StringTable.NONE, 0);
        writer.publish();
    }

    @Override
    public void loopClosed(EventLoop loop) {
        endFlush();
        emit(EventKind.LOOP_CLOSED, 0, loop, loop.time(), -1, -1, -1, StringTable.NONE, 0);
        writer.publish();
    }

    @Override
    public void interrupted(EventLoop loop) {
        endFlush();
        emit(EventKind.INTERRUPTED, 0, loop, loop.time(), stepTask, -1, -1, StringTable.NONE, 0);
    }

    // ---- handles and timers

    @Override
    public void handleScheduled(Handle handle) {
        int description = writer.callbackRef(handle.callback().describe());
        int cause = flushCause();
        EventLoop loop = handle.loop();
        store.enqueueLog(loopIndex(loop)).add(store.size());
        emit(EventKind.HANDLE_SCHEDULED, 0, loop, loop.time(), -1, (int) handle.id(), cause, description, 0);
    }

    @Override
    public void timerArmed(TimerHandle timer) {
        endFlush();
        EventLoop loop = timer.loop();
        String callback = timer.callback().describe();
        String description;
        if (Descriptions.isSleepTimer(callback)) {
            description = Descriptions.sleep(timer.when() - loop.time());
            stepSleep = stepEvent >= 0 ? description : null;
        } else {
            description = Descriptions.callback(callback);
            stepSleep = null;
        }
        int number = store.timerEvent.add(store.size());
        store.timerDeadline.add(timer.when());
        emit(EventKind.TIMER_ARMED, 0, loop, loop.time(), stepTask, (int) timer.id(), number,
                store.strings.intern(description), 0);
    }

    @Override
    public void timerCancelled(TimerHandle timer) {
        endFlush();
        int number = writer.timerNumber(timer);
        emit(EventKind.TIMER_CANCELLED, 0, timer.loop(), timer.loop().time(), stepTask, (int) timer.id(), number,
                StringTable.NONE, 0);
    }

    @Override
    public void timerFired(TimerHandle timer) {
        endFlush();
        int number = writer.timerNumber(timer);
        int text = number >= 0 ? store.event(store.timerEvent.get(number), TraceStore.TEXT) : StringTable.NONE;
        EventLoop loop = timer.loop();
        store.enqueueLog(loopIndex(loop)).add(store.size());
        emit(EventKind.TIMER_FIRED, 0, loop, loop.time(), -1, (int) timer.id(), number, text, 0);
    }

    @Override
    public void beforeHandle(Handle handle) {
        endFlush();
        EventLoop loop = handle.loop();
        int scheduledBy = writer.scheduledBy(loopIndex(loop), (int) handle.id());
        int task = handle.task() != null ? indexOf(handle.task())
                : scheduledBy >= 0 ? store.event(scheduledBy, TraceStore.TASK) : -1;
        int text = scheduledBy >= 0 ? store.event(scheduledBy, TraceStore.TEXT) : StringTable.NONE;
        handleEvent = emit(EventKind.HANDLE_BEGIN, 0, loop, loop.time(), task, (int) handle.id(), scheduledBy,
                text, 0);
        handleTask = task;
    }

    @Override
    public void afterHandle(Handle handle, double heldFor) {
        endFlush();
        EventLoop loop = handle.loop();
        emit(EventKind.HANDLE_END, 0, loop, loop.time(), handleTask, (int) handle.id(), -1, StringTable.NONE, 0);
        handleEvent = -1;
        handleTask = -1;
    }

    // ---- tasks

    @Override
    public void taskSpawned(Task task) {
        endFlush();
        int index = writer.addTask(task, stepTask);
        EventLoop loop = task.loop();
        spawnEvent = emit(EventKind.TASK_SPAWNED, 0, loop, loop.time(), index, (int) task.id(), stepTask,
                store.taskName.get(index), 0);
        spawnTask = index;
    }

    @Override
    public void taskScheduled(Task task, Handle step) {
        int index = indexOf(task);
        int cause = index == spawnTask && spawnEvent == store.size() - 1 ? spawnEvent : flushCause();
        EventLoop loop = task.loop();
        store.enqueueLog(loopIndex(loop)).add(store.size());
        emit(EventKind.TASK_SCHEDULED, 0, loop, loop.time(), index, (int) step.id(), cause, StringTable.NONE, 0);
    }

    @Override
    public void beforeTaskStep(Task task, Throwable error) {
        endFlush();
        int index = indexOf(task);
        int text = error == null ? StringTable.NONE : store.strings.intern(task.loop().host().repr(error));
        EventLoop loop = task.loop();
        stepEvent = emit(EventKind.STEP_BEGIN, error == null ? 0 : EventLog.FLAG_THROWN, loop, loop.time(), index,
                (int) task.id(), handleEvent, text, 0);
        stepTask = index;
        stepSleep = null;
    }

    @Override
    public void afterTaskStep(Task task, Future awaiting) {
        endFlush();
        int index = indexOf(task);
        int line = -1;
        int text = StringTable.NONE;
        if (!task.done()) {
            line = Descriptions.line(task.getCoro());
            int awaitedTask = awaiting instanceof Task other ? indexOf(other) : -1;
            text = awaitedTask >= 0 ? store.taskName.get(awaitedTask)
                    : store.strings.intern(Descriptions.awaited(awaiting, stepSleep));
            if (stepSleep != null && awaiting != null && awaiting.getClass() == Future.class) {
                // The plain future of asyncio.sleep: its "done" event is named after the sleep too.
                sleepFutures.put((int) awaiting.id(), text);
            }
        }
        EventLoop loop = task.loop();
        emit(EventKind.STEP_END, 0, loop, loop.time(), index, awaiting == null ? -1 : (int) awaiting.id(), line,
                text, 0);
        stepEvent = -1;
        stepTask = -1;
        stepSleep = null;
    }

    @Override
    public void taskExited(Task task, RuntimeException exception) {
        TaskState state = task.cancelled() ? TaskState.CANCELLED
                : exception != null ? TaskState.FAILED : TaskState.DONE;
        int text = exception == null ? StringTable.NONE : store.strings.intern(task.loop().host().repr(exception));
        EventLoop loop = task.loop();
        emit(EventKind.TASK_EXITED, 0, loop, loop.time(), indexOf(task), (int) task.id(), state.ordinal(), text, 0);
    }

    @Override
    public void cancelRequested(Task task, Object message) {
        endFlush();
        int text = message == null ? StringTable.NONE : store.strings.intern(task.loop().host().repr(message));
        EventLoop loop = task.loop();
        emit(EventKind.CANCEL_REQUESTED, 0, loop, loop.time(), indexOf(task), (int) task.id(), context(), text, 0);
    }

    // ---- futures

    @Override
    public void futureDone(Future future) {
        endFlush();
        int task = future instanceof Task t ? indexOf(t) : -1;
        int text = sleepFutures.remove((int) future.id(), StringTable.NONE);
        if (text == StringTable.NONE) {
            text = task >= 0 ? store.taskName.get(task) : store.strings.intern(Descriptions.awaited(future, null));
        }
        EventLoop loop = future.loop();
        int index = emit(EventKind.FUTURE_DONE, future.cancelled() ? EventLog.FLAG_CANCELLED : 0, loop, loop.time(),
                task, (int) future.id(), context(), text, 0);
        // Its done callbacks are scheduled next, in order (a finished task's exit comes between).
        int callbacks = future.callbackCount();
        if (callbacks > 0) {
            flushEvent = index;
            flushRemaining = callbacks;
        }
    }

    @Override
    public void callbackAdded(Future future, DoneCallback callback) {
        endFlush();
        EventLoop loop = future.loop();
        emit(EventKind.CALLBACK_ADDED, 0, loop, loop.time(), stepTask, (int) future.id(), -1,
                writer.callbackRef(callback.describe()), 0);
    }

    // ---- program

    @Override
    public void output(EventLoop loop, String stream, String text) {
        endFlush();
        store.outputs.add(store.size());
        emit(EventKind.OUTPUT, "stderr".equals(stream) ? EventLog.FLAG_STDERR : 0, loop, timeOf(loop), stepTask, -1,
                -1, store.strings.intern(text), 0);
    }

    @Override
    public void line(EventLoop loop, Task task, int line) {
        if (!recordLines) {
            return;
        }
        endFlush();
        emit(EventKind.LINE, 0, loop, timeOf(loop), task == null ? -1 : indexOf(task), -1, line, StringTable.NONE,
                0);
    }

    @Override
    public void warning(EventLoop loop, LoopWarning warning) {
        endFlush();
        Object subject = warning.subject();
        int task = subject instanceof Task t ? indexOf(t) : -1;
        int id = subject instanceof Future f ? (int) f.id() : subject instanceof Handle h ? (int) h.id() : -1;
        emit(EventKind.WARNING, 0, loop, timeOf(loop), task, id, warning.kind().ordinal(),
                store.strings.intern(warning.message()), 0);
    }

    @Override
    public void instrumentFailed(Instrument failed, RuntimeException error) {
        endFlush();
        EventLoop loop = writer.lastLoop();
        emit(EventKind.WARNING, 0, loop, timeOf(loop), -1, -1, -1,
                store.strings.intern("instrument " + failed.getClass().getSimpleName() + " failed: " + error), 0);
    }

    private int emit(EventKind kind, int flags, EventLoop loop, double time, int task, int subject, int arg,
            int text, double value) {
        return writer.emit(kind, flags, loop, time, task, subject, arg, text, value);
    }

    private int indexOf(Task task) {
        return writer.indexOf(task);
    }

    private double timeOf(EventLoop loop) {
        return writer.timeOf(loop);
    }

    private int loopIndex(EventLoop loop) {
        return writer.loopIndex(loop);
    }

    /** The event in whose course things happen now: the running step, else the running handle, else none. */
    private int context() {
        return stepEvent >= 0 ? stepEvent : handleEvent;
    }

    /**
     * The cause of a handle or step scheduled now: the future that just became done if this is one of its done
     * callbacks (they are scheduled right after it, a task's own exit between), else the context.
     */
    private int flushCause() {
        if (flushEvent >= 0 && flushRemaining > 0) {
            flushRemaining--;
            return flushEvent;
        }
        endFlush();
        return context();
    }

    private void endFlush() {
        flushEvent = -1;
        flushRemaining = 0;
    }
}
