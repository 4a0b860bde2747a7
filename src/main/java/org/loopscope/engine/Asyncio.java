package org.loopscope.engine;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code asyncio} module's functions for one run, by their Python names in Java spelling. Functions that
 * CPython writes as {@code async def} return a {@link Coroutine} that yields exactly where CPython's does, so
 * the order of everything on the loop is CPython's.
 */
public final class Asyncio {

    private final Engine engine;
    private Combinators combinators;

    /** The module for {@code engine}'s run. */
    public Asyncio(Engine engine) {
        this.engine = engine;
    }

    /** The combinators, made on first use: they hold an Asyncio of their own, which must not make them again. */
    private Combinators combinators() {
        if (combinators == null) {
            combinators = new Combinators(engine);
        }
        return combinators;
    }

    /** The run. */
    public Engine engine() {
        return engine;
    }

    /** {@code get_running_loop()}. */
    public EventLoop getRunningLoop() {
        return engine.getRunningLoop();
    }

    /**
     * {@code get_event_loop()}, the loop {@code ensure_future}/{@code gather} use when none is given: the
     * running loop, else the current one, else (only if {@code set_event_loop} was never called, as 3.11's policy
     * does on the main thread) a new one made current; otherwise RuntimeError.
     */
    public EventLoop getEventLoop() {
        EventLoop loop = engine.runningLoop();
        if (loop == null) {
            loop = engine.currentLoop();
        }
        if (loop == null) {
            if (engine.eventLoopWasSet()) {
                throw engine.host().newError(ErrorType.RUNTIME_ERROR,
                        "There is no current event loop in thread 'MainThread'.");
            }
            loop = engine.newEventLoop();
            engine.setEventLoop(loop);
        }
        return loop;
    }

    /** {@code current_task()}: the task running on the running loop. */
    public Task currentTask() {
        return getRunningLoop().currentTask();
    }

    /** {@code all_tasks()}: the running loop's tasks not yet done. */
    public List<Task> allTasks() {
        return getRunningLoop().allTasks();
    }

    /**
     * {@code create_task(coro, name=name)} on the running loop. As in CPython, the task is made unnamed (taking
     * the next {@code Task-N} number) and then renamed, so a named task still uses up a number.
     */
    public Task createTask(Coroutine coro, String name) {
        Task task = getRunningLoop().createTask(coro);
        if (name != null) {
            task.setName(name);
        }
        return task;
    }

    /** {@code ensure_future(obj)}. */
    public Future ensureFuture(Object futureOrCoroutine) {
        if (futureOrCoroutine instanceof Future future) {
            return future;
        }
        return getEventLoop().ensureFuture(futureOrCoroutine);
    }

    /** {@code sleep(delay, result)}: zero or less yields exactly once; otherwise a timer wakes the caller. */
    public Coroutine sleep(double delay, Object result) {
        return new Sleep(engine, delay, result);
    }

    /** {@code sleep(delay)}. */
    public Coroutine sleep(double delay) {
        return sleep(delay, null);
    }

    /**
     * {@code gather(*aws, return_exceptions=...)}. As in CPython, the loop is the first argument's when that is a
     * future; only otherwise is {@code get_event_loop()} asked.
     */
    public Future gather(List<?> aws, boolean returnExceptions) {
        EventLoop loop = !aws.isEmpty() && aws.get(0) instanceof Future first ? first.loop() : getEventLoop();
        return GatheringFuture.gather(loop, aws, returnExceptions);
    }

    /** {@code wait(fs, timeout=..., return_when=...)}: a coroutine returning the (done, pending) sets. */
    public Coroutine wait(Collection<?> fs, Double timeout, ReturnWhen returnWhen) {
        return combinators().wait(fs, timeout, returnWhen);
    }

    /** {@code as_completed(fs, timeout=...)}: coroutines that return the results in completion order. */
    public Iterator<Coroutine> asCompleted(Collection<?> fs, Double timeout) {
        return combinators().asCompleted(fs, timeout);
    }

    /** {@code wait_for(aw, timeout)}. */
    public Coroutine waitFor(Object awaitable, Double timeout) {
        return combinators().waitFor(awaitable, timeout);
    }

    /** {@code shield(aw)}. */
    public Future shield(Object awaitable) {
        return combinators().shield(awaitable);
    }

    /** {@code timeout(delay)}: an async context manager. */
    public Timeout timeout(Double delay) {
        return combinators().timeout(delay);
    }

    /** {@code timeout_at(when)}. */
    public Timeout timeoutAt(Double when) {
        return combinators().timeoutAt(when);
    }

    /** {@code TaskGroup()}. */
    public TaskGroup taskGroup() {
        return combinators().taskGroup();
    }

    /** {@code asyncio.run(coro)}: a new loop, the coroutine as its main task, then orderly shutdown. */
    public Object run(Coroutine coro) {
        return run(coro, null);
    }

    /** {@code asyncio.run(coro, debug=debug)}; a null {@code debug} leaves the loop's default. */
    public Object run(Coroutine coro, Boolean debug) {
        if (engine.runningLoop() != null) {
            throw engine.host().newError(ErrorType.RUNTIME_ERROR,
                    "asyncio.run() cannot be called from a running event loop");
        }
        return new Runner(engine).run(coro, debug);
    }

    /** {@code futures._set_result_unless_cancelled(fut, result)} as a callback. */
    static Callback setResultUnlessCancelled(Future future, Object result) {
        return new Callback() {
            @Override
            public void run() {
                if (!future.cancelled()) {
                    future.setResult(result);
                }
            }

            @Override
            public String describe() {
                return "_set_result_unless_cancelled(" + future + ", " + future.loop().host().repr(result)
                        + ") at " + Engine.CPYTHON_ASYNCIO + "/futures.py:311";
            }
        };
    }

    /** {@code asyncio.sleep}: CPython's coroutine, step for step. */
    private static final class Sleep extends StepCoroutine {
        private final Engine engine;
        private final double delay;
        private final Object result;
        private int state;
        private TimerHandle timer;

        Sleep(Engine engine, double delay, Object result) {
            super("sleep");
            this.engine = engine;
            this.delay = delay;
            this.result = result;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            switch (state) {
                case 0 -> {
                    if (error != null) {
                        throw error;
                    }
                    if (delay <= 0) {
                        state = 1;
                        return yieldNow();
                    }
                    EventLoop loop = engine.getRunningLoop();
                    Future future = loop.createFuture();
                    timer = loop.callLater(delay, setResultUnlessCancelled(future, result));
                    future.wakeTimer = timer;
                    state = 2;
                    return await(future);
                }
                case 1 -> {
                    state = 3;
                    if (error != null) {
                        throw error;
                    }
                    return returnValue(result);
                }
                default -> {
                    state = 3;
                    timer.cancel();
                    if (error != null) {
                        throw error;
                    }
                    return returnValue(value);
                }
            }
        }

        @Override
        public String describe() {
            return state == 3 ? "sleep() done, defined at " + Engine.CPYTHON_ASYNCIO + "/tasks.py:637"
                    : "sleep() running at " + Engine.CPYTHON_ASYNCIO + "/tasks.py:" + (state == 0 ? 637 : 649);
        }
    }
}
