package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the end of a run reports, as CPython's collector does at exit:
 * <pre>
 * async def boom(): raise ValueError('boom')
 * async def main():
 *     asyncio.create_task(boom()); asyncio.create_task(asyncio.sleep(10)); await asyncio.sleep(0.1)
 * loop = asyncio.new_event_loop(); t = loop.create_task(asyncio.sleep(10))
 * loop.run_until_complete(main()); loop.close()
 * </pre>
 * python3 reports Task-3 "exception was never retrieved", Task-4 and Task-1 "destroyed but it is pending".
 */
class AbandonedReportTest {

    private final Engine engine = Engine.forJava();
    private final Asyncio asyncio = new Asyncio(engine);

    private Coroutine boom() {
        return new StepCoroutine("boom") {
            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                throw new PythonError("ValueError", "boom");
            }
        };
    }

    private Coroutine main() {
        return new StepCoroutine("main") {
            private boolean started;

            @Override
            protected Resumption resume(Object value, RuntimeException error) {
                if (error != null) {
                    throw error;
                }
                if (started) {
                    return returnValue(null);
                }
                started = true;
                asyncio.createTask(boom(), null);
                asyncio.createTask(asyncio.sleep(10), null);
                return await(asyncio.sleep(0.1));
            }
        };
    }

    @Test
    void reportsUnretrievedExceptionsAndPendingTasksOnce() {
        List<String> handled = new ArrayList<>();
        engine.defaultExceptionHandler((loop, context) ->
                handled.add(context.message() + " " + ((Task) context.future()).getName()));
        EventLoop loop = engine.newEventLoop();
        loop.createTask(asyncio.sleep(10));
        loop.runUntilComplete(main());
        loop.close();

        assertThat(engine.abandoned()).extracting(ErrorContext::kind).containsExactlyInAnyOrder(
                LoopWarning.Kind.EXCEPTION_NEVER_RETRIEVED, LoopWarning.Kind.TASK_DESTROYED_PENDING,
                LoopWarning.Kind.TASK_DESTROYED_PENDING);
        engine.reportAbandoned();
        assertThat(handled).containsExactlyInAnyOrder(
                "Task exception was never retrieved Task-3",
                "Task was destroyed but it is pending! Task-4",
                "Task was destroyed but it is pending! Task-1");
        assertThat(handled.get(handled.size() - 1)).endsWith("Task-1");
        assertThat(engine.abandoned()).isEmpty();
    }

    @Test
    void retrievedExceptionsAndTasksOwnedByRunUntilCompleteAreNotReported() {
        EventLoop loop = engine.newEventLoop();
        Task failing = loop.createTask(boom());
        loop.runUntilComplete(asyncio.sleep(0));
        assertThat(failing.exception()).isInstanceOf(PythonError.class);
        loop.close();
        assertThat(engine.abandoned()).isEmpty();
    }
}
