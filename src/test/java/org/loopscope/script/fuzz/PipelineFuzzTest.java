package org.loopscope.script.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Hostile sources through the whole pipeline (parse, compile, run) with small limits: no Java exception escapes,
 * nothing hangs past the limits, and nothing printed names a Java class or a host path. The property runs a short
 * batch in every build; {@code -Dloopscope.fuzz.tries=N} runs the long batch of N seeded inputs (see
 * docs/robustness.md), writing each failing input under {@code target/fuzz-failures/}.
 */
class PipelineFuzzTest {

    private static final Mutations MUTATIONS = Mutations.fromProject();
    private static final Sandbox SANDBOX = new Sandbox(200_000, 10, 500);

    @AfterContainer
    static void closeSandbox() {
        SANDBOX.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.randomValue(MUTATIONS::next);
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void hostileSourcesEndAsPythonWould(@ForAll("hostile") String source) {
        Sandbox.Outcome outcome = SANDBOX.run(source);
        assertThat(Sandbox.problems(source, outcome)).as("source:\n%s\nstderr:\n%s", clip(source),
                clip(outcome.stderr())).isEmpty();
    }

    @Test
    @EnabledIfSystemProperty(named = "loopscope.fuzz.tries", matches = "\\d+")
    void longRun() throws IOException {
        int tries = Integer.getInteger("loopscope.fuzz.tries");
        long seed = Long.getLong("loopscope.fuzz.seed", 1L);
        Path failures = Path.of("target", "fuzz-failures");
        TreeMap<String, Integer> kinds = new TreeMap<>();
        int failed = 0;
        long started = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            String source = MUTATIONS.next(new Random(seed * 1_000_003L + i));
            Sandbox.Outcome outcome = SANDBOX.run(source);
            kinds.merge(kind(outcome), 1, Integer::sum);
            List<String> problems = Sandbox.problems(source, outcome);
            if (!problems.isEmpty()) {
                failed++;
                Files.createDirectories(failures);
                Files.writeString(failures.resolve("input-" + seed + "-" + i + ".py"), source);
                Files.writeString(failures.resolve("input-" + seed + "-" + i + ".txt"),
                        String.join("\n", problems) + "\n--- stderr\n" + clip(outcome.stderr()));
            }
            if ((i + 1) % 10_000 == 0) {
                System.out.printf("fuzz: %d inputs, %d failing, %.0f s%n", i + 1, failed,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %d inputs (seed %d) in %.0f s, %.0f inputs/s, %d failing; outcomes %s%n", tries,
                seed, seconds, tries / seconds, failed, kinds);
        assertThat(failed).as("failing inputs, written to " + failures).isZero();
    }

    /** How a run ended, for the summary of a long run. */
    private static String kind(Sandbox.Outcome outcome) {
        String err = outcome.stderr();
        if (outcome.failure() != null || outcome.hung()) {
            return "broken";
        }
        if (err.contains("Error: ") || err.endsWith("Error\n")) {
            String last = err.strip().lines().reduce((a, b) -> b).orElse("");
            int colon = last.indexOf(':');
            return colon > 0 && colon < 40 ? last.substring(0, colon) : last.length() < 40 ? last : "error";
        }
        if (err.contains("loopscope: ")) {
            return "limit";
        }
        return outcome.status() == 0 ? "ok" : "status " + outcome.status();
    }

    private static String clip(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }
}
