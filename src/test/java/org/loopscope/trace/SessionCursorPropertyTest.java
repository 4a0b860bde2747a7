package org.loopscope.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.loopscope.session.Cursor;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;

/**
 * On sessions of script programs (conformance cases, and one long enough to have many checkpoints), a cursor's
 * seek and step back agree with replaying from the first event: the state at any position is the replayed state, and
 * a step back lands exactly where stepping forward from the start lands last before the cursor.
 */
class SessionCursorPropertyTest {

    /** 300 workers that print and sleep at random-looking times: about 20,000 events, checkpoints every 4096. */
    private static final String LONG = String.join("\n",
            "import asyncio",
            "",
            "async def worker(n):",
            "    await asyncio.sleep((n * 7 % 13) / 100)",
            "    if n % 3 == 0:",
            "        print('worker', n)",
            "    await asyncio.sleep(0)",
            "    return n",
            "",
            "async def main():",
            "    done = await asyncio.gather(*(worker(n) for n in range(300)))",
            "    print(sum(done))",
            "",
            "asyncio.run(main())",
            "");

    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    /** A finished session's trace, and where forward steps of each unit land from the start. */
    private record Run(Trace trace, Session session, Map<Cursor.Unit, List<Integer>> stops) {
    }

    private static Run run(String program) {
        return RUNS.computeIfAbsent(program, name -> {
            try {
                String text = name.equals("long") ? LONG : Files.readString(conformance(name));
                Session session = Session.start(RunInput.of("/work/" + name, text));
                session.demand(Long.MAX_VALUE / 2);
                session.awaitOutcome(Duration.ofSeconds(60)).orElseThrow();
                Map<Cursor.Unit, List<Integer>> stops = new EnumMap<>(Cursor.Unit.class);
                for (Cursor.Unit unit : Cursor.Unit.values()) {
                    Cursor cursor = new Cursor(session);
                    List<Integer> positions = new ArrayList<>(List.of(0));
                    while (cursor.step(unit).status() == Cursor.Status.MOVED) {
                        positions.add(cursor.position());
                    }
                    stops.put(unit, positions);
                }
                return new Run(session.snapshot(), session, stops);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Path conformance(String name) throws Exception {
        return Path.of(SessionCursorPropertyTest.class.getResource("/conformance/" + name).toURI());
    }

    @Provide
    Arbitrary<String> programs() {
        return Arbitraries.of("long", "05_gather_order.py", "08_nested_three_ways.py", "16_queue_producer_consumer.py",
                "17_taskgroup.py", "21_sleep_zero_round_robin.py", "13_run_forever_stop.py");
    }

    @Property(tries = 300)
    void seekAndStepBackAgreeWithReplayFromTheStart(@ForAll("programs") String program,
            @ForAll @DoubleRange(min = 0, max = 1) double where, @ForAll Cursor.Unit unit) {
        Run run = run(program);
        Trace trace = run.trace();
        int position = (int) Math.round(where * trace.size());
        Cursor cursor = new Cursor(run.session());
        cursor.seekEvent(position);
        assertThat(cursor.position()).isEqualTo(position);
        assertThat(cursor.state()).isEqualTo(trace.replayFromStart(position));

        cursor.stepBack(unit);
        List<Integer> stops = run.stops().get(unit);
        int expected = 0;
        for (int stop : stops) {
            if (stop < position) {
                expected = stop;
            }
        }
        assertThat(cursor.position()).as("%s back from %d", unit, position).isEqualTo(expected);
        assertThat(cursor.state()).isEqualTo(trace.replayFromStart(expected));
    }
}
