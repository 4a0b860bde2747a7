package org.loopscope.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/** A session runs a program as {@code python3} runs it, records it, and tells its listeners. */
class SessionTest {

    /** Every conformance program through a session prints what CPython printed, and the trace's console agrees. */
    @TestFactory
    Stream<DynamicTest> conformanceProgramsPrintWhatCPythonPrinted() {
        return Programs.conformance().stream().map(script -> DynamicTest.dynamicTest(
                script.getFileName().toString(), () -> {
                    Session session = Programs.finished(Programs.input(script, SessionOptions.defaults()));
                    Outcome outcome = session.outcome().orElseThrow();
                    assertThat(outcome.stdout()).as("stderr: %s", outcome.stderr())
                            .isEqualTo(Programs.sibling(script, ".expected"));
                    String error = Programs.sibling(script, ".error");
                    int status = error == null ? 0 : Integer.parseInt(error.lines().findFirst().orElseThrow().strip());
                    assertThat(outcome.exitStatus()).isEqualTo(status);
                    assertThat(session.status()).isEqualTo(SessionStatus.FINISHED);
                    Trace trace = session.snapshot();
                    TraceState end = trace.stateAt(trace.size());
                    if (outcome.stderr().isEmpty()) {
                        assertThat(end.console()).isEqualTo(outcome.stdout());
                    } else {
                        assertThat(end.console()).hasSize(outcome.stdout().length() + outcome.stderr().length());
                    }
                }));
    }

    @Test
    void listenersHearOutputNewEventsAndTheEnd() throws InterruptedException {
        List<String> heard = new CopyOnWriteArrayList<>();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        SessionListener listener = new SessionListener() {
            @Override
            public void eventsAvailable(Session session, Trace snapshot) {
                sizes.add(snapshot.size());
            }

            @Override
            public void output(Session session, ConsoleStream stream, String text) {
                heard.add(stream + ":" + text);
            }

            @Override
            public void finished(Session session, Outcome outcome) {
                heard.add("finished " + outcome.exitStatus());
            }
        };
        Session session = Session.start(RunInput.of("/work/prog.py", Programs.lines(
                "import asyncio, sys",
                "async def main():",
                "    print('out')",
                "    await asyncio.sleep(1)",
                "    print('err', file=sys.stderr)",
                "asyncio.run(main())")), listener);
        session.demand(Long.MAX_VALUE / 2);
        Outcome outcome = session.awaitOutcome(Programs.WAIT).orElseThrow();
        assertThat(heard).containsExactly("STDOUT:out\n", "STDERR:err\n", "finished 0");
        assertThat(outcome.stdout()).isEqualTo("out\n");
        assertThat(outcome.stderr()).isEqualTo("err\n");
        assertThat(sizes).isNotEmpty();
        assertThat(sizes.get(sizes.size() - 1)).isEqualTo(session.snapshot().size());
        List<String> late = new ArrayList<>();
        session.addListener(new SessionListener() {
            @Override
            public void finished(Session s, Outcome o) {
                late.add("finished");
            }
        });
        assertThat(late).containsExactly("finished");
    }

    @Test
    void aSyntaxErrorIsTheOutcomeAndTheConsoleShowsIt() throws InterruptedException {
        Session session = Programs.finished("def f(:\n    pass\n");
        Outcome outcome = session.outcome().orElseThrow();
        assertThat(outcome.exitStatus()).isEqualTo(1);
        assertThat(outcome.stderr()).contains("SyntaxError");
        Trace trace = session.snapshot();
        assertThat(trace.stateAt(trace.size()).console()).isEqualTo(outcome.stderr());
    }

    @Test
    void aLineCostMakesCpuBoundStepsTakeLoopTime() throws InterruptedException {
        String text = Programs.lines(
                "import asyncio",
                "async def work():",
                "    total = 0",
                "    for i in range(100):",
                "        total += i",
                "    return total",
                "asyncio.run(work())");
        Session free = Programs.finished(text);
        Session costly = Programs.finished(RunInput.of("/work/prog.py", text)
                .withOptions(SessionOptions.defaults().withLineCost(0.001)));
        assertThat(free.snapshot().endTime()).isZero();
        assertThat(costly.snapshot().endTime()).isGreaterThan(0.2);
        TraceState end = costly.snapshot().stateAt(costly.snapshot().size());
        assertThat(end.task(0).busyTime()).isGreaterThan(0.2);
        assertThat(end.blockedTime()).isZero();
    }

    @Test
    void stoppingARunThatNeverEndsEndsItsThread() throws InterruptedException {
        Session session = Session.start(RunInput.of("/work/prog.py", Programs.lines(
                "import asyncio",
                "async def main():",
                "    while True:",
                "        await asyncio.sleep(1)",
                "asyncio.run(main())")));
        session.demand(Long.MAX_VALUE / 2);
        session.awaitEvents(10_000, Programs.WAIT);
        session.stop("enough");
        Outcome outcome = session.awaitOutcome(Programs.WAIT).orElseThrow();
        assertThat(session.status()).isEqualTo(SessionStatus.STOPPED);
        assertThat(outcome.stderr()).endsWith("loopscope: enough\n");
        assertThat(session.join(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void theSameInputGivesTheSameTraceEventForEvent() throws InterruptedException {
        Path script = Programs.conformance("16_");
        Trace first = Programs.finished(Programs.input(script, SessionOptions.defaults())).snapshot();
        Trace second = Programs.finished(Programs.input(script, SessionOptions.defaults())).snapshot();
        assertThat(Divergence.between(first, true, second, true).kind()).isEqualTo(Divergence.Kind.IDENTICAL);
    }
}
