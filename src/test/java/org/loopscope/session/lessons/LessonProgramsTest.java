package org.loopscope.session.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every program of the library (main programs and variants) is short, imports only what Loopscope runs, and comes with
 * what python3 printed for it (Loopscope's output when it needs a simulated module) — which must not depend on the
 * machine.
 */
class LessonProgramsTest {

    private static final Set<String> MODULES = Set.of("asyncio", "time", "random", "functools", "types", "sys");
    private static final Pattern IMPORT = Pattern.compile("^(?:import|from)\\s+([A-Za-z_][\\w]*)", Pattern.MULTILINE);
    /** Things that differ from machine to machine or run to run: addresses, absolute paths, tracebacks. */
    private static final Pattern UNSTABLE = Pattern.compile("0x[0-9a-fA-F]{4,}|File \"/|[A-Z]:\\\\|Traceback");

    private final List<Lesson> lessons = LessonLibrary.load();

    @Test
    void programsAreShortAndImportOnlyTheModulesLoopscopeRuns() {
        for (Program program : programs()) {
            Set<String> allowed = new HashSet<>(MODULES);
            program.lesson().simulated().ifPresent(module -> allowed.add(module.moduleName()));

            assertThat(program.source().lines().count()).as(program.name()).isBetween(15L, 50L);
            assertThat(imports(program.source())).as(program.name()).isNotEmpty().isSubsetOf(allowed);
            if (imports(program.source()).contains("random")) {
                assertThat(program.source()).as(program.name() + " seeds random").contains("random.seed(");
            }
        }
    }

    @Test
    void everyProgramThatPython3CanRunHasItsOutput() {
        for (Program program : programs()) {
            if (program.lesson().isSimulated()) {
                continue;
            }
            assertThat(program.expected()).as(program.name()).isPresent();
            String expected = program.expected().orElseThrow();
            assertThat(expected).as(program.name()).isNotBlank().endsWith("\n");
            assertThat(expected).as(program.name()).doesNotContainPattern(UNSTABLE);
        }
    }

    @Test
    void simulatedLessonsImportTheirModuleAndHaveLoopscopesOutput() {
        for (Program program : programs()) {
            Optional<SimulatedModule> simulated = program.lesson().simulated();
            if (simulated.isPresent()) {
                assertThat(imports(program.source())).as(program.name()).contains(simulated.get().moduleName());
                String expected = program.expected().orElseThrow();
                assertThat(expected).as(program.name()).isNotBlank().endsWith("\n");
                assertThat(expected).as(program.name()).doesNotContainPattern(UNSTABLE);
            } else {
                assertThat(imports(program.source())).as(program.name()).isSubsetOf(MODULES);
            }
        }
    }

    @Test
    void lessonsUseTheApisTheyAreAbout() {
        assertThat(source("event-loop")).contains("run_until_complete(");
        assertThat(source("tasks-and-states")).contains("loop.create_task(", "asyncio.ensure_future(");
        assertThat(source("done-callbacks")).contains("add_done_callback(", "functools.partial(");
        assertThat(variant("blocking-vs-async-sleep", "blocking")).contains("time.sleep(");
        assertThat(variant("blocking-vs-async-sleep", "async")).contains("await asyncio.sleep(");
        assertThat(variant("blocking-vs-async-sleep", "executor")).contains("run_in_executor(None, time.sleep,");
        assertThat(source("aiohttp-requests")).contains("aiohttp.ClientSession(", "aiohttp.TCPConnector(limit=",
                "http://httpbin.org/delay/1");
        assertThat(source("process-pool")).contains("Pool(");
        assertThat(variant("nested-coroutines", "as_completed")).contains("asyncio.as_completed(");
        assertThat(source("ctrl-c-cleanup")).contains("raise KeyboardInterrupt", ".cancel()");
        assertThat(source("run-forever-stop-close")).contains("run_forever()", "loop.stop()", "loop.close()");
        assertThat(source("timeouts")).contains("asyncio.wait_for(", "asyncio.timeout(");
        assertThat(source("semaphores")).contains("asyncio.Semaphore(");
        assertThat(source("queues")).contains("asyncio.Queue(", "task_done()", ".join()");
        assertThat(source("taskgroup")).contains("asyncio.TaskGroup()");
        assertThat(source("task-exceptions")).contains("return_exceptions=True");
    }

    private static Set<String> imports(String source) {
        Set<String> modules = new HashSet<>();
        Matcher matcher = IMPORT.matcher(source);
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        return modules;
    }

    private String source(String id) {
        return lesson(id).source();
    }

    private String variant(String id, String name) {
        return lesson(id).variant(name).orElseThrow().source();
    }

    private Lesson lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    /** A main program or a variant, with the lesson it belongs to. */
    private record Program(Lesson lesson, String name, String source, Optional<String> expected) {
    }

    private List<Program> programs() {
        List<Program> programs = new ArrayList<>();
        for (Lesson lesson : lessons) {
            programs.add(new Program(lesson, lesson.folder() + "/" + Lesson.PROGRAM_FILE, lesson.source(),
                    lesson.expected()));
            for (LessonVariant variant : lesson.variants()) {
                programs.add(new Program(lesson, lesson.folder() + "/" + variant.fileName(), variant.source(),
                        variant.expected()));
            }
        }
        return programs;
    }
}
