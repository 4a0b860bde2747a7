package org.loopscope.engine;

/**
 * Something that happens to a program from outside at a loop time — a Ctrl+C, a user cancelling a task from the
 * app — delivered by whoever holds the clock when that time comes: the idle loop, a blocking call, or a loop
 * iteration that begins after it. Ties are delivered in the order they were scheduled.
 */
record OutsideEvent(double time, long sequence, String description, Runnable action)
        implements Comparable<OutsideEvent> {

    @Override
    public int compareTo(OutsideEvent other) {
        int byTime = Double.compare(time, other.time);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
