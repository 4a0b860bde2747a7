package org.loopscope.engine;

/** Simulated time: never waits, only moves forward when the loop jumps to a timer or a call blocks. */
final class VirtualClock implements Clock {

    private double now;

    @Override
    public double now() {
        return now;
    }

    @Override
    public void waitUntil(double deadline) {
        if (deadline > now) {
            now = deadline;
        }
    }

    @Override
    public void block(double seconds) {
        if (seconds > 0) {
            now += seconds;
        }
    }

    @Override
    public boolean isVirtual() {
        return true;
    }
}
