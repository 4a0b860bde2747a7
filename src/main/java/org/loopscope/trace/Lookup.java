package org.loopscope.trace;

/** What replaying events needs to read besides the event's own fields: the live store or a frozen snapshot. */
interface Lookup {

    /** The event that put the {@code position}-th handle into loop {@code loop}'s ready queue. */
    int enqueued(int loop, int position);

    /** An interned string. */
    String text(int ref);

    /** The loop of the timer with trace number {@code timer}. */
    int timerLoop(int timer);
}
