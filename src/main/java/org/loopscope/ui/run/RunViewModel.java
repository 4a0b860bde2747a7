package org.loopscope.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.loopscope.session.Cursor;
import org.loopscope.session.RunInput;
import org.loopscope.session.predict.Question;
import org.loopscope.session.variables.VariablesState;
import org.loopscope.session.view.PanelState;
import org.loopscope.session.view.RunController;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.faults.Fault;
import org.loopscope.ui.faults.FaultBoundary;
import org.loopscope.ui.i18n.Message;

/**
 * The player: runs the editor's program in a session and moves a cursor through its trace — play at a speed, step
 * by line, task step or loop iteration, step back, reset, end, run to a breakpoint or a line — and shows the state at
 * the cursor in the panels, the editor (one marker per task, the running line) and the clock readout. Cancelling a
 * task and Ctrl+C replay the run with that intervention, the cursor kept.
 *
 * <p>It knows no JavaFX nodes. The session's thread only hands a refresh to {@code uiThread} (at most one queued at
 * a time); everything else happens on the UI thread, which never runs the program. Playing is driven by
 * {@link #tick(double)}, called by the view every frame.
 *
 * <p>It is the face of the player's parts: {@link RunLink} (the session and its thread), {@link PlayPacer} (how far a
 * frame plays), {@link RunDisplay} (the state at the cursor shown), {@link RunReporter} (how the run ended) and
 * {@link RunExports}.
 */
public final class RunViewModel {

    /** The most rows the tasks table shows (in creation order): 100,000 rows re-sorted every frame would stall it. */
    public static final int TASK_ROWS_LIMIT = PanelLists.TASK_ROWS_LIMIT;

