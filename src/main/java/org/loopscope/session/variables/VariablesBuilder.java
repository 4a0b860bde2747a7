package org.loopscope.session.variables;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.interp.ValueText;
import org.loopscope.trace.TaskRow;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceState;

/**
 * Builds the {@link VariablesState} at a cursor position from a run's trace (which tasks exist, their states, which
 * one runs) and its {@link VariableLog} (their frames and variables).
 */
public final class VariablesBuilder {

    /** The most tasks listed (the running and the selected one always are): 10,000 tasks make no 10,000 rows. */
    public static final int TASK_LIMIT = 200;

    private VariablesBuilder() {
    }

    /**
     * The variables at {@code position} of the run traced by {@code trace} and logged in {@code log}; globals that
     * are modules, functions or classes only if {@code definitions}; {@code selected} names a task always listed.
     */
    public static VariablesState build(Trace trace, VariableLog log, int position, boolean definitions,
            String selected) {
        int at = Math.max(0, Math.min(position, trace.size()));
        TraceState state = trace.stateAt(at);
        int cutAt = log.cutAt();
        boolean cut = cutAt >= 0 && at >= cutAt;
        List<VariablesState.TaskVariables> tasks = new ArrayList<>();
        List<VariablesState.Variable> globals = new ArrayList<>();
        int hidden = 0;
        if (!cut) {
            int running = state.runningTask();
            List<TaskRow> rows = state.tasks();
            for (int i = 0; i < rows.size(); i++) {
                TaskRow row = rows.get(i);
                boolean always = row.task() == running || row.name().equals(selected);
                if (tasks.size() >= TASK_LIMIT && !always) {
                    hidden++;
                    continue;
                }
                tasks.add(task(row, row.task() == running, log.task(row.task(), at)));
            }
            Locals now = log.globals(at);
            if (now != null) {
                variables(now, definitions, globals);
            }
        }
        return new VariablesState(at, tasks, hidden, globals, cut, cutAt, log.budget());
    }

    private static VariablesState.TaskVariables task(TaskRow row, boolean running, TaskSnapshot snapshot) {
        List<VariablesState.FrameVariables> frames = new ArrayList<>();
        String outcome = null;
        String outcomeText = null;
        if (snapshot != null) {
            FrameSnapshot[] recorded = snapshot.frames();
            for (int k = 0; k < recorded.length; k++) {
                FrameSnapshot frame = recorded[k];
                List<VariablesState.Variable> variables = new ArrayList<>(frame.locals().bound());
                variables(frame.locals(), true, variables);
                // While a task runs, a new line alone makes no snapshot: its innermost line is the trace's.
                int line = running && k == recorded.length - 1 && row.line() > 0 ? row.line() : frame.line();
                frames.add(new VariablesState.FrameVariables(frame.function(), line, variables));
            }
            if (snapshot.outcome() != null) {
                outcome = snapshot.outcome().kind();
                Object value = snapshot.outcome().value();
                outcomeText = value instanceof Locals.Shown shown ? shown.text()
                        : "cancelled".equals(outcome) ? "" : ValueText.of(value, VariableRecorder.TEXT_CAP);
            }
        }
        return new VariablesState.TaskVariables(row.name(), row.state().name(), running, frames, outcome,
                outcomeText);
    }

    private static void variables(Locals locals, boolean definitions, List<VariablesState.Variable> into) {
        for (int i = 0; i < locals.values.length; i++) {
            Object value = locals.values[i];
            if (value instanceof Locals.Shown shown) {
                if (definitions || !shown.definition()) {
                    into.add(new VariablesState.Variable(locals.names[i], shown.text(), shown.type()));
                }
            } else if (value != null) {
                // A settled value: its text now is its text then.
                into.add(new VariablesState.Variable(locals.names[i],
                        ValueText.of(value, VariableRecorder.TEXT_CAP), ValueText.typeName(value)));
            }
        }
    }
}
