package org.loopscope.script.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.Task;
import org.loopscope.script.ScriptExecution;

/** With line events asked for, instruments hear each line a task reaches, named by the task. */
class LineEventsTest {

    @Test
    void tasksReportTheLinesTheyRun() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        Instrument recorder = new Instrument() {
            @Override
            public void line(EventLoop loop, Task task, int line) {
                lines.add((task == null ? "-" : task.getName()) + ":" + line);
            }
        };
        String source = String.join("\n",
                "import asyncio",
                "async def main():",
                "    x = 1",
                "    await asyncio.sleep(0)",
                "    return x",
                "asyncio.run(main())",
                "");
        ScriptExecution run = new ScriptExecution("/tmp/lines.py", source, (stream, text) -> { },
                new ScriptExecution.Options(0, 1_000_000, OptionalDouble.empty(), false))
                .instrumented(engine -> engine.instruments().add(recorder), true);
        Thread t = new Thread(null, run::run, "test-script", 64L << 20);
        t.start();
        t.join();

        assertThat(lines).containsSubsequence("Task-1:3", "Task-1:4", "Task-1:5");
        assertThat(lines).allMatch(l -> l.startsWith("Task-1:"));
    }
}
