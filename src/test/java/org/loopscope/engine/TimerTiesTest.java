package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timers whose deadlines tie. Deadlines the program gives ({@code call_at}) tie for real and leave CPython's heap in
 * heapq's order; deadlines computed from the clock ({@code call_later}) never tie on CPython's moving clock, so on
 * the virtual clock they keep arming order. Expected orders come from python3:
 * <pre>
 * loop = asyncio.new_event_loop(); now = loop.time(); out = []
 * for i in range(7): loop.call_at(now + 1, out.append, i)
 * loop.call_at(now + 0.5, out.append, 'early')
 * loop.call_later(2, loop.stop); loop.run_forever(); print(out)   # ['early', 2, 6, 5, 3, 0, 1, 4]
 * </pre>
 */
class TimerTiesTest {

    private final Engine engine = Engine.forJava();
    private final EventLoop loop = engine.newEventLoop();
    private final List<Object> order = new ArrayList<>();

    private Callback record(Object tag) {
        return Callback.named("append", () -> order.add(tag));
    }

    @Test
    void givenDeadlinesThatTieLeaveInHeapOrder() {
        double now = loop.time();
        for (int i = 0; i < 7; i++) {
            loop.callAtGiven(now + 1, record(i));
        }
        loop.callAtGiven(now + 0.5, record("early"));
        loop.callLater(2, Callback.named("stop", loop::stop));
        loop.runForever();

        assertThat(order).containsExactly("early", 2, 6, 5, 3, 0, 1, 4);
    }

    @Test
    void computedDeadlinesThatTieKeepArmingOrder() {
        for (int i = 0; i < 7; i++) {
            loop.callLater(1, record(i));
        }
        loop.callLater(2, Callback.named("stop", loop::stop));
        loop.runForever();

        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aGivenDeadlineComesBeforeAComputedOneItTiesWith() {
        double now = loop.time();
        loop.callLater(1, record("later"));
        loop.callAtGiven(now + 1, record("at"));
        loop.callLater(2, Callback.named("stop", loop::stop));
        loop.runForever();

        assertThat(order).containsExactly("at", "later");
    }
}
