package org.loopscope.engine.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Function;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.EngineHost;
import org.loopscope.engine.ErrorType;
import org.loopscope.engine.Future;
import org.loopscope.engine.PythonError;
import org.loopscope.engine.Resumption;

/**
 * Writes test coroutines as straight-line Java, the way the Python program reads: the body runs on a thread
 * of its own that hands control back and forth with the driver, so at any moment exactly one of them runs.
 * {@link Async#await} delegates like Python's {@code await} (values and exceptions sent in go to the awaited
 * coroutine), and try/catch around it behaves like try/except. Also collects what the program prints.
 */
public final class CombinatorCoroutines {

    /** The body of an {@code async def}: returns the coroutine's value or throws to raise. */
    @FunctionalInterface
    public interface Body {
        Object run(Async async);
    }

    /** What a body can do besides plain Java: await. */
    public interface Async {
        /** {@code await awaitable} (a {@link Future} or a {@link Coroutine}). */
        Object await(Object awaitable);
    }

    private final EngineHost host;
    private final List<String> out = new ArrayList<>();
    private Error bodyFailure;

    /** A helper printing values as {@code host} shows them. */
    public CombinatorCoroutines(EngineHost host) {
        this.host = host;
    }

    /** What was printed, one entry per {@link #print} call. */
    public List<String> out() {
        return out;
    }

    /** Python's {@code print(*parts)}: {@code str} of each part, separated by spaces. */
    public void print(Object... parts) {
        StringJoiner line = new StringJoiner(" ");
        for (Object part : parts) {
            line.add(str(part));
        }
        out.add(line.toString());
    }

    /** Python's {@code str(value)}: strings and exceptions as their text, anything else as its repr. */
    public String str(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof PythonError error) {
            return strOf(error);
        }
        return host.repr(value);
    }

    private String strOf(PythonError error) {
        List<Object> args = error.args();
        if (error.type().endsWith("ExceptionGroup")) {
            int count = ((List<?>) args.get(1)).size();
            return args.get(0) + " (" + count + " sub-exception" + (count == 1 ? "" : "s") + ")";
        }
        if (args.isEmpty()) {
            return "";
        }
        if (args.size() == 1) {
            return args.get(0) instanceof String text ? text : host.repr(args.get(0));
        }
        return host.repr(args);
    }

    /** Whether {@code error} is a {@code CancelledError}. */
    public boolean cancelled(Throwable error) {
        return host.isCancelled(error);
    }

    /** Whether {@code error} is of Python class {@code type}. */
    public boolean is(Throwable error, ErrorType type) {
        return host.isInstance(error, type);
    }

    /**
     * What CPython printed for the program {@code NAME.py} next to it in the test resources
     * ({@code python3 NAME.py > NAME.expected}), one entry per line.
     */
    public static List<String> expected(String name) {
        String path = "/org/loopscope/engine/combinators/" + name + ".expected";
        try (InputStream in = CombinatorCoroutines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The programs' {@code now()}: {@code int((seconds + 0.02) * 10) / 10} as Python prints it, tenths of a
     * second that tolerate CPython's real clock running a little late.
     */
    public static String tenths(double seconds) {
        return Double.toString(Math.floor((seconds + 0.02) * 10) / 10);
    }

    /**
     * Python's {@code async with}: awaits {@code aenter}, runs {@code body} with what it returned, then awaits
     * {@code aexit} with the exception that left the body (or null); a truthy exit result swallows it.
     */
    public Object asyncWith(Async async, Coroutine aenter, Function<RuntimeException, Coroutine> aexit,
            Function<Object, Object> body) {
        Object entered = async.await(aenter);
        Object result;
        try {
            result = body.apply(entered);
        } catch (RuntimeException raised) {
            Object suppress = async.await(aexit.apply(raised));
            if (suppress != null && !Boolean.FALSE.equals(suppress)) {
                return null;
            }
            throw raised;
        }
        async.await(aexit.apply(null));
        return result;
    }

    /** A new coroutine named {@code name} running {@code body}. */
    public Coroutine coro(String name, Body body) {
        return new ThreadCoroutine(name, body);
    }

    /**
     * {@code asyncio.run(main)}; if a body failed a Java assertion, that failure is thrown rather than what the
     * interrupted run ended with.
     */
    public Object run(Asyncio asyncio, Coroutine main) {
        try {
            return asyncio.run(main);
        } catch (RuntimeException | Error ended) {
            if (bodyFailure != null && bodyFailure != ended) {
                bodyFailure.addSuppressed(ended);
                throw bodyFailure;
            }
            throw ended;
        }
    }

    /** A message between the driver and a coroutine's thread. */
    private record Message(Object value, Throwable error, boolean returned) {
    }

    private final class ThreadCoroutine implements Coroutine, Async {
        private final String name;
        private final Body body;
        private final SynchronousQueue<Message> toBody = new SynchronousQueue<>();
        private final SynchronousQueue<Message> toDriver = new SynchronousQueue<>();
        private boolean started;
        private boolean finished;

        ThreadCoroutine(String name, Body body) {
            this.name = name;
            this.body = body;
        }

        @Override
        public Resumption send(Object value) {
            return drive(new Message(value, null, false));
        }

        @Override
        public Resumption throwInto(RuntimeException error) {
            return drive(new Message(null, error, false));
        }

        private Resumption drive(Message in) {
            if (finished) {
                throw new IllegalStateException("cannot reuse already awaited coroutine " + name);
            }
            if (!started) {
                started = true;
                if (in.error() != null) {
                    finished = true;
                    throw (RuntimeException) in.error();
                }
                Thread thread = new Thread(this::runBody, "coroutine " + name);
                thread.setDaemon(true);
                thread.start();
            } else {
                put(toBody, in);
            }
            Message out = take(toDriver);
            if (out.returned()) {
                finished = true;
                return Resumption.done(out.value());
            }
            if (out.error() != null) {
                finished = true;
                if (out.error() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw (Error) out.error();
            }
            return Resumption.suspend(out.value());
        }

        private void runBody() {
            Message result;
            try {
                result = new Message(body.run(this), null, true);
            } catch (RuntimeException raised) {
                result = new Message(null, raised, false);
            } catch (Error failed) {
                if (bodyFailure == null) {
                    bodyFailure = failed;
                }
                result = new Message(null, failed, false);
            }
            put(toDriver, result);
        }

        @Override
        public Object await(Object awaitable) {
            Coroutine inner = awaitable instanceof Future future ? future.awaiter() : (Coroutine) awaitable;
            Object value = null;
            RuntimeException error = null;
            while (true) {
                Resumption step = error == null ? inner.send(value) : inner.throwInto(error);
                if (step instanceof Resumption.Returned returned) {
                    return returned.value();
                }
                put(toDriver, new Message(((Resumption.Suspended) step).yielded(), null, false));
                Message in = take(toBody);
                value = in.value();
                error = (RuntimeException) in.error();
            }
        }

        @Override
        public String qualifiedName() {
            return name;
        }

        private void put(SynchronousQueue<Message> queue, Message message) {
            try {
                queue.put(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Message take(SynchronousQueue<Message> queue) {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
