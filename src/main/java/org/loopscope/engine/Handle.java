package org.loopscope.engine;

/**
 * A callback waiting in the loop's ready queue, as {@code asyncio.Handle}: it can be cancelled until it runs.
 * A task's step is a handle too; {@link #task()} then names the task.
 */
public class Handle {

    private final Callback callback;
    private final EventLoop loop;
    private final Task task;
    private final long id;
    private boolean cancelled;
    /** The contextvars context a plain callback runs in (a task's steps run in the task's). */
    private final Object context;

    Handle(Callback callback, EventLoop loop, Task task, long id) {
        this.callback = callback;
        this.loop = loop;
        this.task = task;
        this.id = id;
        ContextSupport contexts = loop.engine().contexts();
        this.context = task != null || contexts == null ? null : contexts.capture();
    }

    /** Cancels the callback: it will not run. Idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /** The callback this handle runs. */
    public Callback callback() {
        return callback;
    }

    /** The loop the handle belongs to. */
    public EventLoop loop() {
        return loop;
    }

    /** The task whose step this handle runs, or null for a plain callback. */
    public Task task() {
        return task;
    }

    /** The context the callback runs in ({@link ContextSupport}): the task's for a task step; null if none. */
    public Object context() {
        return task != null ? task.context() : context;
    }

    /** A number unique within the run, increasing in the order handles were made (for the trace). */
    public long id() {
        return id;
    }

    /** Runs the callback; an exception goes to the loop's exception handler unless it must stop the loop. */
    void run() {
        ContextSupport contexts = loop.engine().contexts();
        if (contexts == null) {
            runCallback();
            return;
        }
        Object previous = contexts.enter(task != null ? task.context() : context);
        try {
            runCallback();
        } finally {
            contexts.leave(previous);
        }
    }

    private void runCallback() {
        try {
            callback.run();
        } catch (RuntimeException error) {
            if (loop.host().isExitSignal(error)) {
                throw error;
            }
            loop.reportCallbackError(this, error);
        } catch (StackOverflowError overflow) {
            throw overflow;
        }
    }

    /** CPython's repr: {@code <Handle say('hi')>} or {@code <Handle cancelled>}. */
    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + (cancelled ? " cancelled" : " " + callback.describe()) + ">";
    }
}
