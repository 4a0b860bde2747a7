package org.loopscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.session.view.Lane;
import org.loopscope.session.view.TimelineModel;

/**
 * The lanes of a program with simulated processes, grouped by loop: {@code Pool(processes=2)} gives the program's
 * loop and one per worker process, each with the tasks that run on it; a header row names each group.
 */
class LaneRowsTest {

    private static final String POOL = String.join("\n",
            "import asyncio",
            "from aiomultiprocess import Pool",
            "async def job(n):",
            "    await asyncio.sleep(n)",
            "    return n",
            "async def main():",
            "    async with Pool(processes=2) as pool:",
            "        print(await pool.map(job, [0.1, 0.2, 0.3]))",
            "asyncio.run(main())",
            "");

    private static TimelineModel model;

    @BeforeAll
    static void runPool() throws InterruptedException {
        try (Session session = Session.start(RunInput.of("/work/pool.py", POOL))) {
            session.demand(Long.MAX_VALUE / 2);
            assertThat(session.awaitOutcome(Duration.ofSeconds(30))).isPresent();
            model = TimelineModel.of(session.snapshot());
        }
    }

    @Test
    void eachLoopHeadsAGroupOfItsOwnLaneAndItsTasks() {
        assertThat(model.loopCount()).isEqualTo(3);
        LaneRows rows = LaneRows.of(model);
        assertThat(rows.grouped()).isTrue();
        assertThat(rows.pinned()).isZero();
        assertThat(rows.count()).isEqualTo(model.loopCount() + model.laneCount());

        List<Integer> seen = new ArrayList<>();
        int loop = -1;
        for (int row = 0; row < rows.count(); row++) {
            int lane = rows.laneOf(row);
            if (lane < 0) {
                loop = -1 - lane;
                // A header, then the loop's own lane.
                assertThat(rows.laneOf(row + 1)).isEqualTo(model.laneOfLoop(loop));
                continue;
            }
            Lane of = model.lane(lane);
            assertThat(of.loop()).as("row %d", row).isEqualTo(loop);
            assertThat(rows.rowOf(lane)).isEqualTo(row);
            seen.add(lane);
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(model.laneCount());
        // Every worker process runs tasks of its own.
        for (int k = 0; k < model.loopCount(); k++) {
            assertThat(rows.tasksOf(k)).as("loop %d", k).isPositive();
        }
    }

    @Test
    void oneLoopKeepsItsLanePinnedAndNoHeaders() throws InterruptedException {
        try (Session session = Session.start(RunInput.of("/work/one.py",
                "import asyncio\nasync def main():\n    await asyncio.sleep(0.1)\nasyncio.run(main())\n"))) {
            session.demand(Long.MAX_VALUE / 2);
            session.awaitOutcome(Duration.ofSeconds(30));
            LaneRows rows = LaneRows.of(TimelineModel.of(session.snapshot()));
            assertThat(rows.grouped()).isFalse();
            assertThat(rows.pinned()).isEqualTo(1);
            assertThat(rows.laneOf(0)).isEqualTo(1);
        }
    }

    @Test
    void theGeometryAndThePainterFollowTheGroups() {
        TimelineViewModel view = new TimelineViewModel();
        view.heightProperty().set(2000);
        view.showModel(model);
        LaneRows rows = view.rows();
        assertThat(view.contentHeight()).isEqualTo(view.axisHeight() + rows.count() * view.rowHeight());
        for (int lane = 0; lane < model.laneCount(); lane++) {
            assertThat(view.laneAt(view.laneTop(lane) + 1)).isEqualTo(lane);
        }
        for (int row = 0; row < rows.count(); row++) {
            if (rows.laneOf(row) < 0) {
                assertThat(view.laneAt(view.rowTop(row) + view.rowHeight() / 2)).isEqualTo(-1);
            }
        }

        CountingGraphics g = new CountingGraphics();
        new TimelinePainter(view).paint(g);
        for (int loop = 0; loop < model.loopCount(); loop++) {
            assertThat(g.texts).contains("event loop " + (loop + 1) + " \u00b7 tasks: " + rows.tasksOf(loop));
        }
    }
}
