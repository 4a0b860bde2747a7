package org.loopscope.engine;

/**
 * How CPython's reprs point at its own asyncio sources and abbreviate arguments, for the descriptions of the
 * combinators' coroutines and callbacks.
 */
final class SourceRefs {

    /** {@code reprlib}'s limit for the repr of an arbitrary object. */
    private static final int MAX_OTHER = 30;

    private SourceRefs() {
    }

    /** {@code " at /.../asyncio/FILE:LINE"}, as {@code format_helpers._format_callback_source} appends. */
    static String at(String file, int line) {
        return " at " + Engine.CPYTHON_ASYNCIO + "/" + file + ":" + line;
    }

    /** {@code NAME() running at /.../asyncio/FILE:LINE}, a suspended coroutine as {@code _format_coroutine}. */
    static String running(String name, String file, int line) {
        return name + "() running at " + Engine.CPYTHON_ASYNCIO + "/" + file + ":" + line;
    }

    /** {@code NAME() done, defined at /.../asyncio/FILE:LINE}, a finished coroutine. */
    static String done(String name, String file, int line) {
        return name + "() done, defined at " + Engine.CPYTHON_ASYNCIO + "/" + file + ":" + line;
    }

    /** A coroutine that never suspends: {@code running at} its {@code def} line until done, then {@code done}. */
    static String oneStep(StepCoroutine coroutine, String file, int line) {
        String name = coroutine.qualifiedName();
        return coroutine.finished() ? done(name, file, line) : running(name, file, line);
    }

    /**
     * {@code reprlib.repr(obj)} for an object reprlib has no special rule for (a future): a repr longer than 30
     * characters keeps its first 13 and last 14 around {@code ...}.
     */
    static String reprlibInstance(String repr) {
        if (repr.length() <= MAX_OTHER) {
            return repr;
        }
        int head = (MAX_OTHER - 3) / 2;
        int tail = MAX_OTHER - 3 - head;
        return repr.substring(0, head) + "..." + repr.substring(repr.length() - tail);
    }

    /**
     * {@code _release_waiter(waiter)}: releases a waiter future unless it is done already. As a done callback
     * it reads as CPython's {@code functools.partial(_release_waiter, waiter)}; the same function is also the
     * timer callback {@link #releaseWaiterTimer} of {@code wait_for} and {@code _wait}.
     */
    static DoneCallback releaseWaiter(Future waiter) {
        return new DoneCallback() {
            @Override
            public void done(Future future) {
                release(waiter);
            }

            @Override
            public String describe() {
                return "_release_waiter(" + reprlibInstance(waiter.toString()) + ")()" + at("tasks.py", 431);
            }
        };
    }

    /** {@code loop.call_later(timeout, _release_waiter, waiter)}'s callback. */
    static Callback releaseWaiterTimer(Future waiter) {
        return new Callback() {
            @Override
            public void run() {
                release(waiter);
            }

            @Override
            public String describe() {
                return "_release_waiter(" + reprlibInstance(waiter.toString()) + ")" + at("tasks.py", 431);
            }
        };
    }

    private static void release(Future waiter) {
        if (!waiter.done()) {
            waiter.setResult(null);
        }
    }
}
