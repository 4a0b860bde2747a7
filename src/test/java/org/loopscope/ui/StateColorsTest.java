package org.loopscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The state colours are DESIGN.md's, and every state is told apart by colour or pattern. */
class StateColorsTest {

    @Test
    void theColoursOfTheDesign() {
        assertThat(Arrays.stream(StateColors.values()).map(state -> state.label() + " " + state.hex())).containsExactly(
                "PENDING #E69F00", "RUNNING #009E73", "WAITING #56B4E9", "DONE #999999", "FAILED #D55E00",
                "CANCELLED #CC79A7", "loop blocked #D55E00");
    }

    @Test
    void statesSharingAColourDifferInPattern() {
        assertThat(StateColors.FAILED.color()).isEqualTo(StateColors.LOOP_BLOCKED.color());
        assertThat(StateColors.FAILED.pattern()).isNotEqualTo(StateColors.LOOP_BLOCKED.pattern());
        assertThat(StateColors.LOOP_BLOCKED.pattern()).isEqualTo(StateColors.Pattern.DIAGONAL_HATCH);
    }
}
