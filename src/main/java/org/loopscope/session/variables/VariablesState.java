package org.loopscope.session.variables;

import java.util.List;
import java.util.Objects;

/**
 * What the Variables panel shows at one cursor position, as plain values: each task's frames with their variables
 * (a suspended task's frames kept as they were when it suspended), the module's globals, and whether the memory
 * budget stopped the recording before this position.
 *
 * @param position    the cursor position
 * @param tasks       the tasks created so far, in order of creation (at most a limit: see {@code hiddenTasks})
 * @param hiddenTasks how many more tasks there are than listed
 * @param globals     the module's globals the program defined, in definition order
 * @param cut         whether the variables at this position are unknown: recording stopped at {@code cutAt}
 * @param cutAt       the position from which nothing was recorded, or -1
 * @param budgetBytes the memory budget of the recording
 */
public record VariablesState(int position, List<TaskVariables> tasks, int hiddenTasks, List<Variable> globals,
        boolean cut, int cutAt, long budgetBytes) {

    public VariablesState {
        tasks = List.copyOf(tasks);
        globals = List.copyOf(globals);
    }

    /** The entry of the task named {@code name}, or null. */
    public TaskVariables task(String name) {
        for (TaskVariables task : tasks) {
            if (task.name().equals(name)) {
                return task;
            }
        }
        return null;
    }

    /**
     * A task and its frames.
     *
     * @param name        the task's name
     * @param state       its state at the cursor ({@code PENDING}, {@code RUNNING}, {@code WAITING}, {@code DONE},
     *                    {@code FAILED}, {@code CANCELLED})
     * @param running     whether its step runs at the cursor (its frames are live; the others' are suspended)
     * @param frames      its frames, outermost (its coroutine) first; after it finished, those it had last
     * @param outcome     null while it has not finished, else "done", "failed" or "cancelled"
     * @param outcomeText the result's or exception's text once it finished ("" when cancelled)
     */
    public record TaskVariables(String name, String state, boolean running, List<FrameVariables> frames,
            String outcome, String outcomeText) {
        public TaskVariables {
            Objects.requireNonNull(name, "name");
            frames = List.copyOf(frames);
        }

        /** The innermost frame's variable named {@code variable}, looked for from the innermost frame out, or null. */
        public Variable find(String variable) {
            for (int i = frames.size() - 1; i >= 0; i--) {
                for (Variable v : frames.get(i).variables()) {
                    if (v.name().equals(variable)) {
                        return v;
                    }
                }
            }
            return null;
        }
    }

    /**
     * One frame: its function, the line it is at, and its bound local variables in slot order (parameters first).
     */
    public record FrameVariables(String function, int line, List<Variable> variables) {
        public FrameVariables {
            variables = List.copyOf(variables);
        }
    }

    /** A variable: its name, its value's text (CPython's repr, cut; see the recorder) and its type's name. */
    public record Variable(String name, String value, String type) {
    }
}
