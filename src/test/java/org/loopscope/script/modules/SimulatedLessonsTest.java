package org.loopscope.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lessons that use the simulated aiohttp and aiomultiprocess give the same picture on every run: the same seed
 * gives byte-identical output and the same trace, and the output is the reviewed {@code lesson.expected}.
 */
class SimulatedLessonsTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = SimulatedLessonsTest.class.getResourceAsStream("/org/loopscope/lessons/" + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"08-aiohttp-requests", "09-process-pool"})
    void twoRunsWithTheSameSeedAreIdentical(String folder) throws IOException {
        String source = resource(folder + "/lesson.py");

        SimulatedRun first = SimulatedRun.of(source, 42);
        SimulatedRun second = SimulatedRun.of(source, 42);

        assertThat(first.err()).isEmpty();
        assertThat(first.status()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.events()).isEqualTo(first.events());
        assertThat(first.out()).isEqualTo(resource(folder + "/lesson.expected"));
    }
}
