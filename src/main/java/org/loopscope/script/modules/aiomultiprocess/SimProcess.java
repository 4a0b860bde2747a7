package org.loopscope.script.modules.aiomultiprocess;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.engine.Callback;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.DoneCallback;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Future;
import org.loopscope.engine.Simulation;
import org.loopscope.engine.Task;
import org.loopscope.script.interp.Tracebacks;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.runtime.Output;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;

/**
 * One simulated child process: a name ({@code SpawnProcess-N}), a pid, its own event loop on the run's engine, and
 * the coroutine it runs as its main task ({@code Task-1} of that process, as in a fresh interpreter). It takes
 * turns through {@link ProcessWorld}; blocking calls inside a turn cost the process's time, not the clock's, so
 * its next turn and what it sends come that much later. When the main task ends the process exits (exit code 0,
 * or 1 after logging the error as aiomultiprocess and multiprocessing do); {@code terminate()} ends it at once
 * with exit code -15.
 */
final class SimProcess {

    /** What runs in the process: called inside it to make the main coroutine (null if it failed and logged). */
    interface Body {
        Coroutine start(SimProcess process);
    }

    final ProcessWorld world;
    final String name;
    final int pid;
    /** The pid of the process that made this one: the program's, or another simulated process's. */
    final int parentPid;
    private final Body body;
    EventLoop loop;
    private Task main;
    private int taskCounter;
    private double busyUntil = Double.NEGATIVE_INFINITY;
    private boolean started;
    private boolean exiting;
    /** The exit code once the program can see it, or null. */
    Integer exitcode;
    /** The main coroutine's result, or the exception it raised (a Worker's {@code result}). */
    Object result = Py.NONE;
    private final List<Runnable> onExit = new ArrayList<>();

    SimProcess(ProcessWorld world, Body body) {
        this.world = world;
        int identity = world.nextIdentity();
        this.name = "SpawnProcess-" + identity;
        this.pid = ProcessWorld.PROGRAM_PID + identity;
        this.parentPid = world.currentPid();
        this.body = body;
    }

    boolean started() {
        return started;
    }

    /** {@code is_alive()}: started and not yet seen to exit. */
    boolean alive() {
        return started && exitcode == null;
    }

    /** Runs {@code action} (once) when the program sees the process exit. */
    void whenExited(Runnable action) {
        if (exitcode != null) {
            action.run();
        } else {
            onExit.add(action);
        }
    }

    /** {@code start()}: the process begins with a new loop; its body starts on the loop's first iteration. */
    void start() {
        started = true;
        loop = world.engine.newEventLoop();
        loop.callSoon(Callback.named("Process.run_async()", this::bootstrap));
        world.add(this);
    }

    private void bootstrap() {
        Coroutine coroutine;
        try {
            coroutine = body.start(this);
        } catch (PyException error) {
            fail(error);
            return;
        }
        main = newTask(coroutine);
        main.addDoneCallback(DoneCallback.named("SimProcess.exit()", f -> mainDone()));
    }

    /** A task of this process, named {@code Task-N} by the process's own counter. */
    Task newTask(Coroutine coroutine) {
        Task task = loop.createTask(coroutine, "Task-" + ++taskCounter);
        Simulation.forgetPending(task);
        return task;
    }

    private void mainDone() {
        if (main.cancelled()) {
            fail((PyException) world.engine.host().newError(org.loopscope.engine.ErrorType.CANCELLED_ERROR));
            return;
        }
        RuntimeException error = main.exception();
        if (error instanceof PyException e) {
            fail(e);
        } else {
            result = main.result();
            exit(0);
        }
    }

    /** The main coroutine raised: logged on stderr as the child would, then exit code 1. */
    void fail(PyException error) {
        result = error;
        Tracebacks tracebacks = ModuleSupport.tracebacks(world.interp);
        String trace = tracebacks == null ? error.getMessage() + "\n" : tracebacks.format(error);
        world.interp.context().output().write(Output.Stream.STDERR, "aio process " + pid + " failed\n" + trace
                + "Process " + name + ":\n" + trace);
        exit(1);
    }

    /** The process ends with {@code code}; the program sees it at the process's own time. */
    void exit(int code) {
        if (exiting) {
            return;
        }
        exiting = true;
        world.remove(this);
        world.deliver(name + " exited", () -> exited(code));
    }

    private void exited(int code) {
        if (exitcode != null) {
            return;
        }
        exitcode = code;
        forgetTasks();
        List<Runnable> actions = List.copyOf(onExit);
        onExit.clear();
        actions.forEach(Runnable::run);
    }

    /** {@code terminate()} (SIGTERM, -15) or {@code kill()} (SIGKILL, -9): the process is gone at once. */
    void terminate(int code) {
        if (!started || exitcode != null) {
            return;
        }
        exiting = true;
        world.remove(this);
        exited(code);
    }

    /** The process is gone: its tasks will never finish (nobody is told), and its loop is closed. */
    private void forgetTasks() {
        if (loop != null) {
            loop.allTasks().forEach(Simulation::forgetPending);
            if (world.engine.runningLoop() != loop && !loop.isClosed()) {
                loop.close();
            }
        }
    }

    /** Whether the process has work it may do now. */
    boolean dueNow() {
        return !exiting && busyUntil <= world.now() && Simulation.nextWork(loop) <= world.now();
    }

    /** When the process next has work to do, or infinity. */
    double nextDue() {
        return exiting ? Double.POSITIVE_INFINITY : Math.max(busyUntil, Simulation.nextWork(loop));
    }

    /**
     * One iteration of the process's loop at the current time; blocking calls inside it make the process busy for
     * that long (shown as a blocked span on its loop). False if outside events must be delivered first.
     */
    boolean runIteration() {
        double start = world.now();
        boolean[] ran = new boolean[1];
        double busy = world.interp.runAsWorker(() -> ran[0] = Simulation.runIteration(loop));
        if (busy > 0) {
            busyUntil = start + busy;
            if (world.engine.instruments().any()) {
                world.engine.instruments().blocked(loop, start, busy, "process busy");
            }
        }
        return ran[0];
    }

    /** A future of the program's loop {@code parent} that is done when the process has exited. */
    Future exitFuture(EventLoop parent, org.loopscope.engine.Awaited owner, String what) {
        Future future = Simulation.waiter(parent, owner, what);
        whenExited(() -> {
            if (!future.done()) {
                future.setResult(Py.NONE);
            }
        });
        return future;
    }
}
