package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final List<String> out = new ArrayList<>();

    /** spinner(name, n): for i in range(n): print(name, i); await asyncio.sleep(0). */
    private Coroutine spinner(String name, int n) {
        return new StepCoroutine("spinner") {
            int i;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (i == n) {
                    return returnValue(null);
                }
                out.add(name + " " + i++);
                return await(asyncio.sleep(0));
            }
        };
    }

    @Test
    void sleepZeroRoundRobinMatchesCPython() {
        asyncio.run(new StepCoroutine("main") {
            boolean started;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (!started) {
                    started = true;
                    return await(asyncio.gather(List.of(spinner("a", 3), spinner("b", 2), spinner("c", 3)), false));
                }
                return returnValue(value);
            }
        });
        assertThat(out).containsExactly("a 0", "b 0", "c 0", "a 1", "b 1", "c 1", "a 2", "c 2");
    }

    @Test
    void virtualTimeJumpsToTimers() {
        Object result = asyncio.run(new StepCoroutine("main") {
            int state;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (state++ == 0) {
                    return await(asyncio.sleep(2.5, "late"));
                }
                return returnValue(value + " at " + engine.clock().now());
            }
        });
        assertThat(result).isEqualTo("late at 2.5");
    }
}
