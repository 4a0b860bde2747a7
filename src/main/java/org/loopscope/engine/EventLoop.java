package org.loopscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An asyncio event loop, iteration for iteration as CPython's {@code BaseEventLoop}: {@code call_soon} appends
 * to the ready queue, {@code call_at} pushes on the timer heap, and one iteration ({@link #runOnce}) drops
 * cancelled timers, waits for the next timer if nothing is ready, moves due timers to the ready queue and runs
 * exactly the handles that were ready when the iteration began.
 */
public final class EventLoop {

    /** CPython's {@code time.get_clock_info('monotonic').resolution}: timers this close to now are due. */
    static final double CLOCK_RESOLUTION = 1e-9;
    private static final int MIN_TIMERS_FOR_CLEANUP = 100;

    private final Engine engine;
    private final EngineHost host;
    private final Instruments instruments;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final TimerQueue timers = new TimerQueue();
    // The tasks not yet done, in creation order, linked through the tasks (no hash-set entry per task).
    private final LiveTasks liveTasks = new LiveTasks();
    private final Set<Future> unretrieved = new LinkedHashSet<>();
    private int cancelledTimers;
    private boolean stopping;
    private boolean running;
    private boolean closed;
    private long iteration;
    private Task currentTask;
    private BiConsumer<EventLoop, ErrorContext> exceptionHandler;
    private final AsyncGenHooks asyncgens = new AsyncGenHooks(this);
    private boolean debug;
    private double slowCallbackDuration;

    EventLoop(Engine engine) {
        this.engine = engine;
        this.host = engine.host();
        this.instruments = engine.instruments();
        this.slowCallbackDuration = engine.slowCallbackDuration();
    }

    /** {@code loop.slow_callback_duration}: a step or callback longer than this is reported as slow. */
    public double slowCallbackDuration() {
        return slowCallbackDuration;
    }

    /** Sets {@code loop.slow_callback_duration}. */
    public void slowCallbackDuration(double seconds) {
        slowCallbackDuration = seconds;
    }

    /** The run this loop belongs to. */
    public Engine engine() {
        return engine;
    }

    /** The host making this loop's exceptions. */
    public EngineHost host() {
        return host;
    }

    /** The instruments watching this loop. */
    public Instruments instruments() {
        return instruments;
    }

    /** The loop's async-generator hooks ({@code shutdown_asyncgens} and the finalizer). */
    public AsyncGenHooks asyncgens() {
        return asyncgens;
    }

    /** {@code loop.time()}: the shared clock's reading. */
    public double time() {
        return engine.clock().now();
    }

    /** {@code call_soon(callback)}. */
    public Handle callSoon(Callback callback) {
        return callSoon(callback, null);
    }

    /** {@code call_soon(callback)} for a callback that runs a step of {@code task} (or a plain one if null). */
    Handle callSoon(Callback callback, Task task) {
        checkClosed();
        Handle handle = new Handle(callback, this, task, engine.nextId());
        ready.add(handle);
        if (instruments.any()) {
            if (task != null) {
                instruments.taskScheduled(task, handle);
            } else {
                instruments.handleScheduled(handle);
            }
        }
        return handle;
    }

    /** {@code call_later(delay, callback)}. */
    public TimerHandle callLater(double delay, Callback callback) {
        return callAt(time() + delay, callback);
    }

    /** {@code call_at(when, callback)} for a deadline computed from the clock. */
    public TimerHandle callAt(double when, Callback callback) {
        return callAt(when, callback, false);
    }

    /** {@code loop.call_at(when, callback)} called by the program, with a deadline it chose. */
    public TimerHandle callAtGiven(double when, Callback callback) {
        return callAt(when, callback, true);
    }

    private TimerHandle callAt(double when, Callback callback, boolean given) {
        checkClosed();
        TimerHandle timer = new TimerHandle(when, callback, this, engine.nextId());
        timer.exactWhen = given;
        timers.push(timer);
        timer.scheduled = true;
        if (instruments.any()) {
            instruments.timerArmed(timer);
        }
        return timer;
    }

    /** {@code create_future()}. */
    public Future createFuture() {
        return new Future(this);
    }

    /** {@code create_task(coro)}, named {@code Task-N}. */
    public Task createTask(Coroutine coro) {
        return createTask(coro, null);
    }

    /** {@code create_task(coro, name=name)}; a null name means {@code Task-N}. */
    public Task createTask(Coroutine coro, String name) {
        checkClosed();
        return new Task(this, coro, name);
    }

    /**
     * {@code run_until_complete(future)}: wraps a coroutine in a task, runs the loop until the future is done
     * and returns its result (or raises its exception).
     */
    public Object runUntilComplete(Object futureOrCoroutine) {
        checkClosed();
        checkRunning();
        boolean newTask = !(futureOrCoroutine instanceof Future);
        Future future = ensureFuture(futureOrCoroutine);
        if (newTask && future instanceof Task task) {
            task.logDestroyPending(false);
        }
        DoneCallback stopWhenDone = DoneCallback.named(
                "_run_until_complete_cb() at " + Engine.CPYTHON_ASYNCIO + "/base_events.py:180", this::stopWhenDone);
        future.addDoneCallback(stopWhenDone);
        try {
            runForever();
        } catch (RuntimeException error) {
            if (newTask && future.done() && !future.cancelled()) {
                future.exception();
            }
            throw error;
        } finally {
            future.removeDoneCallback(stopWhenDone);
        }
        if (!future.done()) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "Event loop stopped before Future completed.");
        }
        return future.result();
    }

    private void stopWhenDone(Future future) {
        if (!future.cancelled() && host.isExitSignal(future.exception())) {
            return;
        }
        future.loop().stop();
    }

    /** {@code ensure_future(obj, loop=self)}: a future as it is, a coroutine wrapped in a new task. */
    public Future ensureFuture(Object futureOrCoroutine) {
        if (futureOrCoroutine instanceof Future future) {
            if (future.loop != this) {
                throw host.newError(ErrorType.VALUE_ERROR,
                        "The future belongs to a different loop than the one specified as the loop argument");
            }
            return future;
        }
        if (futureOrCoroutine instanceof Coroutine coroutine) {
            return createTask(coroutine);
        }
        throw host.newError(ErrorType.TYPE_ERROR, "An asyncio.Future, a coroutine or an awaitable is required");
    }

    /** {@code run_forever()}: iterates until {@link #stop()} is called. */
    public void runForever() {
        checkClosed();
        checkRunning();
        running = true;
        engine.running(this);
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
            if (instruments.any()) {
                instruments.loopStopped(this);
            }
        } finally {
            stopping = false;
            running = false;
            engine.running(null);
        }
    }

    /** {@code stop()}: the loop finishes the current iteration (and runs one more if not inside one), then stops. */
    public void stop() {
        stopping = true;
    }

    /** {@code is_running()}. */
    public boolean isRunning() {
        return running;
    }

    /** {@code is_closed()}. */
    public boolean isClosed() {
        return closed;
    }

    /** {@code close()}: drops every pending callback and timer; a closed loop schedules nothing more. */
    public void close() {
        if (running) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        timers.clear();
        cancelledTimers = 0;
        if (instruments.any()) {
            instruments.loopClosed(this);
        }
    }

    /** One iteration of the loop, exactly in the order of CPython's {@code _run_once}. */
    void runOnce() {
        long number = ++iteration;
        if (instruments.any()) {
            instruments.iterationBegin(this, number);
        }
        engine.deliverDueOutsideEvents();
        dropCancelledTimers();
        if (ready.isEmpty() && !stopping) {
            waitForNextTimer();
        }
        // past about 10^7 s, adding the resolution no longer changes the time: a timer due now must still be ready
        double endTime = Math.max(time() + CLOCK_RESOLUTION, Math.nextUp(time()));
        while (!timers.isEmpty() && timers.peek().when() < endTime) {
            TimerHandle timer = timers.pop();
            timer.scheduled = false;
            ready.add(timer);
            if (instruments.any()) {
                instruments.timerFired(timer);
            }
        }
        int todo = ready.size();
        for (int n = 0; n < todo; n++) {
            Handle handle = ready.poll();
            if (!handle.cancelled()) {
                runHandle(handle);
            }
        }
        if (instruments.any()) {
            instruments.iterationEnd(this, number);
        }
    }

    private void dropCancelledTimers() {
        int scheduled = timers.size();
        if (scheduled > MIN_TIMERS_FOR_CLEANUP && cancelledTimers * 2 > scheduled) {
            timers.removeCancelled();
            cancelledTimers = 0;
            return;
        }
        while (!timers.isEmpty() && timers.peek().cancelled()) {
            TimerHandle timer = timers.pop();
            timer.scheduled = false;
            cancelledTimers--;
        }
    }

    private void waitForNextTimer() {
        double outside = engine.nextOutsideTime();
        if (outside < Double.POSITIVE_INFINITY && (timers.isEmpty() || outside < timers.peek().when())) {
            idleUntil(outside);
            engine.deliverDueOutsideEvents();
            return;
        }
        if (timers.isEmpty()) {
            throw new RunAborted(RunAborted.Reason.STALLED, "the event loop has nothing to run and no timer to "
                    + "wait for: the program would wait forever");
        }
        idleUntil(timers.peek().when());
    }

    /** The loop has nothing to do until {@code when}: the clock passes (virtually or for real). */
    private void idleUntil(double when) {
        double from = time();
        if (when <= from) {
            return;
        }
        if (when > engine.timeLimit()) {
            throw new RunAborted(RunAborted.Reason.TIME_LIMIT,
                    "the program ran past the time limit of " + engine.timeLimit() + " seconds of loop time");
        }
        engine.clock().waitUntil(when);
        if (instruments.any()) {
            instruments.idle(this, from, when);
        }
    }

    private void runHandle(Handle handle) {
        if (!instruments.any()) {
            handle.run();
            return;
        }
        double start = time();
        instruments.beforeHandle(handle);
        try {
            handle.run();
        } finally {
            double held = time() - start;
            instruments.afterHandle(handle, held);
            if (held >= slowCallbackDuration) {
                Object subject = handle.task() != null ? handle.task() : handle;
                String message = String.format(java.util.Locale.ROOT, "Executing %s took %.3f seconds", subject, held);
                instruments.warning(this, new LoopWarning(LoopWarning.Kind.SLOW_CALLBACK, message,
                        subject, null));
            }
        }
    }

    /** Holds the loop for {@code seconds} (a blocking call such as {@code time.sleep}): nothing else runs. */
    public void block(double seconds, String what) {
        double from = time();
        boolean cut = true;
        try {
            engine.pass(seconds);
            cut = false;
        } finally {
            double held = cut ? time() - from : Math.max(0, seconds);
            if (instruments.any()) {
                instruments.blocked(this, from, held, what);
            }
        }
    }

    /**
     * {@code call_exception_handler(context)}: the custom handler if set, else the default one. A custom handler
     * that raises is reported, as CPython does, to the default handler as 'Unhandled error in exception handler'.
     */
    public void callExceptionHandler(ErrorContext context) {
        if (exceptionHandler == null) {
            defaultExceptionHandler(context);
            return;
        }
        try {
            exceptionHandler.accept(this, context);
        } catch (RuntimeException error) {
            if (host.isExitSignal(error)) {
                throw error;
            }
            defaultExceptionHandler(new ErrorContext("Unhandled error in exception handler", error, null, null));
        }
    }

    /** {@code default_exception_handler(context)}: reported as a warning and to the run's default handler. */
    public void defaultExceptionHandler(ErrorContext context) {
        if (instruments.any()) {
            instruments.warning(this, new LoopWarning(context.kind(), context.message(),
                    context.handle() != null ? context.handle() : context.future(), context.exception()));
        }
        engine.defaultExceptionHandler().accept(this, context);
    }

    /** {@code set_exception_handler(handler)}; null restores the default. */
    public void setExceptionHandler(BiConsumer<EventLoop, ErrorContext> handler) {
        exceptionHandler = handler;
    }

    /** The task whose step is running, or null ({@code current_task()}). */
    public Task currentTask() {
        return currentTask;
    }

    /** {@code all_tasks(loop)}: the tasks not yet done, in creation order. */
    public List<Task> allTasks() {
        return liveTasks.toList();
    }

    /** Futures whose exception nobody retrieved yet (CPython reports them when they are collected). */
    public List<Future> unretrievedFutures() {
        return new ArrayList<>(unretrieved);
    }

    /** The ready queue now, front first (a copy, for inspection). */
    public List<Handle> readyHandles() {
        return new ArrayList<>(ready);
    }

    /** The armed timers in deadline order (a copy, for inspection). */
    public List<TimerHandle> scheduledTimers() {
        return timers.sorted();
    }

    /** How many iterations the loop has run. */
    public long iterations() {
        return iteration;
    }

    void reportCallbackError(Handle handle, RuntimeException error) {
        callExceptionHandler(new ErrorContext("Exception in callback " + handle.callback().describe(), error, null,
                handle));
    }

    void timerCancelled(TimerHandle timer) {
        if (timer.scheduled) {
            cancelledTimers++;
        }
        if (instruments.any()) {
            instruments.timerCancelled(timer);
        }
    }

    void scheduleStep(Task task, RuntimeException error) {
        callSoon(new TaskStep(task, error), task);
    }

    void registerTask(Task task) {
        liveTasks.add(task);
    }

    void taskDone(Task task) {
        liveTasks.remove(task);
        if (instruments.any()) {
            RuntimeException exception = task.cancelled() ? null : task.rawException();
            instruments.taskExited(task, exception);
        }
    }

    void enterTask(Task task) {
        if (currentTask != null) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "Cannot enter into task " + task
                    + " while another task " + currentTask + " is being executed.");
        }
        currentTask = task;
    }

    void leaveTask(Task task) {
        if (currentTask != task) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "Leaving task " + task
                    + " does not match the current task " + currentTask + ".");
        }
        currentTask = null;
    }

    void unretrieved(Future future) {
        unretrieved.add(future);
    }

    void retrieved(Future future) {
        unretrieved.remove(future);
    }

    private void checkClosed() {
        if (closed) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "Event loop is closed");
        }
    }

    private void checkRunning() {
        if (running) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "This event loop is already running");
        }
        if (engine.runningLoop() != null) {
            throw host.newError(ErrorType.RUNTIME_ERROR,
                    "Cannot run the event loop while another loop is running");
        }
    }

    @Override
    public String toString() {
        return "<_UnixSelectorEventLoop running=" + (running ? "True" : "False") + " closed="
                + (closed ? "True" : "False") + " debug=" + (debug ? "True" : "False") + ">";
    }

    /** {@code get_debug()}. */
    public boolean debug() {
        return debug;
    }

    /** {@code set_debug(enabled)}: only remembered (the checks of debug mode are always on in the trace). */
    public void setDebug(boolean enabled) {
        debug = enabled;
    }
}
