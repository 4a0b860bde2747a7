package org.loopscope.engine;

/**
 * A callback scheduled on the loop (what a {@link Handle} runs). It may throw; the loop reports the exception
 * through its exception handler, except {@code KeyboardInterrupt} and {@code SystemExit}, which stop the loop.
 */
@FunctionalInterface
public interface Callback {

    /** Runs the callback. */
    void run();

    /** How the callback reads in a handle's repr and in the trace, for example {@code say('soon 1')}. */
    default String describe() {
        return "<callback>";
    }

    /** A callback with a fixed description. */
    static Callback named(String description, Runnable body) {
        return new Callback() {
            @Override
            public void run() {
                body.run();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
