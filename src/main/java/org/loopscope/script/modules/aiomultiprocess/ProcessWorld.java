package org.loopscope.script.modules.aiomultiprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.loopscope.engine.Callback;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.script.interp.Interpreter;

/**
 * The simulated processes of one run and the scheduler that interleaves their event loops with the program's on
 * one thread, in virtual-time order (see the package description). The scheduler is an outside event of the
 * engine, armed at the next time any process has work: when the program's loop reaches that time (idle, at the
 * start of an iteration, or while blocked in {@code time.sleep}), every process with work due runs one loop
 * iteration, in the order the processes were started, round after round until none has work due at that instant;
 * then it is armed again for the earliest time a process will have work.
 */
final class ProcessWorld {

    /**
     * {@code os.getpid()} in the program itself: fixed, so runs repeat; a simulated process is
     * {@code PROGRAM_PID + N} for {@code SpawnProcess-N} (N counts from 2: the manager aiomultiprocess starts is 1).
     */
    static final int PROGRAM_PID = 40000;
    /** {@code os.getppid()} in the program: the shell that started it. */
    static final int PROGRAM_PARENT_PID = 39999;

    /** Rounds at one instant after which the program's loop gets a turn first (a process that never waits). */
    private static final int ROUNDS_PER_TURN = 10_000;

    final Interpreter interp;
    final Engine engine;
    private final List<SimProcess> live = new ArrayList<>();
    /** Every process started, by its loop: which process runs is which loop runs. */
    private final java.util.Map<EventLoop, SimProcess> byLoop = new java.util.HashMap<>();
    private final TreeSet<Double> armed = new TreeSet<>();
    private boolean running;
    /** multiprocessing's process counter; the manager aiomultiprocess starts first is number 1. */
    private int identities = 1;

    private ProcessWorld(Interpreter interp) {
        this.interp = interp;
        this.engine = interp.engine();
    }

    static ProcessWorld of(Interpreter interp) {
        return interp.extension(ProcessWorld.class, ProcessWorld::new);
    }

    static ProcessWorld current() {
        return of(Interpreter.current());
    }

    /** The next process number ({@code SpawnProcess-N}). */
    int nextIdentity() {
        return ++identities;
    }

    /** The simulated process whose loop is running now, or null in the program itself. */
    SimProcess currentProcess() {
        EventLoop running = engine.runningLoop();
        return running == null ? null : byLoop.get(running);
    }

    /** {@code os.getpid()} of the code running now. */
    int currentPid() {
        SimProcess process = currentProcess();
        return process == null ? PROGRAM_PID : process.pid;
    }

    /** {@code os.getppid()} of the code running now. */
    int currentParentPid() {
        SimProcess process = currentProcess();
        return process == null ? PROGRAM_PARENT_PID : process.parentPid;
    }

    /** The clock now. */
    double now() {
        return engine.clock().now();
    }

    /** A started process takes part in the scheduling. */
    void add(SimProcess process) {
        live.add(process);
        byLoop.put(process.loop, process);
        wake();
    }

    /** A process that is gone takes no more turns. */
    void remove(SimProcess process) {
        live.remove(process);
    }

    /** Something was handed to a process: look again at who has work. */
    void wake() {
        if (!running) {
            arm(now());
        }
    }

    /**
     * Sends something from a process to the program (or another process) at the process's own time: now, plus
     * what its current iteration has spent in blocking calls.
     */
    void deliver(String what, Runnable action) {
        engine.atTime(now() + interp.workerOffset(), what, action);
    }

    private void arm(double time) {
        if (Double.isFinite(time) && armed.add(time)) {
            engine.atTime(time, "simulated processes", () -> turn(time));
        }
    }

    /** The processes with work due now run one iteration each, round after round, until none has. */
    private void turn(double time) {
        armed.remove(time);
        if (running) {
            return;
        }
        running = true;
        boolean deferred = false;
        boolean yieldToProgram = false;
        try {
            int rounds = 0;
            boolean progress = true;
            while (progress && !deferred) {
                progress = false;
                for (SimProcess process : List.copyOf(live)) {
                    if (process.dueNow()) {
                        if (!process.runIteration()) {
                            deferred = true;
                            break;
                        }
                        progress = true;
                    }
                }
                if (++rounds >= ROUNDS_PER_TURN) {
                    yieldToProgram = true;
                    break;
                }
            }
        } finally {
            running = false;
        }
        double now = now();
        if (deferred) {
            // Outside events fell due: the program's loop delivers them, then this turn goes on.
            arm(now);
        } else if (yieldToProgram) {
            EventLoop program = engine.runningLoop();
            if (program != null && !program.isClosed()) {
                program.callSoon(Callback.named("simulated processes", () -> arm(now)));
            }
        }
        for (SimProcess process : live) {
            arm(process.nextDue());
        }
    }
}
