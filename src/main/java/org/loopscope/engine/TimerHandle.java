package org.loopscope.engine;

/**
 * A callback scheduled for a time, as {@code asyncio.TimerHandle}. Timers are ordered by deadline, then by
 * the order they were armed, so equal deadlines fire first-in first-out.
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {

    private final double when;
    boolean scheduled;
    int heapIndex = -1;
    private boolean ran;

    TimerHandle(double when, Callback callback, EventLoop loop, long id) {
        super(callback, loop, null, id);
        this.when = when;
    }

    /** The absolute loop time at which the callback is due. */
    public double when() {
        return when;
    }

    /** Whether the timer is still in the loop's timer heap. */
    public boolean isScheduled() {
        return scheduled;
    }

    /**
     * Cancels the timer. Cancelling one that already ran (as {@code asyncio.sleep} does on its way out) only marks
     * it cancelled, as in CPython; instruments hear of it only while the callback could still have run.
     */
    @Override
    public void cancel() {
        if (!cancelled() && !ran) {
            loop().timerCancelled(this);
        }
        super.cancel();
    }

    @Override
    void run() {
        ran = true;
        super.run();
    }

    @Override
    public int compareTo(TimerHandle other) {
        int byTime = Double.compare(when, other.when);
        return byTime != 0 ? byTime : Long.compare(id(), other.id());
    }

    /** CPython's repr: {@code <TimerHandle when=1.5 say('x')>}, or {@code <TimerHandle cancelled when=1.5>}. */
    @Override
    public String toString() {
        String whenInfo = "when=" + loop().host().repr(when);
        return cancelled() ? "<TimerHandle cancelled " + whenInfo + ">"
                : "<TimerHandle " + whenInfo + " " + callback().describe() + ">";
    }
}
