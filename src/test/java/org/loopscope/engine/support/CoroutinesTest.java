package org.loopscope.engine.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Asyncio;
import org.loopscope.engine.Combinators;
import org.loopscope.engine.Engine;
import org.loopscope.engine.ErrorType;
import org.loopscope.engine.Lock;
import org.loopscope.engine.PythonError;

/** The thread-based coroutines behave as Python's {@code async def} with {@code await} and {@code async with}. */
class CoroutinesTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final List<Object> seen = new ArrayList<>();

    /**
     * <pre>
     * async def child(): await asyncio.sleep(1); raise ValueError('no')
     * async def main():
     *     try: await child()
     *     except ValueError as e: print('caught', e)
     *     return await asyncio.sleep(1, 'late')
     * print(asyncio.run(main()))          # caught no / late, 2 seconds in
     * </pre>
     */
    @Test
    void awaitDelegatesResultsAndExceptions() {
        Object result = coroutines.run(asyncio, coroutines.async("main", co -> {
            try {
                co.await(coroutines.async("child", inner -> {
                    inner.await(asyncio.sleep(1));
                    throw new PythonError("ValueError", "no");
                }));
            } catch (PythonError e) {
                seen.add("caught " + Transcript.str(e));
            }
            return co.await(asyncio.sleep(1, "late"));
        }));
        assertThat(seen).containsExactly("caught no");
        assertThat(result).isEqualTo("late");
        assertThat(engine.clock().now()).isEqualTo(2.0);
    }

    /**
     * <pre>
     * lock = asyncio.Lock()
     * try:
     *     async with lock: raise ValueError('inside')
     * except ValueError: print(lock.locked())                        # False
     * try:
     *     async with asyncio.timeout(0.1) as cm: await asyncio.sleep(1)
     * except TimeoutError: print(cm.expired(), loop.time() - t0)     # True 0.1
     * </pre>
     */
    @Test
    void asyncWithHandsTheBodysExceptionToExit() {
        Combinators combinators = new Combinators(engine);
        coroutines.run(asyncio, coroutines.async("main", co -> {
            Lock lock = new Lock(engine);
            try {
                co.asyncWith(lock, entered -> {
                    seen.add(lock.locked());
                    throw new PythonError("ValueError", "inside");
                });
            } catch (PythonError e) {
                seen.add(e.type());
                seen.add(lock.locked());
            }
            try {
                co.asyncWith(combinators.timeout(0.1), cm -> co.await(asyncio.sleep(1)));
            } catch (RuntimeException e) {
                seen.add(engine.host().isInstance(e, ErrorType.TIMEOUT_ERROR));
                seen.add(engine.clock().now());
            }
            return null;
        }));
        assertThat(seen).containsExactly(true, "ValueError", false, true, 0.1);
    }

    @Test
    void aJavaAssertionFailingInsideABodyIsWhatRunThrows() {
        assertThatThrownBy(() -> coroutines.run(asyncio, coroutines.async("main", co -> {
            co.await(coroutines.async("child", inner -> {
                inner.await(asyncio.sleep(0));
                throw new AssertionError("checked inside the child");
            }));
            return null;
        }))).isInstanceOf(AssertionError.class).hasMessage("checked inside the child");
    }
}
