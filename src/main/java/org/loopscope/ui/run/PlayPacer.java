package org.loopscope.ui.run;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.loopscope.session.Cursor;
import org.loopscope.session.view.RunController;

/**
 * Paces playing: how far each frame of wall time moves the cursor at a {@link PlaySpeed}. Virtual time flows at the
 * speed towards the next step, steps that take no time go at the speed's pace, and a breakpoint's line reached on the
 * way stops the cursor there. It keeps only its own clock; the caller owns the run and whether it is playing.
 */
final class PlayPacer {

    /** The most events "as fast as possible" moves per frame: the panels keep up, the window stays responsive. */
    static final int FASTEST_EVENTS_PER_TICK = 20_000;
    /** The most steps one frame plays. */
    private static final int MAX_STEPS_PER_TICK = 200;

    private final Supplier<Collection<Integer>> breakpoints;
    /** The virtual time playing has reached; it flows between steps. */
    private double playClock;
    /** How many zero-time steps may still be taken before the pace says wait. */
    private double paceBudget;

    /** A pacer stopping at the lines {@code breakpoints} gives at the time it asks. */
    PlayPacer(Supplier<Collection<Integer>> breakpoints) {
        this.breakpoints = Objects.requireNonNull(breakpoints, "breakpoints");
    }

    /** Playing starts at virtual time {@code time}, with one step allowed at once. */
    void start(double time) {
        playClock = time;
        paceBudget = 1;
    }

    /**
     * Moves {@code controller}'s cursor by {@code wallSeconds} of wall time, each step by {@code unit}.
     *
     * @return whether it stopped at a breakpoint
     */
    boolean advance(RunController controller, PlaySpeed pace, Cursor.Unit unit, double wallSeconds) {
        if (pace.fastest()) {
            int before = controller.position();
            controller.seekEvent(before + FASTEST_EVENTS_PER_TICK);
            if (controller.position() == before) {
                controller.end();
            }
            return stopAtBreakpoint(controller, before);
        }
        // Virtual time flows only towards the next step; steps that take no time go at the pace.
        double flow = wallSeconds * pace.factor();
        paceBudget = Math.min(paceBudget + wallSeconds * pace.pace(), 1 + pace.pace() / 10);
        for (int i = 0; i < MAX_STEPS_PER_TICK; i++) {
            double next = controller.peekTime(unit);
            if (Double.isNaN(next)) {
                if (controller.over()) {
                    // No more steps of this kind: the last events (the end of the run) come at once.
                    controller.end();
                }
                return false;
            }
            if (next > playClock) {
                double advance = Math.min(next - playClock, flow);
                playClock += advance;
                flow -= advance;
                if (playClock < next) {
                    return false;
                }
                // Waiting for its time was pace enough for the first step after it.
                paceBudget = Math.max(paceBudget, 1);
            }
            if (paceBudget < 1) {
                return false;
            }
            int before = controller.position();
            controller.step(unit);
            paceBudget -= 1;
            if (stopAtBreakpoint(controller, before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The time the clock readout shows while playing at a finite speed: the cursor's {@code stepTime}, or, between
     * steps, the time playing has flowed to, up to the next step's time.
     */
    double clockShown(RunController controller, Cursor.Unit unit, double stepTime) {
        double next = controller.peekTime(unit);
        return Math.max(stepTime, Math.min(playClock, Double.isNaN(next) ? playClock : next));
    }

    /** If a breakpoint's line was reached between {@code from} and the cursor, moves there. */
    private boolean stopAtBreakpoint(RunController controller, int from) {
        Collection<Integer> lines = breakpoints.get();
        if (lines.isEmpty()) {
            return false;
        }
        int reached = controller.position();
        controller.seekEvent(from);
        Cursor.Move hit = controller.runToBreakpoint(List.copyOf(lines));
        if (hit.status() == Cursor.Status.MOVED && hit.position() <= reached) {
            return true;
        }
        controller.seekEvent(reached);
        return false;
    }
}
