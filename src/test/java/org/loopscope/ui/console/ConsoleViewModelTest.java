package org.loopscope.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console's lines. */
class ConsoleViewModelTest {

    @Test
    void linesInOrderSplitAndLimited() {
        ConsoleViewModel console = new ConsoleViewModel();
        console.info("Opened a.py");
        console.error("b.py does not exist.\n/tmp/b.py");

        assertThat(console.lines()).extracting(ConsoleViewModel.Line::text)
                .containsExactly("Opened a.py", "b.py does not exist.", "/tmp/b.py");
        assertThat(console.lines().get(1).kind()).isEqualTo(ConsoleViewModel.Kind.ERROR);

        for (int i = 0; i < ConsoleViewModel.LIMIT + 5; i++) {
            console.info("line " + i);
        }
        assertThat(console.lines()).hasSize(ConsoleViewModel.LIMIT);
        assertThat(console.lines().get(ConsoleViewModel.LIMIT - 1).text())
                .isEqualTo("line " + (ConsoleViewModel.LIMIT + 4));
        console.clear();
        assertThat(console.lines()).isEmpty();
    }
}
