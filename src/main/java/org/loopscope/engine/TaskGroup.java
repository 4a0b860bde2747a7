package org.loopscope.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code asyncio.TaskGroup}, the structured-concurrency context manager: tasks made with {@link #createTask}
 * are awaited when the block exits; the first task that fails cancels the others and the parent task, and the
 * failures come out as one {@code ExceptionGroup('unhandled errors in a TaskGroup', [...])}.
 * {@code KeyboardInterrupt} and {@code SystemExit} are re-raised as they are. A cancellation the group asked for
 * itself is taken back ({@code uncancel}) on exit; one from outside goes on.
 *
 * <p>{@link #aenter()} and {@link #aexit} are coroutines, as {@code __aenter__}/{@code __aexit__} are. The group's
 * tasks are cancelled in the order they were created; CPython walks a Python set, ordered by identity.
 */
public final class TaskGroup {

    private final Engine engine;
    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private EventLoop loop;
    private Task parentTask;
    private boolean parentCancelRequested;
    private final Set<Task> tasks = new LinkedHashSet<>();
    private List<RuntimeException> errors = new ArrayList<>();
    private RuntimeException baseError;
    private Future onCompletedFut;
    private final DoneCallback onTaskDone = DoneCallback.named("TaskGroup._on_task_done()",
            done -> onTaskDone((Task) done));

    /** {@code TaskGroup()}: not yet entered. */
    public TaskGroup(Engine engine) {
        this.engine = engine;
    }

    /** {@code __aenter__()}: binds the group to the running loop and the current task; returns this group. */
    public Coroutine aenter() {
        return new StepCoroutine("TaskGroup.__aenter__") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (entered) {
                    throw runtimeError("TaskGroup " + TaskGroup.this + " has already been entered");
                }
                if (loop == null) {
                    loop = engine.getRunningLoop();
                }
                parentTask = loop.currentTask();
                if (parentTask == null) {
                    throw runtimeError("TaskGroup " + TaskGroup.this + " cannot determine the parent task");
                }
                entered = true;
                return returnValue(TaskGroup.this);
            }

            @Override
            public String describe() {
                return SourceRefs.oneStep(this, "taskgroups.py", 54);
            }
        };
    }

    /**
     * {@code __aexit__(type(exc), exc, tb)} with {@code exc} the exception leaving the block, or null: waits
     * for every task, then raises what the group must raise, or returns null. CPython compares the exception
     * type with {@code CancelledError} exactly; here any {@code CancelledError} counts.
     */
    public Coroutine aexit(RuntimeException exc) {
        return new Exit(exc);
    }

    /** {@code create_task(coro, name=name)}: a task of the group (named {@code Task-N} first, then renamed). */
    public Task createTask(Coroutine coro, String name) {
        if (!entered) {
            throw runtimeError("TaskGroup " + this + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            throw runtimeError("TaskGroup " + this + " is finished");
        }
        if (aborting) {
            throw runtimeError("TaskGroup " + this + " is shutting down");
        }
        Task task = loop.createTask(coro);
        if (name != null) {
            task.setName(name);
        }
        task.addDoneCallback(onTaskDone);
        tasks.add(task);
        return task;
    }

    /** The group's tasks not yet done, in creation order. */
    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    private boolean isBaseError(RuntimeException error) {
        return engine.host().isExitSignal(error);
    }

    private void abort() {
        aborting = true;
        for (Task task : List.copyOf(tasks)) {
            if (!task.done()) {
                task.cancel();
            }
        }
    }

    private void onTaskDone(Task task) {
        tasks.remove(task);
        if (onCompletedFut != null && tasks.isEmpty() && !onCompletedFut.done()) {
            onCompletedFut.setResult(Boolean.TRUE);
        }
        if (task.cancelled()) {
            return;
        }
        RuntimeException exc = task.exception();
        if (exc == null) {
            return;
        }
        errors.add(exc);
        if (isBaseError(exc) && baseError == null) {
            baseError = exc;
        }
        if (parentTask.done()) {
            loop.callExceptionHandler(new ErrorContext("Task " + task + " has errored out but its parent task "
                    + parentTask + " is already completed", exc, task, null));
            return;
        }
        if (!aborting && !parentCancelRequested) {
            // Cancel whatever the parent is awaiting inside the block; __aexit__ takes it back (uncancel).
            abort();
            parentCancelRequested = true;
            parentTask.cancel();
        }
    }

    private RuntimeException runtimeError(String message) {
        return engine.host().newError(ErrorType.RUNTIME_ERROR, message);
    }

    /** CPython's repr, for example {@code <TaskGroup tasks=2 entered>} or {@code <TaskGroup errors=1 cancelling>}. */
    @Override
    public String toString() {
        StringBuilder info = new StringBuilder("<TaskGroup");
        if (!tasks.isEmpty()) {
            info.append(" tasks=").append(tasks.size());
        }
        if (errors != null && !errors.isEmpty()) {
            info.append(" errors=").append(errors.size());
        }
        if (aborting) {
            info.append(" cancelling");
        } else if (entered) {
            info.append(" entered");
        }
        return info.append('>').toString();
    }

    /** {@code __aexit__}: suspends on {@code _on_completed_fut} until the last task is done. */
    private final class Exit extends StepCoroutine {
        private final RuntimeException exc;
        private RuntimeException propagateCancellationError;
        private boolean started;

        Exit(RuntimeException exc) {
            super("TaskGroup.__aexit__");
            this.exc = exc;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            EngineHost host = engine.host();
            if (!started) {
                started = true;
                if (error != null) {
                    throw error;
                }
                exiting = true;
                if (exc != null && isBaseError(exc) && baseError == null) {
                    baseError = exc;
                }
                propagateCancellationError = exc != null && host.isCancelled(exc) ? exc : null;
                if (parentCancelRequested && parentTask.uncancel() == 0) {
                    // We must uncancel; with no other cancellation pending, none goes on.
                    propagateCancellationError = null;
                }
                if (exc != null && !aborting) {
                    abort();
                }
            } else {
                if (error != null) {
                    if (!host.isCancelled(error)) {
                        throw error;
                    }
                    if (!aborting) {
                        // The parent task is cancelled while the tasks still run.
                        propagateCancellationError = error;
                        abort();
                    }
                }
                onCompletedFut = null;
            }
            if (!tasks.isEmpty()) {
                if (onCompletedFut == null) {
                    onCompletedFut = loop.createFuture();
                }
                return await(onCompletedFut);
            }
            return finish(host);
        }

        private Resumption finish(EngineHost host) {
            if (baseError != null) {
                throw baseError;
            }
            // Errors take priority over a cancellation.
            if (propagateCancellationError != null && errors.isEmpty()) {
                throw propagateCancellationError;
            }
            if (exc != null && !host.isCancelled(exc)) {
                errors.add(exc);
            }
            if (!errors.isEmpty()) {
                RuntimeException group = host.newExceptionGroup("unhandled errors in a TaskGroup",
                        List.copyOf(errors));
                errors = null;
                host.setCause(group, null);
                throw group;
            }
            return returnValue(null);
        }

        @Override
        public String describe() {
            return started && !finished() ? SourceRefs.running(qualifiedName(), "taskgroups.py", 110)
                    : SourceRefs.oneStep(this, "taskgroups.py", 68);
        }
    }
}
