package org.loopscope.engine;

import java.util.concurrent.locks.LockSupport;

/** Wall-clock time from {@link System#nanoTime()}, for live demonstrations; waiting really sleeps. */
final class RealClock implements Clock {

    private final long origin = System.nanoTime();

    @Override
    public double now() {
        return (System.nanoTime() - origin) / 1e9;
    }

    @Override
    public void waitUntil(double deadline) {
        double left;
        while ((left = deadline - now()) > 0) {
            LockSupport.parkNanos((long) (left * 1e9));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void block(double seconds) {
        waitUntil(now() + seconds);
    }

    @Override
    public boolean isVirtual() {
        return false;
    }
}
