package org.loopscope.engine;

import java.util.List;

/**
 * A coroutine driven by the loop, as {@code asyncio.Task} (CPython's {@code __step}/{@code __wakeup}): each step
 * is a handle in the ready queue; a step resumes the coroutine until it suspends on a future, whose completion
 * schedules the next step. Cancellation is delivered as a {@code CancelledError} thrown in at the await point.
 */
public class Task extends Future {

    private final Coroutine coro;
    // A default name is Task-N with N taken at creation, formatted only when asked (most never are).
    private String name;
    private final long number;
    private Future waitingOn;
    private boolean mustCancel;
    private int cancelsRequested;
    private long steps;
    private boolean logDestroyPending = true;
    private boolean unreferenced;
    private DoneCallback wakeup;
    // Links of the loop's list of live tasks (see EventLoop.registerTask).
    boolean live;
    Task prevLive;
    Task nextLive;

    /** The contextvars context the task's steps run in (opaque: see {@link ContextSupport}), or null. */
    private Object context;

    Task(EventLoop loop, Coroutine coro, String name) {
        super(loop);
        this.coro = coro;
        this.name = name;
        ContextSupport contexts = loop.engine().contexts();
        this.context = contexts == null ? null : contexts.capture();
        this.number = name == null ? loop.engine().nextTaskNumber() : 0;
        if (loop.instruments().any()) {
            loop.instruments().taskSpawned(this);
        }
        loop.scheduleStep(this, null);
        loop.registerTask(this);
    }

    /** The context the task's steps run in ({@code create_task(context=...)}), null for a fresh empty one. */
    public Object context() {
        return context;
    }

    /** Gives the task the context its steps run in ({@code create_task(coro, context=ctx)}), before it runs. */
    public void context(Object value) {
        this.context = value;
    }

    /** The task's name ({@code Task-N} unless given). */
    public String getName() {
        if (name == null) {
            name = "Task-" + number;
        }
        return name;
    }

    /** Renames the task. */
    public void setName(String newName) {
        name = newName;
    }

    /** The coroutine this task drives. */
    public Coroutine getCoro() {
        return coro;
    }

    /** The future the task is suspended on, or null. */
    public Future waitingOn() {
        return waitingOn;
    }

    /**
     * Whether the task waits on a timer of a loop that is still open ({@code asyncio.sleep}): the loop's timer
     * heap then keeps it alive until the loop itself goes, which decides how CPython reports it at exit.
     */
    public boolean heldByTimer() {
        return waitingOn != null && waitingOn.wakeTimer != null && !waitingOn.wakeTimer.cancelled()
                && !loop().isClosed();
    }

    /** How many steps the task has taken. */
    public long steps() {
        return steps;
    }

    /** How many cancellation requests are outstanding ({@code cancelling()}). */
    public int cancelling() {
        return cancelsRequested;
    }

    /** Takes back one cancellation request; returns how many remain ({@code uncancel()}). */
    public int uncancel() {
        if (cancelsRequested > 0) {
            cancelsRequested--;
        }
        return cancelsRequested;
    }

    /** Whether a "destroyed but pending" warning is due if the task is dropped while pending. */
    public boolean logDestroyPending() {
        return logDestroyPending;
    }

    void logDestroyPending(boolean value) {
        logDestroyPending = value;
    }

    /**
     * Requests cancellation: the waited-on future is cancelled, or a {@code CancelledError} is thrown in at the
     * next step. False if the task is already done.
     */
    @Override
    public boolean cancel(Object message) {
        silenceTraceback();
        if (done()) {
            return false;
        }
        cancelsRequested++;
        if (loop.instruments().any()) {
            loop.instruments().cancelRequested(this, message);
        }
        if (waitingOn != null && waitingOn.cancel(message)) {
            return true;
        }
        mustCancel = true;
        cancelMessage = message;
        return true;
    }

    /** Tasks refuse outside results, as CPython's do. */
    @Override
    public void setResult(Object value) {
        throw loop.host().newError(ErrorType.RUNTIME_ERROR, "Task does not support set_result operation");
    }

    /** Tasks refuse outside exceptions, as CPython's do. */
    @Override
    public void setException(RuntimeException error) {
        throw loop.host().newError(ErrorType.RUNTIME_ERROR, "Task does not support set_exception operation");
    }

