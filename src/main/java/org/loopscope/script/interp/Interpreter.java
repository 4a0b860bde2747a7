package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.RunAborted;
import org.loopscope.engine.Task;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Builtins;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.RunContext;
import org.loopscope.script.runtime.TraceFrame;

/**
 * The state of one run of the VM: the builtins, the imported modules, the exception being handled, the depth of
 * Python frames (bounded by the recursion limit), the instruction budget of the current task step, and the
 * source positions of the traceback entries. Not thread-safe: a run executes on one thread, which
 * {@link #current()} finds it from while it is {@linkplain #enter() entered}.
 */
public final class Interpreter {

    /** CPython's default {@code sys.getrecursionlimit()}. */
    public static final int RECURSION_LIMIT = 1000;

    private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();

    final RunContext context;
    final Engine engine;
    final PyDict builtins;
    final Imports imports;
    final BuiltinFunction buildClass;
    final Finalizers finalizers = new Finalizers(this);
    ExcState excState = new ExcState();
    int depth;
    /** {@code sys.getrecursionlimit()}: how deep Python frames may nest. */
    int recursionLimit = RECURSION_LIMIT;
    /** The frame executing now (innermost), or null. */
    Frame frame;
    long ticks;
    volatile long tickLimit = Long.MAX_VALUE;
    private final long budget;
    private int stepNesting;
    /** What a delegate yielded, handed from {@link Awaiting#send} to the suspending SEND. */
    Object delegated;
    private final Map<PyException, List<TracePoint>> tracePoints = new WeakHashMap<>();
    private final Map<Class<?>, Object> extensions = new java.util.HashMap<>();
    private volatile String stopReason;
    private RunAborted aborted;

    /** Where a traceback entry points: the code and the instruction. */
    record TracePoint(CodeObject code, int lasti, PyDict globals) {
    }

    /**
     * A VM for one run: {@code context} receives output, {@code engine} runs the event loops, {@code budget} is how
     * many instructions one task step may run before the run is aborted, {@code modules} makes the importable
     * modules.
     */
    public Interpreter(RunContext context, Engine engine, long budget, ModuleFactory modules) {
        this.context = context;
        this.engine = engine;
        this.budget = budget;
        PyModule builtinsModule = Builtins.module(context);
        this.builtins = builtinsModule.dict();
        this.buildClass = new BuiltinFunction("__build_class__", (args, kw) -> ClassBuilder.build(this, args, kw));
        builtins.put("__build_class__", buildClass);
        FrameBuiltins.install(this, builtins);
        this.imports = new Imports(this, modules);
        imports.register("builtins", builtinsModule);
    }

    /** The interpreter of the run executing on this thread, or null. */
    public static Interpreter current() {
        return CURRENT.get();
    }

