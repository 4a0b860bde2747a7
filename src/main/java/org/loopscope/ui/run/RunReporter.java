package org.loopscope.ui.run;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import org.loopscope.session.view.RunController;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.faults.Fault;
import org.loopscope.ui.faults.FaultBoundary;
import org.loopscope.ui.i18n.Message;

/**
 * Tells what a run came to: the status line's message at its end, a syntax error at its place in the editor, and
 * Loopscope's own faults (the session failing, an instrument the engine removed for throwing) to the fault boundary,
 * each once per run.
 */
final class RunReporter {

    private final EditorViewModel editor;
    private final ObjectProperty<Message> status;
    private FaultBoundary faults = FaultBoundary.RETHROW;
    /** Whether this run's failure, and how many of its instrument failures, went to the fault boundary. */
    private boolean failureReported;
    private int instrumentFailuresReported;

    /** A reporter showing errors in {@code editor} and the run's end in {@code status}. */
    RunReporter(EditorViewModel editor, ObjectProperty<Message> status) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.status = Objects.requireNonNull(status, "status");
    }

    FaultBoundary faults() {
        return faults;
    }

    void setFaultBoundary(FaultBoundary boundary) {
        faults = Objects.requireNonNull(boundary, "boundary");
    }

    /** A new run starts: nothing of it is reported yet. */
    void started() {
        failureReported = false;
        instrumentFailuresReported = 0;
    }

    /** An instrument the engine removed for throwing is one of Loopscope's faults, not the program's. */
    void reportInstrumentFailures(RunController controller) {
        List<RuntimeException> failures = controller.instrumentFailures();
        if (failures.size() < instrumentFailuresReported) {
            // An intervention replaced the session: its failures are counted afresh.
            instrumentFailuresReported = 0;
        }
        for (int i = instrumentFailuresReported; i < failures.size(); i++) {
            faults.report(Fault.Where.INSTRUMENT, failures.get(i));
        }
        instrumentFailuresReported = failures.size();
    }

    /**
     * The trace reached its memory budget while the run goes on: the status line says that the picture ends there
     * (the timeline and the panels show only what was recorded; the console gets the whole output at the end).
     */
    void showUnrecorded(RunController controller) {
        if (controller.recordingStopped().isPresent() && controller.outcome().isEmpty()
                && status.get().key().equals("run.status.running")) {
            status.set(Message.of("run.status.runningUnrecorded"));
        }
    }

    /** The run is over: says how it ended, unless an intervention's message explains it already. */
    void showEnd(RunController controller, String runPath, String runText) {
        controller.failure().ifPresentOrElse(
                error -> {
                    status.set(Message.of("run.status.failed", String.valueOf(error.getMessage())));
                    if (!failureReported) {
                        failureReported = true;
                        faults.report(Fault.Where.SESSION, error);
                    }
                },
                () -> controller.outcome().ifPresent(outcome -> {
                    if (!status.get().key().equals("run.status.cancelled")
                            && !status.get().key().equals("run.status.interrupted")) {
                        status.set(controller.recordingStopped().isPresent()
                                ? Message.of("run.status.finishedUnrecorded", outcome.exitStatus())
                                : Message.of("run.status.finished", outcome.exitStatus()));
                    }
                    SyntaxErrors.find(outcome.stderr(), runPath, runText)
                            .ifPresent(e -> editor.showError(e.line(), e.column(), e.message()));
                }));
    }
}