    /** One step: resume the coroutine (throwing {@code error} in, if any) and act on what it yields. */
    void step(RuntimeException error) {
        if (done()) {
            throw loop.host().newError(ErrorType.INVALID_STATE_ERROR,
                    "_step(): already done: " + this + ", " + loop.host().repr(error));
        }
        if (mustCancel) {
            if (error == null || !loop.host().isCancelled(error)) {
                error = makeCancelledError();
            }
            mustCancel = false;
        }
        waitingOn = null;
        steps++;
        loop.enterTask(this);
        try {
            if (loop.instruments().any()) {
                loop.instruments().beforeTaskStep(this, error);
            }
            Resumption outcome;
            try {
                outcome = error == null ? coro.send(null) : coro.throwInto(error);
            } catch (RuntimeException raised) {
                failed(raised);
                return;
            }
            if (outcome instanceof Resumption.Returned returned) {
                if (mustCancel) {
                    mustCancel = false;
                    cancelFuture(cancelMessage);
                } else {
                    finishWithResult(returned.value());
                }
            } else {
                suspended(((Resumption.Suspended) outcome).yielded());
            }
        } finally {
            loop.leaveTask(this);
            if (loop.instruments().any()) {
                loop.instruments().afterTaskStep(this, waitingOn);
            }
        }
    }

    private void failed(RuntimeException raised) {
        if (loop.host().isCancelled(raised)) {
            cancelledError = raised;
            cancelFuture(null);
        } else if (loop.host().isExitSignal(raised)) {
            finishWithException(raised);
            throw raised;
        } else {
            boolean alone = unreferenced && !hasCallbacks();
            finishWithException(raised);
            if (alone) {
                // Nothing refers to the task once this step's handle is gone: CPython collects it now.
                loop.engine().report(new ErrorContext(LoopWarning.Kind.EXCEPTION_NEVER_RETRIEVED,
                        "Task exception was never retrieved", raised, this, null));
            }
        }
    }

    /**
     * The program dropped the task as soon as it was made ({@code asyncio.create_task(...)} as a statement): only
     * the loop refers to it, so a failure nobody can retrieve is reported when the failing step ends, as CPython
     * reports it when the task is collected.
     */
    public void markUnreferenced() {
        unreferenced = true;
    }

    private void suspended(Object yielded) {
        if (yielded == null) {
            loop.scheduleStep(this, null);
        } else if (yielded instanceof Future future) {
            if (future.loop != loop) {
                loop.scheduleStep(this, runtimeError("Task " + this + " got Future " + future
                        + " attached to a different loop"));
            } else if (!future.blocking) {
                loop.scheduleStep(this, runtimeError("yield was used instead of yield from in task " + this
                        + " with " + future));
            } else if (future == this) {
                loop.scheduleStep(this, runtimeError("Task cannot await on itself: " + this));
            } else {
                future.blocking = false;
                if (wakeup == null) {
                    wakeup = new Wakeup();
                }
                future.addDoneCallback(wakeup);
                waitingOn = future;
                if (mustCancel && future.cancel(cancelMessage)) {
                    mustCancel = false;
                }
            }
        } else {
            loop.scheduleStep(this, runtimeError("Task got bad yield: " + loop.host().repr(yielded)));
        }
    }

    private RuntimeException runtimeError(String message) {
        return loop.host().newError(ErrorType.RUNTIME_ERROR, message);
    }

    private void wakeUp(Future future) {
        RuntimeException error = null;
        try {
            future.result();
        } catch (RuntimeException raised) {
            error = raised;
        }
        step(error);
    }

    /**
     * {@code __wakeup} as a done callback, made at the first suspension on a future and reused after: its handle
     * runs a step of this task, so it names the task.
     */
    final class Wakeup implements DoneCallback {
        @Override
        public void done(Future future) {
            wakeUp(future);
        }

        @Override
        public String describe() {
            return "Task.task_wakeup()";
        }

        Task task() {
            return Task.this;
        }
    }

    @Override
    void onDone() {
        loop.taskDone(this);
    }

    @Override
    protected String pythonClassName() {
        return "Task";
    }

    @Override
    protected List<String> reprInfo() {
        List<String> info = super.reprInfo();
        if (cancelsRequested > 0 && !done()) {
            info.set(0, "cancelling");
        }
        info.add(1, "name=" + loop.host().repr(getName()));
        info.add(2, "coro=<" + coro.describe() + ">");
        if (waitingOn != null) {
            info.add(3, "wait_for=" + waitingOn);
        }
        return info;
    }
}