    /** Makes this the current interpreter (and its run context current) until the scope is closed. */
    public RunContext.Scope enter() {
        Interpreter previous = CURRENT.get();
        CURRENT.set(this);
        RunContext.Scope inner = context.enter();
        return () -> {
            inner.close();
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The run's engine. */
    public Engine engine() {
        return engine;
    }

    /** The run's output and object identities. */
    public RunContext context() {
        return context;
    }

    /** The builtins namespace. */
    public PyDict builtins() {
        return builtins;
    }

    /** Per-run state a module keeps with the interpreter, made by {@code make} on first use. */
    public <T> T extension(Class<T> key, java.util.function.Function<Interpreter, T> make) {
        Object value = extensions.get(key);
        if (value == null) {
            value = make.apply(this);
            extensions.put(key, value);
        }
        return key.cast(value);
    }

    /** The modules imported so far, by name ({@code sys.modules}). */
    public Map<String, PyModule> modules() {
        return imports.loaded();
    }

    /** {@code sys.modules}, which imports keep up to date. */
    public PyDict sysModules() {
        return imports.sysModules;
    }

    /** A new {@code __main__} module for the script at {@code path}, with CPython's module globals. */
    public PyModule newMainModule(String path) {
        return PyModule.script("__main__", path, imports.module("builtins"), new Imports.Loader());
    }

    /** What CPython finalizes when the program ends (see {@link Finalizers}); call once, after the script. */
    public void finalizeAtExit() {
        finalizers.atExit();
    }

    /** Registers a module as imported (the run's {@code __main__}). */
    public void registerModule(String name, PyModule module) {
        imports.register(name, module);
    }

    /** Runs a module's code with {@code module}'s namespace as globals and locals. */
    public Object runModule(CodeObject code, PyModule module) {
        Frame f = new Frame(code, module.dict(), builtins, module.dict());
        return Eval.execute(this, f);
    }

    /** Asks the run to stop at its next function call or loop iteration (from any thread). */
    public void requestStop(String reason) {
        stopReason = reason;
        tickLimit = -1;
    }

    /** Seconds a simulated worker thread has spent so far, or NaN when the code runs on the loop's thread. */
    private double workerElapsed = Double.NaN;

    /**
     * Runs {@code body} as if on a worker thread of the default executor: blocking sleeps inside it cost the
     * worker time, not the loop's. Returns how long the worker was busy.
     */
    public double runAsWorker(Runnable body) {
        double saved = workerElapsed;
        workerElapsed = 0;
        try {
            body.run();
            return workerElapsed;
        } finally {
            workerElapsed = saved;
        }
    }

    /** Whether code runs on a simulated worker thread ({@link #runAsWorker}). */
    public boolean onWorker() {
        return !Double.isNaN(workerElapsed);
    }

    /** A blocking call on a worker thread took {@code seconds}. */
    public void workerBlocked(double seconds) {
        workerElapsed += seconds;
    }

    /** How far a worker thread is ahead of the loop's clock (0 on the loop's thread). */
    public double workerOffset() {
        return onWorker() ? workerElapsed : 0;
    }

    /** Whether frames report each new source line to the engine's instruments (for the timeline's markers). */
    volatile boolean lineEvents;

    /** Asks for {@link org.loopscope.engine.Instrument#line} events while the event loop runs. */
    public void emitLineEvents(boolean on) {
        lineEvents = on;
    }

    /** Loop seconds each new source line takes while an event loop runs (0: lines are free). */
    private volatile double lineCost;

    /**
     * Gives every new source line run while an event loop runs a cost in loop seconds, so CPU-bound code takes
     * time on the timeline; the line reporting must be on ({@link #emitLineEvents}).
     */
    public void lineCost(double seconds) {
        lineCost = seconds;
    }

    void lineEvent(int line) {
        EventLoop loop = engine.runningLoop();
        if (loop == null) {
            return;
        }
        if (engine.instruments().any()) {
            Task task = loop.currentTask();
            engine.instruments().line(loop, task, line);
        }
        double cost = lineCost;
        if (cost > 0) {
            if (onWorker()) {
                // A simulated worker thread or process computes on a CPU of its own: its time, not the loop's.
                workerBlocked(cost);
            } else {
                // The loop is held while the line runs; outside events due meanwhile are delivered on the way.
                engine.pass(cost);
            }
        }
    }

    /** Why the VM stopped the run, or null: once aborted, it runs no more Python code. */
    public RunAborted aborted() {
        return aborted;
    }

    private RunAborted abort(RunAborted error) {
        if (aborted == null) {
            aborted = error;
        }
        tickLimit = -1;
        return aborted;
    }

    void enterFrame(Frame f) {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.of(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (++ticks > tickLimit) {
            overBudget(f);
        }
    }

    /** {@code sys.getrecursionlimit()}. */
    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit(limit)}, with CPython's checks. */
    public void setRecursionLimit(long limit) {
        if (limit < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        if (limit <= depth) {
            throw Errors.of(ExcTypes.RECURSION_ERROR, "cannot set the recursion limit to " + limit
                    + " at the recursion depth " + depth + ": the limit is too low");
        }
        recursionLimit = (int) Math.min(limit, Integer.MAX_VALUE);
    }

    /** The exception being handled where the program is now ({@code sys.exception()}), or null. */
    public PyException handledException() {
        return excState.topmost();
    }

    /** Counts Python frames that CPython would have on the stack but the engine runs in Java (asyncio.run...). */
    public void addDepth(int frames) {
        depth += frames;
    }

    /** A task step (or callback) begins: the instruction budget restarts, and its frames count. */
    void beginStep() {
        if (aborted != null) {
            throw aborted;
        }
        if (stepNesting++ == 0 && stopReason == null) {
            ticks = 0;
            tickLimit = budget;
        }
        depth += 2;
    }

    /** The task step (or callback) ended. */
    void endStep() {
        depth -= 2;
        if (--stepNesting == 0 && stopReason == null) {
            tickLimit = Long.MAX_VALUE;
        }
    }

    /** Runs {@code body} as a loop callback: a step with the instruction budget. */
    public void runCallback(Runnable body) {
        beginStep();
        try {
            body.run();
        } finally {
            endStep();
        }
    }

    void overBudget(Frame f) {
        if (aborted != null) {
            throw aborted;
        }
        if (stopReason != null) {
            throw abort(new RunAborted(RunAborted.Reason.STOPPED, stopReason));
        }
        EventLoop loop = engine.runningLoop();
        Task task = loop == null ? null : loop.currentTask();
        String who = task != null ? task.getName() : "A callback";
        throw abort(new RunAborted(RunAborted.Reason.INSTRUCTION_LIMIT, who + " has held the loop for more than "
                + budget + " instructions at " + f.code.filename() + ":" + f.line()));
    }

    /** A Java exception from outside the program, as the Python exception the program sees. */
    PyException adopt(RuntimeException error) {
        if (error instanceof PyException p) {
            return p;
        }
        return (PyException) engine.host().adopt(error);
    }

    /** Records that {@code error} passes through {@code f} at instruction {@code lasti}. */
    void recordTraceback(PyException error, Frame f, int lasti) {
        f.lasti = lasti;
        CodeObject code = f.code;
        error.addTraceFrame(new TraceFrame(code.filename(), code.line(lasti), code.name()));
        tracePoints.computeIfAbsent(error, e -> new ArrayList<>(4)).add(new TracePoint(code, lasti, f.globals));
    }

    /** Records a traceback entry the engine's Python counterpart would add (asyncio's own frames). */
    public void recordLibraryFrame(PyException error, TraceFrame frame) {
        error.addTraceFrame(frame);
        tracePoints.computeIfAbsent(error, e -> new ArrayList<>(4)).add(null);
    }

    /** The positions of {@code error}'s traceback entries, innermost first (null entries: library frames). */
    List<TracePoint> tracePoints(PyException error) {
        List<TracePoint> points = tracePoints.get(error);
        return points == null ? List.of() : points;
    }

    /** Gives {@code to} the traceback positions of {@code from} (a split of an exception group). */
    void copyTraceback(PyException from, PyException to) {
        List<TracePoint> points = tracePoints.get(from);
        if (points != null) {
            tracePoints.put(to, new ArrayList<>(points));
        }
    }

    /** The warnings and unraisable-exception reports CPython writes on stderr itself. */
    final Warnings warnings = new Warnings(this);

    /** How the run finds the text of a source line (for warnings). */
    public void setSourceLines(java.util.function.BiFunction<String, Integer, String> lines) {
        warnings.sourceLines(lines);
    }

    /** The printer of the reports CPython writes itself (unraisable exceptions). */
    public void setTracebacks(Tracebacks printer) {
        warnings.tracebacks(printer);
    }

    /** A coroutine dropped by a call statement without ever running (see {@link Warnings#unawaited}). */
    void warnUnawaited(PyCoroutine coro, Frame f, int lasti) {
        coro.finished = true;
        warnings.unawaited(coro.qualname, f, lasti);
    }

    /** The same for a library coroutine ({@code asyncio.sleep(1)} as a statement). */
    void warnUnawaited(EngineCoro coro, Frame f, int lasti) {
        if (coro.unstarted()) {
            coro.close();
            warnings.unawaited(coro.qualifiedName(), f, lasti);
        }
    }

    /** An exception that cannot propagate (raised by a finalizer). */
    void unraisable(PyException error, Object where) {
        warnings.unraisable(error, where);
    }

    /** Where a Python frame that is running now stands: its file, current line and function name. */
    public record FrameInfo(String file, int line, String function) {
    }

    /**
     * The running Python frame {@code depth} calls out from the innermost one (0: the innermost), or null past the
     * outermost: what {@code sys._getframe(depth)} would show of it, for library code such as {@code logging}.
     */
    public FrameInfo runningFrame(int depth) {
        Frame f = frame;
        for (int i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        return f == null ? null : new FrameInfo(f.code.filename(), f.line(), f.code.name());
    }

    /** {@code exc.__traceback__}. */
    Object tracebackOf(PyException error) {
        return org.loopscope.script.runtime.PyOps.getattr(error, "__traceback__");
    }
}
