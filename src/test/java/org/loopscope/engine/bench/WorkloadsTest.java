package org.loopscope.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.Engine;

/**
 * Each benchmark twin computes what its Python script computes, checked on small sizes against closed formulas
 * (the scripts' own sizes take too long for a unit test; the bench checks those against CPython's output).
 */
class WorkloadsTest {

    @Test
    void spawnGatherSumsTheIndices() {
        int n = 1000;
        assertThat(SpawnGather.run(Engine.forJava(), n)).isEqualTo("spawn_gather " + n + " " + n * (n - 1L) / 2);
    }

    @Test
    void callSoonChainCountsEveryCallback() {
        Engine engine = Engine.forJava();
        assertThat(CallSoonChain.run(engine, 5000)).isEqualTo("call_soon_chain 5000");
        assertThat(engine.clock().now()).isZero();
    }

    @Test
    void timersEndAtTheLongestSleepOfVirtualTime() {
        Engine engine = Engine.forJava();
        assertThat(Timers.run(engine, 2500)).isEqualTo("timers 2500");
        // The longest sleep is 999 ms (i % 1000 == 999); the clock jumps there without waiting.
        assertThat(engine.clock().now()).isCloseTo(0.999, Offset.offset(1e-9));
    }

    @Test
    void manySleepersAllWakeAtFiftyMilliseconds() {
        Engine engine = Engine.forJava();
        assertThat(ManySleepers.run(engine, 300)).isEqualTo("many_sleepers 300");
        assertThat(engine.clock().now()).isEqualTo(0.05);
    }

    @Test
    void strategiesSumTheIndicesThreeWays() {
        int n = 500;
        long sum = n * (n - 1L) / 2;
        assertThat(Strategies.run(Engine.forJava(), n)).isEqualTo("strategies " + sum + " " + sum + " " + sum);
    }

    @Test
    void queuePipelineCountsAndSumsEveryItem() {
        int n = 1000;
        assertThat(QueuePipeline.run(Engine.forJava(), n)).isEqualTo("queue_pipeline " + n + " " + n * (n - 1L) / 2);
    }

    /**
     * As under CPython, the first consumer takes every item: it empties the queue each time the producer fills
     * it. queue_pipeline.py with N = 1000 and {@code results} printed shows
     * {@code [(499500, 1000), (0, 0), (0, 0), (0, 0)]}.
     */
    @Test
    void queuePipelineSharesItemsAsCPythonDoes() {
        assertThat(QueuePipeline.shares(Engine.forJava(), 1000)).containsExactly("(499500, 1000)", "(0, 0)",
                "(0, 0)", "(0, 0)");
    }

    @Test
    void expectedLinesAreTheFormulasAtTheScriptsSizes() {
        long n = SpawnGather.WORKLOAD.n();
        assertThat(SpawnGather.WORKLOAD.expected()).isEqualTo("spawn_gather " + n + " " + n * (n - 1) / 2);
        assertThat(CallSoonChain.WORKLOAD.expected()).isEqualTo("call_soon_chain " + CallSoonChain.WORKLOAD.n());
        assertThat(Timers.WORKLOAD.expected()).isEqualTo("timers " + Timers.WORKLOAD.n());
        assertThat(ManySleepers.WORKLOAD.expected()).isEqualTo("many_sleepers " + ManySleepers.WORKLOAD.n());
        long works = Strategies.WORKLOAD.n();
        long sum = works * (works - 1) / 2;
        assertThat(Strategies.WORKLOAD.expected()).isEqualTo("strategies " + sum + " " + sum + " " + sum);
        long items = QueuePipeline.WORKLOAD.n();
        assertThat(QueuePipeline.WORKLOAD.expected())
                .isEqualTo("queue_pipeline " + items + " " + items * (items - 1) / 2);
    }

    @Test
    void liveTasksAreAllAliveWhenMeasured() {
        LiveTasks.Footprint footprint = LiveTasks.measure(2000);
        assertThat(footprint.tasks()).isEqualTo(2001);
        assertThat(footprint.bytes()).isPositive();
    }
}