    private final EditorViewModel editor;
    private final DoubleProperty clockSeconds;
    private final LongProperty clockIteration;
    private final Supplier<Locale> locale;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<StepMode> stepMode = new SimpleObjectProperty<>(this, "stepMode", StepMode.LINE);
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", new PlaySpeed(1));
    private final BooleanProperty tasksShown = new SimpleBooleanProperty(this, "tasksShown", true);
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status",
            Message.of("run.status.none"));
    private final RunDisplay display;
    private final RunExports exports;
    private final PlayPacer pacer;
    private final RunReporter reporter;
    private final RunLink link;
    private String runPath = "";
    private String runText = "";

    /**
     * A player showing its state in {@code editor}, {@code console} and the clock readout's two properties,
     * narrating in the language {@code locale} gives, refreshing on {@code uiThread} ({@code Platform::runLater}
     * in the app), and letting forward moves wait {@code patience} for the run (zero in the app).
     */
    public RunViewModel(EditorViewModel editor, ConsoleViewModel console, DoubleProperty clockSeconds,
            LongProperty clockIteration, Supplier<Locale> locale, Consumer<Runnable> uiThread, Duration patience) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.clockSeconds = clockSeconds;
        this.clockIteration = clockIteration;
        this.locale = locale;
        display = new RunDisplay(this, editor, console, () -> playing.get() && speed.get().fastest());
        reporter = new RunReporter(editor, status);
        // The session's news is handled on the UI thread, its failures going to the fault boundary.
        link = new RunLink(task -> uiThread.accept(() -> reporter.faults().guard(Fault.Where.SESSION, task)), patience);
        exports = new RunExports(link::controller, () -> runPath);
        pacer = new PlayPacer(editor::breakpoints);
        editor.textProperty().addListener((observable, before, text) ->
                stale.set(controller() != null && !text.equals(runText)));
        editor.onRunToHereProperty().set(this::runToLine);
        // Markers (and the rows of a hidden tasks table) may lag while playing: when it stops they catch up.
        playing.addListener((observable, before, now) -> {
            if (!now) {
                display.catchUp();
            }
        });
        tasksShown.addListener((observable, before, shown) -> display.catchUp());
        console.onGoToLineProperty().set(editor::goToLine);
    }

    // ---- running

    /**
     * Runs {@code text} as the file {@code path} (absolute; tracebacks show it) and plays it from the start at the
     * chosen speed.
     */
    public void run(String text, Path path) {
        closeRun();
        runText = text;
        runPath = path.toAbsolutePath().toString();
        editor.clearError();
        stale.set(false);
        display.clearTimeline();
        link.start(RunInput.of(runPath, text), this::refresh);
        reporter.started();
        active.set(true);
        status.set(Message.of("run.status.running"));
        play();
    }

    /** Stops the run where it is; the cursor and the panels stay. */
    public void stop() {
        playing.set(false);
        if (controller() != null) {
            controller().stop("stopped by the user");
        }
    }

    /** Ends the run and forgets it (a new file, the window closing). */
    public void closeRun() {
        playing.set(false);
        link.close();
        active.set(false);
    }

    // ---- moves

    /** Plays if paused, pauses if playing. */
    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
        } else {
            play();
        }
    }

    /** Starts playing from the cursor (from the start if at the end). */
    public void play() {
        if (controller() == null) {
            return;
        }
        if (controller().atEnd()) {
            controller().reset();
        }
        pacer.start(controller().time());
        playing.set(true);
        refresh();
    }

    /** Steps forward by the step mode. */
    public void step() {
        move(() -> controller().step(stepMode.get().unit()));
    }

    /** Steps back by the step mode. */
    public void stepBack() {
        playing.set(false);
        move(() -> controller().stepBack(stepMode.get().unit()));
    }

    /** To before the first event. */
    public void reset() {
        playing.set(false);
        move(() -> controller().reset());
    }

    /** To the end of the run (of what it recorded, while it goes on). */
    public void end() {
        playing.set(false);
        move(() -> controller().end());
    }

    /** "Run to here": forward until some code reaches {@code line}. */
    public void runToLine(int line) {
        playing.set(false);
        move(() -> controller().runToLine(line));
    }

    /** Forward to the next breakpoint of the editor. */
    public void runToBreakpoint() {
        move(() -> controller().runToBreakpoint(List.copyOf(editor.breakpoints())));
    }

    /**
     * Moves the cursor to position {@code events}, the state after that many events, pausing: the timeline's cursor,
     * predict mode's reveal.
     */
    public void seekEvent(int events) {
        playing.set(false);
        move(() -> controller().seekEvent(Math.max(0, events)));
    }

    /** Moves the cursor to just after a warning's event and shows its line. */
    public void showWarning(PanelState.WarningView warning) {
        playing.set(false);
        move(() -> controller().seekEvent(warning.event() + 1));
        if (warning.line() > 0) {
            editor.goToLine(warning.line());
        }
    }

    private void move(Supplier<Cursor.Move> doing) {
        if (controller() == null) {
            return;
        }
        link.move(doing, () -> move(doing));
        refresh();
    }

    /**
     * Plays {@code wallSeconds} of wall time: virtual time flows at the speed, and the cursor takes each step whose
     * time has come, at most the pace's number of zero-time steps; stops at a breakpoint and at the end.
     */
    public void tick(double wallSeconds) {
        if (!playing.get() || controller() == null) {
            return;
        }
        if (pacer.advance(controller(), speed.get(), stepMode.get().unit(), wallSeconds) || controller().atEnd()) {
            playing.set(false);
        }
        refresh();
    }

    /** Predict mode's question at the cursor; empty while there is no run. */
    public java.util.Optional<Question> question(Question.Kind kind) {
        RunController run = controller();
        return run == null ? java.util.Optional.empty() : java.util.Optional.of(run.question(kind));
    }

    // ---- interventions

    /** Cancels the selected task at the cursor (the run is replayed with it). */
    public void cancelSelectedTask() {
        String task = display.selection().nameProperty().get();
        if (controller() != null && task != null) {
            controller().cancelTask(task);
            status.set(Message.of("run.status.cancelled", task));
            refresh();
        }
    }

    /** Sends Ctrl+C at the cursor (the run is replayed with it). */
    public void interrupt() {
        if (controller() != null) {
            controller().interrupt();
            status.set(Message.of("run.status.interrupted"));
            refresh();
        }
    }

    // ---- showing the state

    /** Tells the narration again in the language the locale supplier now gives (the UI language changed). */
    public void languageChanged() {
        refresh();
    }

    /**
     * Where this player's own errors go (a panel that cannot be built, a failing session callback) instead of
     * unwinding into the window; {@link FaultBoundary#RETHROW} until set.
     */
    public void setFaultBoundary(FaultBoundary boundary) {
        reporter.setFaultBoundary(boundary);
    }

    /** Rebuilds the panels, markers and clock from the cursor; a failure goes to the fault boundary. */
    void refresh() {
        reporter.faults().guard(Fault.Where.PANELS, this::refreshNow);
    }

    private void refreshNow() {
        if (controller() == null) {
            return;
        }
        reporter.reportInstrumentFailures(controller());
        reporter.showUnrecorded(controller());
        PanelState now = controller().state(locale.get());
        display.show(now, controller().timeline(), runPath, !tasksShown.get() && playing.get());
        // While playing, the clock flows between steps, up to the next step's time.
        clockSeconds.set(playing.get() && !speed.get().fastest()
                ? pacer.clockShown(controller(), stepMode.get().unit(), now.time()) : now.time());
        clockIteration.set(now.iteration());
        if (now.over()) {
            reporter.showEnd(controller(), runPath, runText);
        }
    }

    /**
     * The variables at the cursor (modules, functions and classes among the globals only if {@code definitions}),
     * or null before the first run.
     */
    public VariablesState variables(boolean definitions) {
        RunController run = controller();
        return run == null ? null : run.variables(definitions, display.selection().nameProperty().get());
    }

    // ---- properties

    /** The panels' state at the cursor, or null before the first run. */
    public ReadOnlyObjectProperty<PanelState> stateProperty() {
        return display.state().getReadOnlyProperty();
    }

    /** Whether there is a run to play. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Whether the editor's text differs from the text of the run shown. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Whether it is playing. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** What a step moves over. */
    public ObjectProperty<StepMode> stepModeProperty() {
        return stepMode;
    }

    /** How fast playing goes. */
    public ObjectProperty<PlaySpeed> speedProperty() {
        return speed;
    }

    /** The name of the selected task (tasks table, timeline), or null. */
    public StringProperty selectedTaskProperty() {
        return display.selection().nameProperty();
    }

    /**
     * The selected task's number in creation order (its lane on the timeline), or -1; kept in step with
     * {@link #selectedTaskProperty()}.
     */
    public IntegerProperty selectedTaskIndexProperty() {
        return display.selection().indexProperty();
    }

    /**
     * Whether the tasks table is in view. While it is not, playing leaves its rows as they were (with thousands of
     * tasks, replacing them is a large part of a frame) and they catch up when it shows or playing stops.
     */
    public BooleanProperty tasksShownProperty() {
        return tasksShown;
    }

    /** How many events have happened at the cursor (the timeline's cursor). */
    public ReadOnlyIntegerProperty positionProperty() {
        return display.position().getReadOnlyProperty();
    }

    /** The timeline of the run as recorded so far; it grows while the run goes on. */
    public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
        return display.timeline().getReadOnlyProperty();
    }

    /** What the run is doing, as a message for the status line. */
    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The tasks table's rows. */
    public ObservableList<PanelState.TaskRowView> tasks() {
        return display.lists().tasks();
    }

    /** The rows of the ready queue, timers, warnings and narration panels. */
    PanelLists lists() {
        return display.lists();
    }

    /** Writes the run to files. */
    public RunExports exports() {
        return exports;
    }

    private RunController controller() {
        return link.controller();
    }

    /** The absolute path the run shows in tracebacks. */
    public String runPath() {
        return runPath;
    }
}
