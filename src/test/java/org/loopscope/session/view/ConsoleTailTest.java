package org.loopscope.session.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.loopscope.session.RunInput;

/**
 * The console panel is given the tail of the output, so that a program that printed a great deal costs a frame no
 * more than one that printed a screenful; at the end it still ends with the program's last words.
 */
class ConsoleTailTest {

    private static String console(PanelState state) {
        return state.console().stream().map(PanelState.ConsoleChunk::text).collect(Collectors.joining());
    }

    @Test
    void manyLinesComeAsTheirLastLinesAndTheEndOfTheRunStillShowsTheTraceback() {
        String program = "for i in range(20000):\n    print('line', i)\nraise ValueError('the end')\n";
        try (RunController controller = RunController.start(RunInput.of("/tmp/many.py", program),
                Duration.ofSeconds(60), () -> { })) {
            controller.end();
            PanelState state = controller.state(Locale.ROOT);
            assertThat(state.atEnd()).isTrue();
            String shown = console(state);
            assertThat(shown.split("\n", -1).length).isLessThanOrEqualTo(PanelBuilder.CONSOLE_TAIL_LINES + 10);
            assertThat(shown).contains("line 19999\n").doesNotContain("line 1\n")
                    .endsWith("ValueError: the end\n");
        }
    }

    @Test
    void oneHugeWriteComesAsItsEnd() {
        String program = "print('a' * 1000000 + 'z')\n";
        try (RunController controller = RunController.start(RunInput.of("/tmp/huge.py", program),
                Duration.ofSeconds(60), () -> { })) {
            controller.end();
            String shown = console(controller.state(Locale.ROOT));
            assertThat(shown.length()).isLessThanOrEqualTo(PanelBuilder.CONSOLE_TAIL_CHARS + 10);
            assertThat(shown).endsWith("az\n");
        }
    }
}
