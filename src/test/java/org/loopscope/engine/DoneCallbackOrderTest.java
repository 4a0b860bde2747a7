package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Done callbacks run in the order they were added, after removals too. CPython 3.11 prints
 * {@code 2 / 2 / b / c / 1 1 0 / c / b} for:
 *
 * <pre>
 * def a(f): print("a")
 * def b(f): print("b")
 * def c(f): print("c")
 * async def main():
 *     loop = asyncio.get_running_loop()
 *     f = loop.create_future()
 *     f.add_done_callback(a); f.add_done_callback(b); f.add_done_callback(a)
 *     print(f.remove_done_callback(a))
 *     f.add_done_callback(c)
 *     print(len(f._callbacks))
 *     f.set_result(1)
 *     await asyncio.sleep(0)
 *     g = loop.create_future()
 *     g.add_done_callback(a); g.add_done_callback(b)
 *     print(g.remove_done_callback(b), g.remove_done_callback(a), g.remove_done_callback(a))
 *     g.add_done_callback(c); g.add_done_callback(b)
 *     g.set_result(1)
 *     await asyncio.sleep(0)
 * </pre>
 */
class DoneCallbackOrderTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final List<String> out = new ArrayList<>();

    private DoneCallback printing(String name) {
        return DoneCallback.named(name, future -> out.add(name));
    }

    @Test
    void runInAddingOrderAfterRemovals() {
        DoneCallback a = printing("a");
        DoneCallback b = printing("b");
        DoneCallback c = printing("c");
        asyncio.run(new StepCoroutine("main") {
            int state;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                EventLoop loop = asyncio.getRunningLoop();
                switch (state++) {
                    case 0 -> {
                        Future f = loop.createFuture();
                        f.addDoneCallback(a);
                        f.addDoneCallback(b);
                        f.addDoneCallback(a);
                        out.add(String.valueOf(f.removeDoneCallback(a)));
                        f.addDoneCallback(c);
                        out.add(String.valueOf(f.callbacks().size()));
                        f.setResult(1);
                        return await(asyncio.sleep(0));
                    }
                    case 1 -> {
                        Future g = loop.createFuture();
                        g.addDoneCallback(a);
                        g.addDoneCallback(b);
                        out.add(g.removeDoneCallback(b) + " " + g.removeDoneCallback(a) + " "
                                + g.removeDoneCallback(a));
                        g.addDoneCallback(c);
                        g.addDoneCallback(b);
                        g.setResult(1);
                        return await(asyncio.sleep(0));
                    }
                    default -> {
                        return returnValue(null);
                    }
                }
            }
        });
        assertThat(out).containsExactly("2", "2", "b", "c", "1 1 0", "c", "b");
    }
}
