package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine carries contexts as asyncio does with contextvars: a task runs in a copy of the context current when
 * it was made, a callback in a copy of the one current when it was scheduled, and neither leaks back.
 */
class ContextSupportTest {

    /** A context with one variable; copies are independent. */
    static final class Ctx {
        String value;

        Ctx(String value) {
            this.value = value;
        }
    }

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);
    private final List<String> seen = new ArrayList<>();
    private Ctx current = new Ctx("outside");

    @BeforeEach
    void install() {
        engine.contexts(new ContextSupport() {
            @Override
            public Object capture() {
                return new Ctx(current.value);
            }

            @Override
            public Object enter(Object context) {
                Ctx previous = current;
                current = context == null ? new Ctx("fresh") : (Ctx) context;
                return previous;
            }

            @Override
            public void leave(Object previous) {
                current = (Ctx) previous;
            }
        });
    }

    private Coroutine child() {
        return new StepCoroutine("child") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                seen.add("child:" + current.value);
                current.value = "set by child";
                return returnValue(null);
            }
        };
    }

    @Test
    void tasksAndCallbacksRunInCopiesOfTheContextOfTheirCreation() {
        current.value = "before run";
        asyncio.run(new StepCoroutine("main") {
            int step;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (step++ == 0) {
                    seen.add("main:" + current.value);
                    current.value = "m";
                    asyncio.createTask(child(), null);
                    current.value = "m2";
                    asyncio.getRunningLoop().callSoon(Callback.named("cb", () -> seen.add("cb:" + current.value)));
                    current.value = "m3";
                    return await(asyncio.sleep(0));
                }
                seen.add("main:" + current.value);
                return returnValue(null);
            }
        });
        assertThat(seen).containsExactly("main:before run", "child:m", "cb:m2", "main:m3");
        assertThat(current.value).isEqualTo("before run");
    }

    @Test
    void aTaskGivenAContextRunsInThatOne() {
        Ctx given = new Ctx("given");
        asyncio.run(new StepCoroutine("main") {
            int step;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (step++ == 0) {
                    asyncio.createTask(child(), null).context(given);
                    return await(asyncio.sleep(0));
                }
                return returnValue(null);
            }
        });
        assertThat(seen).containsExactly("child:given");
        assertThat(given.value).isEqualTo("set by child");
    }
}
