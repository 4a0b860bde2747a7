package org.loopscope.engine.support;

import java.util.List;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Combinators;
import org.loopscope.engine.Coroutine;
import org.loopscope.engine.Engine;
import org.loopscope.engine.ErrorType;

/**
 * What every test mirroring one of the combinator programs (the resource folder {@code combinators/}) starts
 * from: a fresh Java engine with its {@code asyncio} module and combinators, {@link Coroutines} for the
 * program's {@code async def}s, a {@link Transcript} for what it prints, and the helpers those programs share:
 * {@code now()} in tenths of a second since {@code T0} and the {@code ticker} that shows how many loop
 * iterations pass. One fixture per test; nothing is shared between tests.
 */
public final class CombinatorFixture {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Combinators combinators = new Combinators(engine);
    private final Coroutines coroutines = new Coroutines();
    private final Transcript out = new Transcript();
    private double t0;

    /** The run. */
    public Engine engine() {
        return engine;
    }

    /** The run's {@code asyncio} module. */
    public Asyncio asyncio() {
        return asyncio;
    }

    /** The run's {@code wait}, {@code as_completed}, {@code wait_for}, {@code shield}, timeouts and task groups. */
    public Combinators combinators() {
        return combinators;
    }

    /** A coroutine named {@code name} running {@code body} (see {@link Coroutines#async}). */
    public Coroutine coro(String name, Coroutines.Body body) {
        return coroutines.async(name, body);
    }

    /** {@code asyncio.run(main)}, with a Java assertion failed inside a coroutine reported as such. */
    public Object run(Coroutine main) {
        return coroutines.run(asyncio, main);
    }

    /** Python's {@code print(*parts)}. */
    public void print(Object... parts) {
        out.print(parts);
    }

    /** What the program printed so far, one entry per line. */
    public List<String> out() {
        return out.lines();
    }

    /** Python's {@code str(value)}. */
    public String str(Object value) {
        return Transcript.str(value);
    }

    /** Python's {@code repr(value)}. */
    public String repr(Object value) {
        return engine.host().repr(value);
    }

    /** Whether {@code error} is a {@code CancelledError}. */
    public boolean cancelled(Throwable error) {
        return engine.host().isCancelled(error);
    }

    /** Whether {@code error} is a {@code TimeoutError}. */
    public boolean isTimeout(Throwable error) {
        return engine.host().isInstance(error, ErrorType.TIMEOUT_ERROR);
    }

    /** The programs' {@code T0 = loop.time()}: where {@link #now()} counts from (0 until set). */
    public void setT0(double time) {
        t0 = time;
    }

    /** The programs' {@code T0}. */
    public double t0() {
        return t0;
    }

    /** The programs' {@code now()}: the loop's time since {@code T0}, in {@link #tenths}. */
    public String now() {
        return tenths(engine.clock().now() - t0);
    }

    /** The programs' {@code async def ticker(label, n)}: prints {@code label i} and yields once, n times. */
    public Coroutine ticker(String label, int n) {
        return coroutines.async("ticker", co -> {
            for (int i = 0; i < n; i++) {
                print(label, i);
                co.await(asyncio.sleep(0));
            }
            return null;
        });
    }

    /** What CPython printed for the program {@code combinators/NAME.py}, one entry per line. */
    public static List<String> expected(String name) {
        return Transcript.expected("combinators", name);
    }

    /**
     * {@code int((seconds + 0.02) * 10) / 10} as Python prints it: tenths of a second that tolerate CPython's real
     * clock running a little late.
     */
    public static String tenths(double seconds) {
        return Double.toString(Math.floor((seconds + 0.02) * 10) / 10);
    }
}
