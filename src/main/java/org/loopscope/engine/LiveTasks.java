package org.loopscope.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A loop's tasks that are not done yet, in creation order ({@code all_tasks(loop)}). The list is linked through
 * the tasks themselves, so adding and removing cost no allocation and a run of 100,000 tasks no extra table.
 */
final class LiveTasks {

    private Task first;
    private Task last;
    private int count;

    /** Adds a new task at the end; a task already listed stays where it is. */
    void add(Task task) {
        if (task.live) {
            return;
        }
        task.live = true;
        task.prevLive = last;
        task.nextLive = null;
        if (last == null) {
            first = task;
        } else {
            last.nextLive = task;
        }
        last = task;
        count++;
    }

    /** Removes a task that just finished; does nothing for a task not listed. */
    void remove(Task task) {
        if (!task.live) {
            return;
        }
        task.live = false;
        if (task.prevLive == null) {
            first = task.nextLive;
        } else {
            task.prevLive.nextLive = task.nextLive;
        }
        if (task.nextLive == null) {
            last = task.prevLive;
        } else {
            task.nextLive.prevLive = task.prevLive;
        }
        task.prevLive = null;
        task.nextLive = null;
        count--;
    }

    /** The listed tasks, oldest first (a copy). */
    List<Task> toList() {
        List<Task> tasks = new ArrayList<>(count);
        for (Task task = first; task != null; task = task.nextLive) {
            tasks.add(task);
        }
        return tasks;
    }
}
