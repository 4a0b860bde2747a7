package org.loopscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * One run's world: the host that makes exceptions, the clock every loop shares, the instruments that watch,
 * and the counters CPython keeps per process (task names {@code Task-N}). Loops are made here, and at most one
 * runs at a time, as on CPython's main thread. Not thread-safe: a run lives on one thread.
 */
public final class Engine {

    /** Where CPython's asyncio sources are on the reference machine, as reprs of its callbacks show. */
    public static final String CPYTHON_ASYNCIO = "/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio";

    private final EngineHost host;
    private final Clock clock;
    private ContextSupport contexts;
    private final Instruments instruments = new Instruments();
    private final List<EventLoop> loops = new ArrayList<>();
    private long nextId;
    private long taskCounter;
    private EventLoop running;
    private EventLoop current;
    private boolean eventLoopSet;
    private double slowCallbackDuration = 0.1;
    private double timeLimit = Double.POSITIVE_INFINITY;
    private BiConsumer<EventLoop, ErrorContext> defaultExceptionHandler = (loop, context) -> { };
    private final PriorityQueue<OutsideEvent> outside = new PriorityQueue<>();
    private long outsideSequence;
    private Runner activeRunner;

    /** A run with {@code host} and {@code clock}. */
    public Engine(EngineHost host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    /** A run on the virtual clock with Java stand-ins for Python values, for Java code and tests. */
    public static Engine forJava() {
        return new Engine(new JavaHost(), Clock.virtual());
    }

    /** The host. */
    public EngineHost host() {
        return host;
    }

    /** The contextvars support of the run, or null while the program uses none. */
    public ContextSupport contexts() {
        return contexts;
    }

    /** Installs the contexts tasks and callbacks carry from now on (see {@link ContextSupport}). */
    public void contexts(ContextSupport support) {
        this.contexts = support;
    }

    /** The clock shared by every loop of the run. */
    public Clock clock() {
        return clock;
    }

    /** The instruments watching every loop of the run. */
    public Instruments instruments() {
        return instruments;
    }

    /** A new event loop ({@code asyncio.new_event_loop()}). */
    public EventLoop newEventLoop() {
        EventLoop loop = new EventLoop(this);
        loops.add(loop);
        for (java.util.function.Consumer<EventLoop> listener : loopListeners) {
            listener.accept(loop);
        }
        return loop;
    }

    private final List<java.util.function.Consumer<EventLoop>> loopListeners = new java.util.ArrayList<>();

    /** Calls {@code listener} with each loop made from now on (what CPython's loop constructor logs, say). */
    public void onNewLoop(java.util.function.Consumer<EventLoop> listener) {
        loopListeners.add(listener);
    }

    /** Every loop made in this run, in creation order. */
    public List<EventLoop> loops() {
        return List.copyOf(loops);
    }

    /** The loop running now, or null ({@code asyncio._get_running_loop()}). */
    public EventLoop runningLoop() {
        return running;
    }

    /** The running loop, or {@code RuntimeError('no running event loop')}. */
    public EventLoop getRunningLoop() {
        if (running == null) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "no running event loop");
        }
        return running;
    }

    /** The loop set by {@code set_event_loop}, or null. */
    public EventLoop currentLoop() {
        return current;
    }

    /** {@code asyncio.set_event_loop(loop)} ({@code null} clears it). */
    public void setEventLoop(EventLoop loop) {
        current = loop;
        eventLoopSet = true;
    }

    /** Whether {@code set_event_loop} was ever called (after it, no loop is made implicitly). */
    public boolean eventLoopWasSet() {
        return eventLoopSet;
    }

    /** The threshold above which a step or callback is reported as slow (CPython: 0.1 s). */
    public double slowCallbackDuration() {
        return slowCallbackDuration;
    }

    /** Changes the slow-callback threshold. */
    public void slowCallbackDuration(double seconds) {
        slowCallbackDuration = seconds;
    }

    /** The virtual time past which the run is aborted (infinite by default). */
    public double timeLimit() {
        return timeLimit;
    }

    /** Sets the time limit. */
    public void timeLimit(double seconds) {
        timeLimit = seconds;
    }

    /** What a loop without its own handler does with an error context (CPython logs it). */
    public void defaultExceptionHandler(BiConsumer<EventLoop, ErrorContext> handler) {
        defaultExceptionHandler = handler;
    }

    BiConsumer<EventLoop, ErrorContext> defaultExceptionHandler() {
        return defaultExceptionHandler;
    }

    /**
     * What CPython's garbage collector reports when the program ends: tasks and futures whose exception nobody
     * retrieved ("Task exception was never retrieved") and tasks still pending ("Task was destroyed but it is
     * pending!"). Later-made objects first, as frames are unwound before module globals are cleared.
     */
    public List<ErrorContext> abandoned() {
        List<Future> found = new ArrayList<>();
        for (EventLoop loop : loops) {
            for (Future future : loop.unretrievedFutures()) {
                if (future.logTraceback) {
                    found.add(future);
                }
            }
            for (Task task : loop.allTasks()) {
                if (task.logDestroyPending()) {
                    found.add(task);
                }
            }
        }
        found.sort((a, b) -> Long.compare(b.id(), a.id()));
        List<ErrorContext> reports = new ArrayList<>(found.size());
        for (Future future : found) {
            String kind = future instanceof Task ? "Task"
                    : future instanceof GatheringFuture ? "_GatheringFuture" : "Future";
            reports.add(future.done()
                    ? new ErrorContext(LoopWarning.Kind.EXCEPTION_NEVER_RETRIEVED,
                            kind + " exception was never retrieved", future.rawException(), future, null)
                    : new ErrorContext(LoopWarning.Kind.TASK_DESTROYED_PENDING,
                            "Task was destroyed but it is pending!", null, future, null));
        }
        return reports;
    }

    /**
     * Reports {@link #abandoned()} through each owner loop's exception handler and as warnings, once: the reported
     * futures are marked as handled.
     */
    public void reportAbandoned() {
        for (ErrorContext report : abandoned()) {
            report(report);
        }
    }

    /** The futures whose exception nobody retrieved, as {@link #abandoned()} orders them. */
    public List<ErrorContext> unretrieved() {
        return abandoned().stream().filter(r -> r.kind() == LoopWarning.Kind.EXCEPTION_NEVER_RETRIEVED).toList();
    }

    /** The tasks still pending that would be reported as destroyed, in creation order. */
    public List<Task> pendingTasks() {
        List<Task> found = new ArrayList<>();
        for (EventLoop loop : loops) {
            for (Task task : loop.allTasks()) {
                if (task.logDestroyPending()) {
                    found.add(task);
                }
            }
        }
        found.sort((a, b) -> Long.compare(a.id(), b.id()));
        return found;
    }

    /** "Task was destroyed but it is pending!" for {@code task}. */
    public static ErrorContext destroyedPending(Task task) {
        return new ErrorContext(LoopWarning.Kind.TASK_DESTROYED_PENDING, "Task was destroyed but it is pending!",
                null, task, null);
    }

    /** Reports one abandoned future through its loop's exception handler, once (it is marked as handled). */
    public void report(ErrorContext report) {
        Future future = report.future();
        future.logTraceback = false;
        future.loop().retrieved(future);
        if (future instanceof Task task) {
            task.logDestroyPending(false);
        }
        future.loop().callExceptionHandler(report);
    }

    /**
     * Schedules {@code action} to happen to the program from outside at loop time {@code time} (a signal, an
     * intervention). It runs when the clock reaches that time: while the loop idles, during a blocking call, or
     * at the start of the next iteration if the time has already passed. It may raise into the program.
     */
    public void atTime(double time, String description, Runnable action) {
        outside.add(new OutsideEvent(time, ++outsideSequence, description, action));
    }

    /**
     * Ctrl+C, as CPython delivers SIGINT: under {@code asyncio.run} the runner cancels its main task (a second one
     * raises); otherwise {@code KeyboardInterrupt} is raised where the program is.
     */
    public void interrupt() {
        EventLoop loop = running;
        if (instruments.any()) {
            instruments.interrupted(loop);
        }
        if (activeRunner != null && activeRunner.loop() == loop && loop != null) {
            activeRunner.interrupt();
            return;
        }
        throw host.newError(ErrorType.KEYBOARD_INTERRUPT);
    }

    /**
     * Lets {@code seconds} pass while the program holds the clock (a blocking call such as {@code time.sleep}),
     * delivering outside events that fall due on the way at their time; one that raises ends the wait there.
     */
    public void pass(double seconds) {
        double end = clock.now() + Math.max(0, seconds);
        while (!outside.isEmpty() && outside.peek().time() <= end) {
            clock.waitUntil(outside.peek().time());
            outside.poll().action().run();
        }
        clock.waitUntil(end);
    }

    /** The time of the next outside event, or infinity. */
    double nextOutsideTime() {
        return outside.isEmpty() ? Double.POSITIVE_INFINITY : outside.peek().time();
    }

    /** Delivers every outside event whose time has come. */
    void deliverDueOutsideEvents() {
        while (!outside.isEmpty() && outside.peek().time() <= clock.now()) {
            outside.poll().action().run();
        }
    }

    void activeRunner(Runner runner) {
        activeRunner = runner;
    }

    Runner activeRunner() {
        return activeRunner;
    }

    void running(EventLoop loop) {
        running = loop;
    }

    long nextId() {
        return ++nextId;
    }

    String nextTaskName() {
        return "Task-" + nextTaskNumber();
    }

    /** The N of the next {@code Task-N} (a task formats its name only when asked). */
    long nextTaskNumber() {
        return ++taskCounter;
    }
}
