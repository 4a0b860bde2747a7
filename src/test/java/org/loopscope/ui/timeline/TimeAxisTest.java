package org.loopscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Tick placement and labels of the time axis. */
class TimeAxisTest {

    @Test
    void tenSecondsOverAThousandPixelsTicksEverySecond() {
        List<TimeAxis.Tick> ticks = new TimeAxis(0, 10, 1000).ticks(80);

        assertThat(ticks).hasSize(11);
        assertThat(ticks.get(0)).isEqualTo(new TimeAxis.Tick(0, 0, "0 s"));
        assertThat(ticks.get(10)).isEqualTo(new TimeAxis.Tick(10, 1000, "10 s"));
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(new TimeAxis(0, 10, 300).step(80)).isEqualTo(5);
        assertThat(new TimeAxis(0, 10, 500).step(80)).isEqualTo(2);
        assertThat(new TimeAxis(0, 1, 1000).step(80)).isEqualTo(0.1, Offset.offset(1e-12));
        assertThat(new TimeAxis(0, 1000, 800).step(80)).isEqualTo(100);
    }

    @Test
    void labelsHaveTheDecimalsTheStepNeeds() {
        assertThat(new TimeAxis(0, 1, 1000).ticks(150).stream().map(TimeAxis.Tick::label))
                .containsExactly("0 s", "0.2 s", "0.4 s", "0.6 s", "0.8 s", "1 s");
        assertThat(TimeAxis.label(0.15000000000000002, 0.05)).isEqualTo("0.15 s");
        assertThat(TimeAxis.label(20, 10)).isEqualTo("20 s");
    }

    @Test
    void ticksStartAtTheFirstMultipleInView() {
        List<TimeAxis.Tick> ticks = new TimeAxis(2.5, 7.5, 500).ticks(80);

        assertThat(ticks.get(0).seconds()).isEqualTo(3);
        assertThat(ticks.get(0).x()).isEqualTo(50);
        assertThat(ticks).last().extracting(TimeAxis.Tick::seconds).isEqualTo(7.0);
    }

    @Test
    void anEmptyAxisIsRefused() {
        assertThatThrownBy(() -> new TimeAxis(1, 1, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeAxis(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
