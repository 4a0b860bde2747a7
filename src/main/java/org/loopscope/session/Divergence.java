package org.loopscope.session;

import java.time.Duration;
import java.util.Objects;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/**
 * Where two runs part: the index of the first event that differs in kind, time, task, argument, text or flags (the
 * engine's ids of futures and handles are not compared: an edit may shift them without changing what happens). Edit
 * and replay uses it to keep what did not change and show where the new text makes a difference.
 *
 * @param kind  whether the runs differ, are the same, or are not known to differ yet
 * @param event the first differing event when {@code kind} is {@link Kind#AT}; otherwise how many events are known
 *              to be equal
 */
public record Divergence(Kind kind, int event) {

    /** What is known. */
    public enum Kind {
        /** The runs differ first at {@link #event()} (one may simply end there). */
        AT,
        /** Both runs ended and are the same event for event. */
        IDENTICAL,
        /** The first {@link #event()} events are the same; more must be recorded to know more. */
        NOT_YET
    }

    public Divergence {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Compares two traces, each complete (its run is over) or not.
     */
    public static Divergence between(Trace before, boolean beforeComplete, Trace after, boolean afterComplete) {
        return between(before, beforeComplete, after, afterComplete, 0);
    }

    /** As {@link #between(Trace, boolean, Trace, boolean)}, knowing the first {@code from} events are equal. */
    static Divergence between(Trace before, boolean beforeComplete, Trace after, boolean afterComplete, int from) {
        int common = Math.min(before.size(), after.size());
        EventLog a = before.events();
        EventLog b = after.events();
        for (int i = from; i < common; i++) {
            if (!same(a, b, i)) {
                return new Divergence(Kind.AT, i);
            }
        }
        boolean beforeEnds = beforeComplete && before.size() == common;
        boolean afterEnds = afterComplete && after.size() == common;
        if (beforeEnds && afterEnds) {
            return new Divergence(Kind.IDENTICAL, common);
        }
        if (beforeEnds || afterEnds) {
            // One run ended here and the other goes on.
            return new Divergence(Kind.AT, common);
        }
        return new Divergence(Kind.NOT_YET, common);
    }

    /**
     * Lets both sessions run until they are known to part, or to be the same, or {@code timeout} passed: the
     * reader's demand on both grows as far as the comparison has to read.
     */
    public static Divergence await(Session before, Session after, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int known = 0;
        while (true) {
            // Status first: once a run is over its snapshot is final.
            boolean beforeOver = before.status().over();
            boolean afterOver = after.status().over();
            Trace a = before.snapshot();
            Trace b = after.snapshot();
            Divergence found = between(a, beforeOver, b, afterOver, known);
            long left = deadline - System.nanoTime();
            if (found.kind() != Kind.NOT_YET || left <= 0) {
                return found;
            }
            known = found.event();
            int want = Math.max(a.size(), b.size()) + 1;
            Session behind = a.size() <= b.size() && !beforeOver ? before : after;
            before.demand(want);
            after.demand(want);
            behind.awaitEvents(want, Duration.ofNanos(Math.min(left, 50_000_000L)));
        }
    }

    private static boolean same(EventLog a, EventLog b, int i) {
        return a.kind(i) == b.kind(i) && Double.compare(a.time(i), b.time(i)) == 0 && a.task(i) == b.task(i)
                && a.arg(i) == b.arg(i) && a.flags(i) == b.flags(i) && Objects.equals(a.text(i), b.text(i));
    }
}
