package org.loopscope.engine;

import java.util.List;

/**
 * {@code asyncio.Runner}, as {@code asyncio.run} uses it: a fresh loop made current, the coroutine run as the
 * main task, then shutdown in CPython's order (cancel what is left and gather it, shut down async generators and
 * the default executor, each one {@code run_until_complete}, then close). {@link #interrupt()} is Ctrl+C.
 */
public final class Runner {

    private final Engine engine;
    private EventLoop loop;
    private Task mainTask;
    private int interrupts;

    /** A runner for {@code engine}'s run. */
    public Runner(Engine engine) {
        this.engine = engine;
    }

    /** Runs {@code coro} to completion on a new loop and closes the loop; returns the coroutine's result. */
    public Object run(Coroutine coro) {
        return run(coro, null);
    }

    /** {@link #run(Coroutine)} with the loop's debug flag set first when {@code debug} is not null. */
    public Object run(Coroutine coro, Boolean debug) {
        loop = engine.newEventLoop();
        if (debug != null) {
            loop.setDebug(debug);
        }
        engine.setEventLoop(loop);
        Runner outer = engine.activeRunner();
        engine.activeRunner(this);
        try {
            mainTask = loop.createTask(coro);
            try {
                return loop.runUntilComplete(mainTask);
            } catch (RuntimeException error) {
                if (engine.host().isCancelled(error) && interrupts > 0 && mainTask.uncancel() == 0) {
                    throw engine.host().newError(ErrorType.KEYBOARD_INTERRUPT);
                }
                throw error;
            }
        } finally {
            try {
                close();
            } finally {
                engine.activeRunner(outer);
            }
        }
    }

    /** The loop of the current run, or null before {@link #run}. */
    public EventLoop loop() {
        return loop;
    }

    /**
     * Ctrl+C while running: the first cancels the main task (the run then raises {@code KeyboardInterrupt});
     * a second one raises {@code KeyboardInterrupt} where the program is.
     */
    public void interrupt() {
        interrupts++;
        if (interrupts == 1 && mainTask != null && !mainTask.done()) {
            mainTask.cancel();
            loop.callSoon(Callback.named("<lambda>()", () -> { }));
            return;
        }
        throw engine.host().newError(ErrorType.KEYBOARD_INTERRUPT);
    }

    private void close() {
        try {
            cancelAllTasks();
            loop.runUntilComplete(loop.asyncgens().shutdown());
            loop.runUntilComplete(emptyCoroutine("BaseEventLoop.shutdown_default_executor", 563));
        } finally {
            engine.setEventLoop(null);
            loop.close();
        }
    }

    private void cancelAllTasks() {
        List<Task> toCancel = loop.allTasks();
        if (toCancel.isEmpty()) {
            return;
        }
        for (Task task : toCancel) {
            task.cancel();
        }
        loop.runUntilComplete(GatheringFuture.gather(loop, toCancel, true));
        for (Task task : toCancel) {
            if (!task.cancelled() && task.exception() != null) {
                loop.callExceptionHandler(new ErrorContext("unhandled exception during asyncio.run() shutdown",
                        task.exception(), task, null));
            }
        }
    }

    /** {@code loop.shutdown_default_executor()}: the simulated executor has no threads to join. */
    public static Coroutine shutdownDefaultExecutor() {
        return emptyCoroutine("BaseEventLoop.shutdown_default_executor", 563);
    }

    /** A coroutine that returns at once (the shutdown steps have nothing to do in a simulated run). */
    private static Coroutine emptyCoroutine(String name, int line) {
        return new StepCoroutine(name) {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                return returnValue(null);
            }

            @Override
            public String describe() {
                return name + "() running at " + Engine.CPYTHON_ASYNCIO + "/base_events.py:" + line;
            }
        };
    }
}
