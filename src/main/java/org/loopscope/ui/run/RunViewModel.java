package org.loopscope.ui.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
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
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.loopscope.session.Cursor;
import org.loopscope.session.RunInput;
import org.loopscope.session.predict.Question;
import org.loopscope.session.variables.VariablesState;
import org.loopscope.session.view.PanelState;
import org.loopscope.session.view.RunController;
import org.loopscope.session.view.TimelineModel;
import org.loopscope.ui.StateColors;
import org.loopscope.ui.console.ConsoleViewModel;
import org.loopscope.ui.editor.EditorViewModel;
import org.loopscope.ui.editor.TaskMarker;
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
 */
public final class RunViewModel {

    /** What one step moves over. */
    public enum StepMode {
        LINE(Cursor.Unit.LINE, "controls.mode.line"),
        TASK_STEP(Cursor.Unit.TASK_STEP, "controls.mode.task_step"),
        ITERATION(Cursor.Unit.ITERATION, "controls.mode.iteration");

        private final Cursor.Unit unit;
        private final String key;

        StepMode(Cursor.Unit unit, String key) {
            this.unit = unit;
            this.key = key;
        }

        /** The bundle key of its name. */
        public String key() {
            return key;
        }
    }

    /** The most events "as fast as possible" moves per frame: the panels keep up, the window stays responsive. */
    static final int FASTEST_EVENTS_PER_TICK = 20_000;
    /** The most rows the tasks table shows (in creation order): 100,000 rows re-sorted every frame would stall it. */
    public static final int TASK_ROWS_LIMIT = 1_000;
    /** The shortest time between two updates of the editor's markers while playing as fast as possible. */
    static final long FAST_MARKER_NANOS = 250_000_000L;
    /** The most steps one frame plays. */
    private static final int MAX_STEPS_PER_TICK = 200;

    private final EditorViewModel editor;
    private final ConsoleViewModel console;
    private final DoubleProperty clockSeconds;
    private final LongProperty clockIteration;
    private final Supplier<Locale> locale;
    private final Consumer<Runnable> uiThread;
    private final Duration patience;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private final ReadOnlyObjectWrapper<PanelState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ObjectProperty<StepMode> stepMode = new SimpleObjectProperty<>(this, "stepMode", StepMode.LINE);
    private final ObjectProperty<PlaySpeed> speed = new SimpleObjectProperty<>(this, "speed", new PlaySpeed(1));
    private final TaskSelection selection = new TaskSelection(this::timelineModel, this::tasks, this::showMarkers);
    private final BooleanProperty tasksShown = new SimpleBooleanProperty(this, "tasksShown", true);
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(this, "timeline",
            TimelineModel.empty());
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>(this, "status",
            Message.of("run.status.none"));
    private final ObservableList<PanelState.TaskRowView> tasks = FXCollections.observableArrayList();
    private final ObservableList<PanelState.ReadyEntryView> ready = FXCollections.observableArrayList();
    private final ObservableList<PanelState.TimerEntryView> timers = FXCollections.observableArrayList();
    private final ObservableList<PanelState.WarningView> warnings = FXCollections.observableArrayList();
    private final ObservableList<String> narration = FXCollections.observableArrayList();

    private RunController controller;
    private FaultBoundary faults = FaultBoundary.RETHROW;
    /** Whether this run's failure, and how many of its instrument failures, went to the fault boundary. */
    private boolean failureReported;
    private int instrumentFailuresReported;
    private String runPath = "";
    private String runText = "";
    /** A move asked for before the run recorded its target: tried again when more events come. */
    private Runnable pendingMove;
    private double playClock;
    private double paceBudget;
    private long markersShownAt;

