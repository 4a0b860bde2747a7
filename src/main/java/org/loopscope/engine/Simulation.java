package org.loopscope.engine;

import java.util.List;

/**
 * What simulated libraries (a network, worker processes) need from the engine beyond asyncio's own API: futures
 * that tell the trace what a task waits for ("GET http://..."), and the loops of simulated processes, which are
 * ordinary loops of the run driven one iteration at a time from outside events while the program's own loop runs.
 */
public final class Simulation {

    private Simulation() {
    }

    /**
     * A plain future for a task to await, which instruments and the trace describe as {@code operation} of
     * {@code owner} (for example a pending HTTP request, {@code GET http://httpbin.org/delay/1}).
     */
    public static WaiterFuture waiter(EventLoop loop, Awaited owner, String operation) {
        return new WaiterFuture(loop, owner, operation);
    }

    /**
     * When {@code loop} next has work: now if a handle is ready, else the time of its earliest timer that is not
     * cancelled, else infinity.
     */
    public static double nextWork(EventLoop loop) {
        if (loop.isClosed()) {
            return Double.POSITIVE_INFINITY;
        }
        if (!loop.readyHandles().isEmpty()) {
            return loop.time();
        }
        List<TimerHandle> timers = loop.scheduledTimers();
        for (TimerHandle timer : timers) {
            if (!timer.cancelled()) {
                return timer.when();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Runs one iteration of {@code loop}, which must have work due now ({@link #nextWork}), as the running loop
     * while whatever runs now (another loop) waits: a simulated process taking its turn. The loop never idles
     * here, so the shared clock does not move. Answers false, running nothing, when outside events are due: they
     * must be delivered first, by the loop that runs the program.
     */
    public static boolean runIteration(EventLoop loop) {
        Engine engine = loop.engine();
        if (engine.nextOutsideTime() <= engine.clock().now()) {
            return false;
        }
        if (nextWork(loop) > loop.time() + EventLoop.CLOCK_RESOLUTION) {
            throw new IllegalStateException("the loop has nothing to do now");
        }
        EventLoop outer = engine.runningLoop();
        engine.running(loop);
        try {
            loop.runOnce();
        } finally {
            engine.running(outer);
        }
        return true;
    }

    /** A task the end-of-run report must not call destroyed while pending: its process is gone, not the task. */
    public static void forgetPending(Task task) {
        task.logDestroyPending(false);
    }
}
