package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.Coroutines;

/**
 * Ctrl+C and other outside events, delivered when the clock reaches their time. Expected behaviour from python3,
 * with {@code loop.call_later(0.5, signal.raise_signal, signal.SIGINT)} standing in for the user's Ctrl+C:
 * <pre>
 * async def main():
 *     try: await asyncio.sleep(1)
 *     except asyncio.CancelledError: print('main cancelled at', round(loop.time() - start, 1)); raise
 * asyncio.run(main())            # -> main cancelled at 0.5, then KeyboardInterrupt out of asyncio.run
 * loop.run_until_complete(t)     # t sleeps 1 s -> KeyboardInterrupt out of run_until_complete; t not done
 * </pre>
 */
class OutsideEventTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final Coroutines coroutines = new Coroutines();
    private final List<String> out = new ArrayList<>();

    private boolean isKeyboardInterrupt(Throwable error) {
        return engine.host().isInstance(error, ErrorType.KEYBOARD_INTERRUPT);
    }

    @Test
    void ctrlCUnderAsyncioRunCancelsTheMainTaskThenRaisesKeyboardInterrupt() {
        engine.atTime(0.5, "Ctrl+C", engine::interrupt);
        Coroutine main = coroutines.async("main", co -> {
            try {
                co.await(asyncio.sleep(1));
            } catch (RuntimeException error) {
                out.add("main cancelled at " + engine.clock().now() + " " + engine.host().isCancelled(error));
                throw error;
            }
            return null;
        });
        assertThatThrownBy(() -> asyncio.run(main)).matches(this::isKeyboardInterrupt);
        assertThat(out).containsExactly("main cancelled at 0.5 true");
    }

    @Test
    void ctrlCWithoutARunnerRaisesOutOfRunUntilCompleteAndLeavesTheTaskPending() {
        EventLoop loop = engine.newEventLoop();
        Task sleeper = loop.createTask(asyncio.sleep(1));
        engine.atTime(0.5, "Ctrl+C", engine::interrupt);
        assertThatThrownBy(() -> loop.runUntilComplete(sleeper)).matches(this::isKeyboardInterrupt);
        assertThat(engine.clock().now()).isEqualTo(0.5);
        assertThat(sleeper.done()).isFalse();
        sleeper.cancel();
        loop.runUntilComplete(asyncio.sleep(0));
        assertThat(sleeper.cancelled()).isTrue();
    }

    @Test
    void ctrlCDuringABlockingCallRaisesInsideTheStepAndCutsTheBlockedSpan() {
        List<Double> blocked = new ArrayList<>();
        engine.instruments().add(new Instrument() {
            @Override
            public void blocked(EventLoop loop, double from, double seconds, String what) {
                blocked.add(seconds);
            }
        });
        EventLoop loop = engine.newEventLoop();
        Task blocker = loop.createTask(coroutines.async("blocker", co -> {
            loop.block(2.0, "time.sleep");
            out.add("not reached");
            return null;
        }));
        engine.atTime(0.5, "Ctrl+C", engine::interrupt);
        assertThatThrownBy(() -> loop.runUntilComplete(blocker)).matches(this::isKeyboardInterrupt);
        assertThat(out).isEmpty();
        assertThat(blocked).containsExactly(0.5);
        assertThat(blocker.done()).isTrue();
        assertThat(isKeyboardInterrupt(blocker.exception())).isTrue();
    }

    @Test
    void anInterventionCancelsATaskAtItsTimeWhileTheLoopIdles() {
        EventLoop loop = engine.newEventLoop();
        Task sleeper = loop.createTask(asyncio.sleep(10));
        engine.atTime(2.5, "cancel Task-1", () -> sleeper.cancel("stopped by the user"));
        loop.runUntilComplete(asyncio.gather(List.of(sleeper), true));
        assertThat(sleeper.cancelled()).isTrue();
        assertThat(engine.clock().now()).isEqualTo(2.5);
    }

    @Test
    void anOutsideEventKeepsALoopWithNothingScheduledFromStalling() {
        EventLoop loop = engine.newEventLoop();
        Future future = loop.createFuture();
        engine.atTime(3.0, "answer", () -> future.setResult("late"));
        assertThat(loop.runUntilComplete(future)).isEqualTo("late");
        assertThat(engine.clock().now()).isEqualTo(3.0);
    }
}
