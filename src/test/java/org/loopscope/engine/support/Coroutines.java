package org.loopscope.engine.support;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.ContextManagerMixin;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.engine.TaskGroup;
import org.loopscope.engine.Timeout;

/**
 * Java coroutines for tests written as straight-line code, the way the Python program reads:
 * <pre>{@code
 * Coroutines coroutines = new Coroutines();
 * Coroutine worker = coroutines.async("worker", co -> {
 *     co.await(lock.acquire());
 *     try { ... } finally { lock.release(); }
 *     return null;
 * });
 * coroutines.run(asyncio, worker);
 * }</pre>
 * The body runs on a thread of its own, but never at the same time as the engine: each {@code co.await} hands
 * the awaitable to the engine's thread and blocks until the engine resumes the coroutine, so the run stays
 * single-threaded in effect and deterministic. {@code co.await} delegates like Python's {@code await}: what the
 * engine throws in (a {@code CancelledError}) is thrown out of it, and try/catch around it behaves like
 * try/except. What the body throws or returns ends the coroutine. One instance serves the coroutines of one run,
 * so that {@link #run} can report a Java assertion that failed inside any of them.
 */
public final class Coroutines {

    /** How long the engine waits for a body to hand control back before the test fails as deadlocked. */
    private static final long HANDOFF_SECONDS = 20;

    private volatile Error bodyFailure;

    /** The body of a coroutine; {@code co} awaits. Returns the coroutine's result, or throws to raise. */
    @FunctionalInterface
    public interface Body {
        Object run(Co co);
    }

    /** What a body can do besides plain Java: await. */
    public interface Co {
        /** {@code await awaitable} (a future or a coroutine): its result, or it throws what it raised. */
        Object await(Object awaitable);

        /**
         * {@code async with manager as entered: body(entered)} for the engine's context managers (locks,
         * semaphores, conditions, {@code TaskGroup}, {@code timeout}): awaits {@code __aenter__}, runs the body,
         * then awaits {@code __aexit__} with the exception that left the body (or None); a true result of
         * {@code __aexit__} swallows that exception.
         */
        default Object asyncWith(Object manager, Function<Object, Object> body) {
            Object entered = await(aenter(manager));
            Object result;
            try {
                result = body.apply(entered);
            } catch (RuntimeException raised) {
                if (truthy(await(aexit(manager, raised)))) {
                    return null;
                }
                throw raised;
            }
            await(aexit(manager, null));
            return result;
        }
    }

    /** A coroutine named {@code name} running {@code body}. */
    public Coroutine async(String name, Body body) {
        return new Threaded(name, body);
    }

    /**
     * {@code asyncio.run(main)}; if a body failed a Java assertion, that failure is thrown rather than what the
     * interrupted run ended with.
     */
    public Object run(Asyncio asyncio, Coroutine main) {
        try {
            return asyncio.run(main);
        } catch (RuntimeException | Error ended) {
            Error failure = bodyFailure;
            if (failure != null && failure != ended) {
                failure.addSuppressed(ended);
                throw failure;
            }
            throw ended;
        }
    }

    /** {@code manager.__aenter__()} of one of the engine's asynchronous context managers. */
    static Coroutine aenter(Object manager) {
        if (manager instanceof ContextManagerMixin mixin) {
            return mixin.aenter();
        }
        if (manager instanceof TaskGroup group) {
            return group.aenter();
        }
        if (manager instanceof Timeout timeout) {
            return timeout.aenter();
        }
        throw new IllegalArgumentException("not an asynchronous context manager: " + manager);
    }

    /** {@code manager.__aexit__(type(exc), exc, tb)}, or {@code (None, None, None)} when {@code exc} is null. */
    static Coroutine aexit(Object manager, RuntimeException exc) {
        if (manager instanceof ContextManagerMixin mixin) {
            return mixin.aexit();
        }
        if (manager instanceof TaskGroup group) {
            return group.aexit(exc);
        }
        if (manager instanceof Timeout timeout) {
            return timeout.aexit(exc);
        }
        throw new IllegalArgumentException("not an asynchronous context manager: " + manager);
    }

    /** Python's truth of what {@code __aexit__} returned: only a true result swallows the exception. */
    static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    private sealed interface Message {
    }

    private record Awaiting(Object awaitable) implements Message {
    }

    private record Returned(Object value) implements Message {
    }

    private record Raised(Throwable error) implements Message {
    }

    private record Resumed(Object value, RuntimeException error) implements Message {
    }

    private final class Threaded extends StepCoroutine {
        private final Body body;
        private final SynchronousQueue<Message> toBody = new SynchronousQueue<>();
        private final SynchronousQueue<Message> toEngine = new SynchronousQueue<>();
        private Thread thread;

        Threaded(String name, Body body) {
            super(name);
            this.body = body;
        }

        @Override
        protected Resumption resume(Object value, RuntimeException error) {
            if (thread == null) {
                if (error != null) {
                    throw error;
                }
                thread = new Thread(this::runBody, "coroutine " + qualifiedName());
                thread.setDaemon(true);
                thread.start();
            } else {
                hand(toBody, new Resumed(value, error));
            }
            Message message = takeInTime(toEngine);
            if (message instanceof Awaiting awaiting) {
                return await(awaiting.awaitable());
            }
            if (message instanceof Returned returned) {
                return returnValue(returned.value());
            }
            Throwable raised = ((Raised) message).error();
            if (raised instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (raised instanceof Error fatal) {
                throw fatal;
            }
            throw new IllegalStateException(raised);
        }

        /** {@code co.await} on the body's thread. */
        private Object awaitFromBody(Object awaitable) {
            hand(toEngine, new Awaiting(awaitable));
            // No time limit here: a coroutine the engine never resumes is abandoned, as in Python, and its daemon
            // thread just stays parked.
            Resumed resumed = (Resumed) takeWhenever(toBody);
            if (resumed.error() != null) {
                throw resumed.error();
            }
            return resumed.value();
        }

        private void runBody() {
            Message outcome;
            try {
                outcome = new Returned(body.run(this::awaitFromBody));
            } catch (RuntimeException raised) {
                outcome = new Raised(raised);
            } catch (Error failed) {
                if (bodyFailure == null) {
                    bodyFailure = failed;
                }
                outcome = new Raised(failed);
            } catch (Throwable other) {
                outcome = new Raised(other);
            }
            hand(toEngine, outcome);
        }
    }

    private static void hand(SynchronousQueue<Message> queue, Message message) {
        try {
            if (!queue.offer(message, HANDOFF_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("nobody took " + message);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private static Message takeInTime(SynchronousQueue<Message> queue) {
        try {
            Message message = queue.poll(HANDOFF_SECONDS, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("coroutine handoff timed out");
            }
            return message;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private static Message takeWhenever(SynchronousQueue<Message> queue) {
        try {
            return queue.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }
}
