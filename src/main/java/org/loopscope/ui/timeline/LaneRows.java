package org.loopscope.ui.timeline;

import org.loopscope.session.view.TimelineModel;

/**
 * The order of the scrolling rows of a timeline. With one event loop its lane is pinned at the top and the task lanes
 * scroll below in creation order, one row each. With several (a program with simulated processes, each with a loop of
 * its own) the lanes are grouped by loop: a header row for the loop, the loop's lane, then its tasks in creation
 * order; nothing is pinned. Computed once per model, in time linear in its lanes.
 */
final class LaneRows {

    private final TimelineModel model;
    private final boolean grouped;
    /** Per row: the lane, or {@code -1 - loop} for a loop's header row; only when grouped. */
    private final int[] laneOfRow;
    /** Per lane: its row, only when grouped. */
    private final int[] rowOfLane;
    /** Per loop: how many tasks run on it, only when grouped. */
    private final int[] tasksOfLoop;

    private LaneRows(TimelineModel model) {
        this.model = model;
        int loops = model.loopCount();
        this.grouped = loops > 1;
        if (!grouped) {
            laneOfRow = rowOfLane = tasksOfLoop = new int[0];
            return;
        }
        tasksOfLoop = new int[loops];
        int tasks = model.taskCount();
        int[] loopOfTask = new int[tasks];
        for (int task = 0; task < tasks; task++) {
            loopOfTask[task] = Math.max(0, Math.min(loops - 1, model.lane(model.laneOfTask(task)).loop()));
            tasksOfLoop[loopOfTask[task]]++;
        }
        // Each loop's rows start after the rows of the loops before it: a header, its lane, its tasks.
        int[] next = new int[loops];
        int row = 0;
        for (int loop = 0; loop < loops; loop++) {
            next[loop] = row + 2;
            row += 2 + tasksOfLoop[loop];
        }
        laneOfRow = new int[row];
        rowOfLane = new int[model.laneCount()];
        row = 0;
        for (int loop = 0; loop < loops; loop++) {
            laneOfRow[row] = -1 - loop;
            laneOfRow[row + 1] = model.laneOfLoop(loop);
            rowOfLane[model.laneOfLoop(loop)] = row + 1;
            row += 2 + tasksOfLoop[loop];
        }
        for (int task = 0; task < tasks; task++) {
            int lane = model.laneOfTask(task);
            int at = next[loopOfTask[task]]++;
            laneOfRow[at] = lane;
            rowOfLane[lane] = at;
        }
    }

    /** The rows of {@code model}. */
    static LaneRows of(TimelineModel model) {
        return new LaneRows(model);
    }

    /** Whether these are the rows of {@code other}. */
    boolean isFor(TimelineModel other) {
        return model == other;
    }

    /** Whether the lanes are grouped by loop, under header rows. */
    boolean grouped() {
        return grouped;
    }

    /** How many lanes stay at the top, above the scrolling rows: the loop's, when there is one loop. */
    int pinned() {
        return grouped ? 0 : model.loopCount();
    }

    /** How many rows scroll. */
    int count() {
        return grouped ? laneOfRow.length : model.taskCount();
    }

    /** The scrolling row of lane {@code lane} (not a pinned one). */
    int rowOf(int lane) {
        return grouped ? rowOfLane[lane] : lane - model.loopCount();
    }

    /** The lane in row {@code row}, or {@code -1 - loop} for a loop's header row. */
    int laneOf(int row) {
        return grouped ? laneOfRow[row] : row + model.loopCount();
    }

    /** How many tasks run on loop {@code loop} (grouped rows only). */
    int tasksOf(int loop) {
        return tasksOfLoop[loop];
    }
}
