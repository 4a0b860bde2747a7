package org.loopscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How {@code --cancel TASKNAME@SECONDS} and second values are read. */
class TaskCancelTest {

    @Test
    void splitsAtTheLastAt() {
        assertThat(TaskCancel.parse("Task-3@0.25")).isEqualTo(new TaskCancel("Task-3", 0.25));
        assertThat(TaskCancel.parse("a@b@2")).isEqualTo(new TaskCancel("a@b", 2));
    }

    @Test
    void refusesMalformedCancels() {
        for (String bad : new String[] {"Task-1", "@1", "Task-1@", "Task-1@-2", "Task-1@soon"}) {
            assertThatThrownBy(() -> TaskCancel.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void secondsArePlainNonNegativeDecimals() {
        assertThat(Seconds.parse("2")).isEqualTo(2.0);
        assertThat(Seconds.parse("0.5")).isEqualTo(0.5);
        assertThat(Seconds.parse(".5")).isEqualTo(0.5);
        assertThat(Seconds.parse("3.")).isEqualTo(3.0);
        assertThat(Seconds.parse("1e3")).isEqualTo(1000.0);
        for (String bad : new String[] {"-1", "NaN", "Infinity", "1d", "0x10", "", "1e999"}) {
            assertThatThrownBy(() -> Seconds.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
