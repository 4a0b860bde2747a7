package org.loopscope.cli;

import java.util.Objects;

/**
 * A request to cancel the task with a given name when the virtual clock reaches a given time, as written on the
 * command line: {@code --cancel TASKNAME@SECONDS}, e.g. {@code --cancel Task-2@1.5}.
 *
 * @param taskName  the task's name as asyncio gives it ({@code Task-2}) or as the script set it
 * @param atSeconds the virtual time of the cancellation, in seconds, zero or more
 */
public record TaskCancel(String taskName, double atSeconds) {

    public TaskCancel {
        Objects.requireNonNull(taskName, "taskName");
        if (taskName.isEmpty()) {
            throw new IllegalArgumentException("the task name is empty");
        }
        if (!(atSeconds >= 0) || Double.isInfinite(atSeconds)) {
            throw new IllegalArgumentException("the time must be a finite number of seconds, zero or more");
        }
    }

    /**
     * Parses {@code TASKNAME@SECONDS}. The last {@code @} separates the two, so a task name may contain {@code @}.
     *
     * @throws IllegalArgumentException when the text does not have that form
     */
    public static TaskCancel parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("expected TASKNAME@SECONDS, e.g. Task-2@1.5");
        }
        return new TaskCancel(text.substring(0, at), Seconds.parse(text.substring(at + 1)));
    }
}