    /**
     * A player showing its state in {@code editor}, {@code console} and the clock readout's two properties,
     * narrating in the language {@code locale} gives, refreshing on {@code uiThread} ({@code Platform::runLater}
     * in the app), and letting forward moves wait {@code patience} for the run (zero in the app).
     */
    public RunViewModel(EditorViewModel editor, ConsoleViewModel console, DoubleProperty clockSeconds,
            LongProperty clockIteration, Supplier<Locale> locale, Consumer<Runnable> uiThread, Duration patience) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.console = Objects.requireNonNull(console, "console");
        this.clockSeconds = clockSeconds;
        this.clockIteration = clockIteration;
        this.locale = locale;
        this.uiThread = uiThread;
        this.patience = patience;
        editor.textProperty().addListener((observable, before, text) ->
                stale.set(controller != null && !text.equals(runText)));
        editor.onRunToHereProperty().set(this::runToLine);
        // Markers (and the rows of a hidden tasks table) may lag while playing: when it stops they catch up.
        playing.addListener((observable, before, now) -> {
            if (!now) {
                catchUp();
            }
        });
        tasksShown.addListener((observable, before, shown) -> catchUp());
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
        pendingMove = null;
        timeline.set(TimelineModel.empty());
        controller = RunController.start(RunInput.of(runPath, text), patience, this::changed);
        failureReported = false;
        instrumentFailuresReported = 0;
        active.set(true);
        status.set(Message.of("run.status.running"));
        play();
    }

    /** Stops the run where it is; the cursor and the panels stay. */
    public void stop() {
        playing.set(false);
        if (controller != null) {
            controller.stop("stopped by the user");
        }
    }

    /** Ends the run and forgets it (a new file, the window closing). */
    public void closeRun() {
        playing.set(false);
        if (controller != null) {
            controller.close();
            controller = null;
        }
        active.set(false);
    }

    /** Called on the session's thread: queues one refresh on the UI thread. */
    private void changed() {
        if (refreshQueued.compareAndSet(false, true)) {
            uiThread.accept(() -> faults.guard(Fault.Where.SESSION, () -> {
                refreshQueued.set(false);
                if (controller != null) {
                    Runnable retry = pendingMove;
                    pendingMove = null;
                    if (retry != null) {
                        retry.run();
                    }
                    refresh();
                }
            }));
        }
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
        if (controller == null) {
            return;
        }
        if (controller.atEnd()) {
            controller.reset();
        }
        playClock = controller.time();
        paceBudget = 1;
        playing.set(true);
        refresh();
    }

    /** Steps forward by the step mode. */
    public void step() {
        move(() -> controller.step(stepMode.get().unit));
    }

    /** Steps back by the step mode. */
    public void stepBack() {
        playing.set(false);
        move(() -> controller.stepBack(stepMode.get().unit));
    }

    /** To before the first event. */
    public void reset() {
        playing.set(false);
        move(() -> controller.reset());
    }

    /** To the end of the run (of what it recorded, while it goes on). */
    public void end() {
        playing.set(false);
        move(() -> controller.end());
    }

    /** "Run to here": forward until some code reaches {@code line}. */
    public void runToLine(int line) {
        playing.set(false);
        move(() -> controller.runToLine(line));
    }

    /** Forward to the next breakpoint of the editor. */
    public void runToBreakpoint() {
        move(() -> controller.runToBreakpoint(List.copyOf(editor.breakpoints())));
    }

    /**
     * Moves the cursor to position {@code events}, the state after that many events, pausing: the timeline's cursor,
     * predict mode's reveal.
     */
    public void seekEvent(int events) {
        playing.set(false);
        move(() -> controller.seekEvent(Math.max(0, events)));
    }

    /** Moves the cursor to just after a warning's event and shows its line. */
    public void showWarning(PanelState.WarningView warning) {
        playing.set(false);
        move(() -> controller.seekEvent(warning.event() + 1));
        if (warning.line() > 0) {
            editor.goToLine(warning.line());
        }
    }

    private void move(Supplier<Cursor.Move> doing) {
        if (controller == null) {
            return;
        }
        Cursor.Move move = doing.get();
        if (move.status() == Cursor.Status.PENDING) {
            pendingMove = () -> {
                Cursor.Move again = doing.get();
                if (again.status() == Cursor.Status.PENDING) {
                    pendingMove = () -> move(doing);
                }
            };
        }
        refresh();
    }

    /**
     * Plays {@code wallSeconds} of wall time: virtual time flows at the speed, and the cursor takes each step whose
     * time has come, at most the pace's number of zero-time steps; stops at a breakpoint and at the end.
     */
    public void tick(double wallSeconds) {
        if (!playing.get() || controller == null) {
            return;
        }
        PlaySpeed pace = speed.get();
        if (pace.fastest()) {
            int before = controller.position();
            controller.seekEvent(before + FASTEST_EVENTS_PER_TICK);
            if (controller.position() == before) {
                controller.end();
            }
            stopAtBreakpoint(before);
        } else {
            // Virtual time flows only towards the next step; steps that take no time go at the pace.
            double flow = wallSeconds * pace.factor();
            paceBudget = Math.min(paceBudget + wallSeconds * pace.pace(), 1 + pace.pace() / 10);
            for (int i = 0; i < MAX_STEPS_PER_TICK; i++) {
                double next = controller.peekTime(stepMode.get().unit);
                if (Double.isNaN(next)) {
                    if (controller.over()) {
                        // No more steps of this kind: the last events (the end of the run) come at once.
                        controller.end();
                    }
                    break;
                }
                if (next > playClock) {
                    double advance = Math.min(next - playClock, flow);
                    playClock += advance;
                    flow -= advance;
                    if (playClock < next) {
                        break;
                    }
                    // Waiting for its time was pace enough for the first step after it.
                    paceBudget = Math.max(paceBudget, 1);
                }
                if (paceBudget < 1) {
                    break;
                }
                int before = controller.position();
                controller.step(stepMode.get().unit);
                paceBudget -= 1;
                if (stopAtBreakpoint(before)) {
                    break;
                }
            }
        }
        if (controller.atEnd()) {
            playing.set(false);
        }
        refresh();
    }

    /** If a breakpoint's line was reached between {@code from} and the cursor, moves there and pauses. */
    private boolean stopAtBreakpoint(int from) {
        if (editor.breakpoints().isEmpty()) {
            return false;
        }
        int reached = controller.position();
        controller.seekEvent(from);
        Cursor.Move hit = controller.runToBreakpoint(List.copyOf(editor.breakpoints()));
        if (hit.status() == Cursor.Status.MOVED && hit.position() <= reached) {
            playing.set(false);
            return true;
        }
        controller.seekEvent(reached);
        return false;
    }

    /** Predict mode's question at the cursor; empty while there is no run. */
    public java.util.Optional<Question> question(Question.Kind kind) {
        return controller == null ? java.util.Optional.empty() : java.util.Optional.of(controller.question(kind));
    }

    // ---- interventions

    /** Cancels the selected task at the cursor (the run is replayed with it). */
    public void cancelSelectedTask() {
        String task = selection.nameProperty().get();
        if (controller != null && task != null) {
            controller.cancelTask(task);
            status.set(Message.of("run.status.cancelled", task));
            refresh();
        }
    }

    /** Sends Ctrl+C at the cursor (the run is replayed with it). */
    public void interrupt() {
        if (controller != null) {
            controller.interrupt();
            status.set(Message.of("run.status.interrupted"));
            refresh();
        }
    }

    // ---- exports

    /** Writes the timeline as PNG. */
    public void exportPng(Path file) throws IOException {
        requireRun().exportPng(file, title(), 1600);
    }

    /** Writes the timeline as SVG. */
    public void exportSvg(Path file) throws IOException {
        requireRun().exportSvg(file, title(), 1600);
    }

    /** Writes the Chrome trace JSON. */
    public void exportChromeTrace(Path file) throws IOException {
        requireRun().exportChromeTrace(file);
    }

    /** Writes the event log as JSON lines. */
    public void exportEventLog(Path file) throws IOException {
        requireRun().exportEventLog(file);
    }

    private RunController requireRun() {
        if (controller == null) {
            throw new IllegalStateException("nothing has run yet");
        }
        return controller;
    }

    private String title() {
        return Path.of(runPath).getFileName().toString();
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
        faults = Objects.requireNonNull(boundary, "boundary");
    }

    /** Rebuilds the panels, markers and clock from the cursor; a failure goes to the fault boundary. */
    void refresh() {
        faults.guard(Fault.Where.PANELS, this::refreshNow);
    }

    private void refreshNow() {
        if (controller == null) {
            return;
        }
        reportInstrumentFailures();
        PanelState now = controller.state(locale.get());
        state.set(now);
        if (tasksShown.get() || !playing.get()) {
            tasks.setAll(now.tasks().size() <= TASK_ROWS_LIMIT ? now.tasks() : now.tasks().subList(0, TASK_ROWS_LIMIT));
        }
        ready.setAll(now.ready());
        timers.setAll(now.timers());
        narration.setAll(now.narration());
        if (!warnings.equals(now.warnings())) {
            warnings.setAll(now.warnings());
        }
        console.showProgramOutput(runPath, now.console());
        TimelineModel model = controller.timeline();
        if (model != timeline.get()) {
            timeline.set(model);
            selection.resolve();
        }
        position.set(now.position());
        showMarkers();
        editor.currentLineProperty().set(Math.max(0, now.currentLine()));
        double shown = now.time();
        if (playing.get() && !speed.get().fastest()) {
            // While playing, the clock flows between steps, up to the next step's time.
            shown = Math.max(shown, Math.min(playClock, nextTimeOr(playClock)));
        }
        clockSeconds.set(shown);
        clockIteration.set(now.iteration());
        if (now.over()) {
            showEnd(now);
        }
    }

    private void catchUp() {
        PanelState now = state.get();
        if (now != null && !tasks.equals(now.tasks())) {
            tasks.setAll(now.tasks());
        }
        showMarkers();
    }

    /**
     * One marker per unfinished task at its line; the selected task's ringed. Rebuilding the editor's gutter is the
     * dearest part of a frame with thousands of tasks, so it is skipped when nothing changed, and while playing as fast
     * as possible it is done at most every {@link #FAST_MARKER_NANOS} ns.
     */
    private void showMarkers() {
        PanelState now = state.get();
        if (now == null) {
            return;
        }
        long clock = System.nanoTime();
        if (playing.get() && speed.get().fastest() && !now.atEnd() && clock - markersShownAt < FAST_MARKER_NANOS) {
            return;
        }
        String selected = selection.nameProperty().get();
        List<TaskMarker> markers = new ArrayList<>();
        for (PanelState.TaskRowView row : now.tasks()) {
            if (row.line() > 0 && !row.state().finished()) {
                markers.add(new TaskMarker(row.line(), StateColors.valueOf(row.state().name()).hex(),
                        row.name() + " · " + row.state().name(), row.name().equals(selected)));
            }
        }
        if (!markers.equals(editor.taskMarkers())) {
            editor.setTaskMarkers(markers);
            markersShownAt = clock;
        }
    }

    private double nextTimeOr(double otherwise) {
        double next = controller.peekTime(stepMode.get().unit);
        return Double.isNaN(next) ? otherwise : next;
    }

    /** An instrument the engine removed for throwing is one of Loopscope's faults, not the program's. */
    private void reportInstrumentFailures() {
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

    private void showEnd(PanelState now) {
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
                        status.set(Message.of("run.status.finished", outcome.exitStatus()));
                    }
                    SyntaxErrors.find(outcome.stderr(), runPath, runText)
                            .ifPresent(e -> editor.showError(e.line(), e.column(), e.message()));
                }));
    }

    /**
     * The variables at the cursor (modules, functions and classes among the globals only if {@code definitions}),
     * or null before the first run.
     */
    public VariablesState variables(boolean definitions) {
        return controller == null ? null : controller.variables(definitions, selection.nameProperty().get());
    }

    // ---- properties

    /** The panels' state at the cursor, or null before the first run. */
    public ReadOnlyObjectProperty<PanelState> stateProperty() {
        return state.getReadOnlyProperty();
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
        return selection.nameProperty();
    }

    /**
     * The selected task's number in creation order (its lane on the timeline), or -1; kept in step with
     * {@link #selectedTaskProperty()}.
     */
    public IntegerProperty selectedTaskIndexProperty() {
        return selection.indexProperty();
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
        return position.getReadOnlyProperty();
    }

    private TimelineModel timelineModel() {
        return timeline.get();
    }

    /** The timeline of the run as recorded so far; it grows while the run goes on. */
    public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** What the run is doing, as a message for the status line. */
    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The tasks table's rows. */
    public ObservableList<PanelState.TaskRowView> tasks() {
        return tasks;
    }

    /** The ready queue, front first. */
    public ObservableList<PanelState.ReadyEntryView> ready() {
        return ready;
    }

    /** The timer heap, earliest first. */
    public ObservableList<PanelState.TimerEntryView> timers() {
        return timers;
    }

    /** The run's warnings. */
    public ObservableList<PanelState.WarningView> warnings() {
        return warnings;
    }

    /** The narration: the sentence at the cursor first, then the few before it. */
    public ObservableList<String> narration() {
        return narration;
    }

    /** The absolute path the run shows in tracebacks. */
    public String runPath() {
        return runPath;
    }
}
