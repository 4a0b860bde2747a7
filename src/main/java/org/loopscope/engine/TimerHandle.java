package org.loopscope.engine;

/**
 * A callback scheduled for a time, as {@code asyncio.TimerHandle}. Timers are ordered by deadline. On CPython's
 * clock, deadlines computed from the current time ({@code call_later}, {@code sleep}) never tie, since the clock
 * moves between calls; the virtual clock stands still within a step, so such ties go first-in first-out. Only
 * deadlines the program gave itself ({@code call_at}) can tie for real, and then the heap decides, as CPython's
 * does; such a deadline comes before a computed one it ties with (it was computed from an earlier reading).
 */
public final class TimerHandle extends Handle implements Comparable<TimerHandle> {

    private final double when;
    /** The deadline was given by the program ({@code call_at}), not computed from the clock. */
    boolean exactWhen;
    boolean scheduled;
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

    /** CPython's {@code TimerHandle.__lt__} as the heap sees it (see the class comment for ties). */
    boolean before(TimerHandle other) {
        if (when != other.when) {
            return when < other.when;
        }
        if (exactWhen != other.exactWhen) {
            // A given deadline was computed from a clock reading taken before the tying timer was armed.
            return exactWhen;
        }
        return !exactWhen && id() < other.id();
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
