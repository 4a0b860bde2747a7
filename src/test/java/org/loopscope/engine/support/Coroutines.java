package org.loopscope.engine.support;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;

/**
 * Java coroutines for tests written as straight-line code, the way the Python program reads:
 * <pre>{@code
 * Coroutine worker = Coroutines.async("worker", co -> {
 *     co.await(lock.acquire());
 *     try { ... } finally { lock.release(); }
 *     return null;
 * });
 * }</pre>
 * The body runs on a thread of its own, but never at the same time as the engine: each {@code co.await} hands
 * the awaitable to the engine's thread and blocks until the engine resumes the coroutine, so the run stays
 * single-threaded in effect and deterministic. What the engine throws in (a {@code CancelledError}) is thrown
 * out of {@code co.await}; what the body throws or returns ends the coroutine.
 */
public final class Coroutines {

    private static final long HANDOFF_SECONDS = 20;

    private Coroutines() {
    }

    /** The body of a coroutine; {@code co} awaits. Returns the coroutine's result. */
    @FunctionalInterface
    public interface Body {
        Object run(Co co);
    }

    /** What a body can do besides plain Java: await. */
    public interface Co {
        /** {@code await awaitable} (a future or a coroutine): its result, or it throws what it raised. */
        Object await(Object awaitable);
    }

    /** A coroutine named {@code name} running {@code body}. */
    public static Coroutine async(String name, Body body) {
        return new Threaded(name, body);
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

    private static final class Threaded extends StepCoroutine {
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
            Message message = take(toEngine);
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
            Resumed resumed = (Resumed) take(toBody);
            if (resumed.error() != null) {
                throw resumed.error();
            }
            return resumed.value();
        }

        private void runBody() {
            Message outcome;
            try {
                outcome = new Returned(body.run(this::awaitFromBody));
            } catch (Throwable raised) {
                outcome = new Raised(raised);
            }
            hand(toEngine, outcome);
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

        private static Message take(SynchronousQueue<Message> queue) {
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
    }
}
