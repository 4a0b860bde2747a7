package org.loopscope.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.session.view.PanelState.ConsoleChunk;

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

    @Test
    void aLineHalfInEachStreamStaysWholeButTheAppsNoteStartsItsOwn() {
        ConsoleViewModel console = new ConsoleViewModel();
        console.showProgramOutput("a.py", List.of(new ConsoleChunk(false, "1 2"), new ConsoleChunk(true, " 3\n"),
                new ConsoleChunk(false, "73692"), new ConsoleChunk(true, "loopscope: the output limit\n")));

        assertThat(console.programText()).isEqualTo("1 2 3\n73692\nloopscope: the output limit\n");
        assertThat(console.lines()).extracting(ConsoleViewModel.Line::kind).containsExactly(
                ConsoleViewModel.Kind.STDOUT, ConsoleViewModel.Kind.STDOUT, ConsoleViewModel.Kind.STDERR);
    }
}
