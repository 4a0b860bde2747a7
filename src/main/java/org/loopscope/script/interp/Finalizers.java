package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.loopscope.engine.Engine;
import org.loopscope.engine.ErrorContext;
import org.loopscope.engine.Task;
import org.loopscope.script.runtime.PyException;

/**
 * What CPython does when the last reference to a suspended generator goes away, and what it finalizes when the
 * program ends. A dropped generator is closed at once (its {@code finally} blocks run); a dropped async generator
 * has its {@code aclose()} scheduled on the loop that first iterated it. An exception raised while closing cannot
 * propagate: it is reported as "Exception ignored in: ..." on stderr, as {@code sys.unraisablehook} does.
 *
 * <p>At exit, in CPython's order: futures whose exception was never retrieved are reported; tasks still pending
 * are destroyed (those only a cycle keeps alive first, in creation order, their coroutine closed before the
 * report; then those an open loop's timers keep, newest first, reported before their coroutine is closed); then
 * the generators still suspended inside a {@code try} or {@code with} are closed, oldest first; last, coroutines
 * that a failing library call left never awaited are reported.
 */
final class Finalizers {

    private final Interpreter in;
    /** Started, unfinished generators and coroutines whose code has handlers (closing them can run code). */
    private final Set<GenBase> suspended = new LinkedHashSet<>();

    Finalizers(Interpreter in) {
        this.in = in;
    }

    /** Coroutines left never awaited because the call they were passed to raised. */
    private final Set<PyCoroutine> orphans = new LinkedHashSet<>();

    void orphaned(PyCoroutine coro) {
        orphans.add(coro);
    }

    void started(GenBase gen) {
        suspended.add(gen);
    }

    void finished(GenBase gen) {
        suspended.remove(gen);
    }

    /** {@code gen} is no longer referenced (a {@code for} loop that owned it was left early). */
    static void dropped(Interpreter in, GenBase gen) {
        if (gen.finished) {
            return;
        }
        if (gen instanceof PyAsyncGenerator agen) {
            agen.dropped();
            return;
        }
        close(in, gen);
    }

    private static void close(Interpreter in, GenBase gen) {
        try {
            gen.closeImpl();
        } catch (PyException e) {
            in.unraisable(e, gen);
        }
    }

    /** The end of the program: reports and closes what CPython's shutdown would, in its order. */
    void atExit() {
        Engine engine = in.engine;
        for (ErrorContext report : engine.unretrieved()) {
            engine.report(report);
        }
        List<Task> pending = engine.pendingTasks();
        List<Task> held = new ArrayList<>();
        for (Task task : pending) {
            if (task.heldByTimer()) {
                held.add(task);
                continue;
            }
            closeCoroutine(task);
            engine.report(Engine.destroyedPending(task));
        }
        for (int i = held.size() - 1; i >= 0; i--) {
            Task task = held.get(i);
            engine.report(Engine.destroyedPending(task));
            closeCoroutine(task);
        }
        for (GenBase gen : new ArrayList<>(suspended)) {
            // An async generator's finalizer only schedules aclose() on its loop, which will not run again.
            if (!gen.finished && !(gen instanceof PyAsyncGenerator)) {
                close(in, gen);
            }
        }
        for (PyCoroutine coro : orphans) {
            if (!coro.frame.started && !coro.finished) {
                // Collected during shutdown, when the warning has no frame to point at.
                coro.finished = true;
                in.context.output().write(org.loopscope.script.runtime.Output.Stream.STDERR,
                        "sys:1: RuntimeWarning: coroutine '" + coro.qualname + "' was never awaited\n");
            }
        }
    }

    private void closeCoroutine(Task task) {
        if (task.getCoro() instanceof GenBase gen) {
            close(in, gen);
        } else {
            try {
                task.getCoro().close();
            } catch (PyException e) {
                in.unraisable(e, task.getCoro());
            }
        }
    }
}
