package org.loopscope.session.view;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.loopscope.session.Cursor;
import org.loopscope.session.Intervention;
import org.loopscope.session.Outcome;
import org.loopscope.session.RunInput;
import org.loopscope.session.Session;
import org.loopscope.session.SessionListener;
import org.loopscope.session.predict.Predictor;
import org.loopscope.session.predict.Question;
import org.loopscope.session.variables.VariableLog;
import org.loopscope.session.variables.VariablesBuilder;
import org.loopscope.session.variables.VariablesState;
import org.loopscope.trace.Trace;
import org.loopscope.trace.export.ChromeTraceExporter;
import org.loopscope.trace.export.JsonLinesExporter;
import org.loopscope.trace.export.PngExporter;
import org.loopscope.trace.export.SvgExporter;

/**
 * The app's handle on one run: a {@link Session} and the player's {@link Cursor} on it, with moves that return the
 * new position and a {@link PanelState} of plain values for the panels. Interventions (cancel a task, Ctrl+C) start a
 * new session of the same input plus the intervention, replayed to the cursor, which stays where it was.
 *
 * <p>{@code onChange} is called on the session's thread whenever the run recorded more events or ended (the session
 * throttles these calls); a UI hands it to its own thread. Apart from that, one thread owns a controller.
 */
public final class RunController implements AutoCloseable {

    private final Runnable onChange;
    private final Cursor cursor;
    private Listener listener;
    private final PanelBuilder panels = new PanelBuilder();
    private Session session;

    private RunController(RunInput input, Duration patience, Runnable onChange) {
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.listener = new Listener();
        this.session = Session.start(input, VariableLog.DEFAULT_BUDGET, listener);
        this.cursor = new Cursor(session).patience(patience);
    }

    /** Hears one session: tells the UI, and feeds the session's snapshots to its timeline model. */
    private final class Listener implements SessionListener {
        final TimelineFeed timeline = new TimelineFeed(String.valueOf(System.identityHashCode(this)),
                onChange);

        @Override
        public void eventsAvailable(Session from, Trace snapshot) {
            timeline.offer(snapshot, false);
            tell(from);
        }

        @Override
        public void finished(Session from, Outcome outcome) {
            timeline.offer(from.snapshot(), true);
            tell(from);
        }

        @Override
        public void failed(Session from, Throwable error) {
            timeline.offer(from.snapshot(), true);
            tell(from);
        }

        @Override
        public void recordingStopped(Session from, String note) {
            timeline.offer(from.snapshot(), false);
            tell(from);
        }
    }

    /**
     * Starts a run of {@code input}. Forward moves wait up to {@code patience} for events not yet recorded (zero for
     * a UI, which moves again when {@code onChange} says more are there).
     */
    public static RunController start(RunInput input, Duration patience, Runnable onChange) {
        return new RunController(input, patience, onChange);
    }

    private void tell(Session from) {
        if (from == session) {
            onChange.run();
        }
    }

    /**
     * Why the trace ends before the run (its memory budget was reached: the run goes on unrecorded), once that has
     * happened; one sentence for the user.
     */
    public Optional<String> recordingStopped() {
        return session.recordingStopped();
    }

    /** What the current run is of. */
    public RunInput input() {
        return session.input();
    }

    /** How many events have happened at the cursor. */
    public int position() {
        return cursor.position();
    }

    /** Whether the run has ended (the program finished, failed, or was stopped). */
    public boolean over() {
        return session.status().over();
    }

    /** How the run ended, once it has. */
    public Optional<Outcome> outcome() {
        return session.outcome();
    }

    /** What failed in Loopscope itself during the run, if anything. */
    public Optional<Throwable> failure() {
        return session.failure();
    }

    /** Whether the cursor is at the end of an ended run. */
    public boolean atEnd() {
        return over() && cursor.position() >= session.snapshot().size();
    }

    /** Virtual time of the event the next forward move of {@code unit} would reach, without moving; NaN if none yet. */
    public double peekTime(Cursor.Unit unit) {
        int here = cursor.position();
        Cursor.Move move = cursor.step(unit);
        double time = move.status() == Cursor.Status.MOVED ? eventTime(move.position() - 1) : Double.NaN;
        cursor.seekEvent(here);
        return time;
    }

    /** Virtual time at the cursor. */
    public double time() {
        return eventTime(cursor.position() - 1);
    }

    private double eventTime(int event) {
        Trace trace = session.snapshot();
        return event < 0 || trace.size() == 0 ? 0 : trace.events().time(Math.min(event, trace.size() - 1));
    }

    // ---- moves

    /** Steps forward by {@code unit}. */
    public Cursor.Move step(Cursor.Unit unit) {
        return cursor.step(unit);
    }

    /** Steps back by {@code unit}. */
    public Cursor.Move stepBack(Cursor.Unit unit) {
        return cursor.stepBack(unit);
    }

    /** Back to before the first event. */
    public Cursor.Move reset() {
        return cursor.reset();
    }

    /** To the end of what is recorded (of the run, once it ended). */
    public Cursor.Move end() {
        return cursor.end();
    }

    /** To position {@code events}. */
    public Cursor.Move seekEvent(int events) {
        return cursor.seekEvent(events);
    }

    /** Forward until some code reaches one of {@code lines}. */
    public Cursor.Move runToBreakpoint(Collection<Integer> lines) {
        return cursor.runToBreakpoint(lines);
    }

    /** Forward until some code reaches {@code line}. */
    public Cursor.Move runToLine(int line) {
        return cursor.runToLine(line);
    }

    // ---- interventions

    /** Cancels the task named {@code taskName} at the cursor: a new run with that intervention, the cursor kept. */
    public void cancelTask(String taskName) {
        intervene(new Intervention.CancelTask(taskName, null, cursor.now()));
    }

    /** Sends Ctrl+C at the cursor: a new run with that intervention, the cursor kept. */
    public void interrupt() {
        intervene(new Intervention.Interrupt(cursor.now()));
    }

    private void intervene(Intervention intervention) {
        Session old = session;
        Listener oldListener = listener;
        listener = new Listener();
        session = Session.start(old.input().plus(intervention), old.variables().budget(), listener);
        cursor.follow(session);
        old.removeListener(oldListener);
        oldListener.timeline.close();
        old.close();
    }

    /** The exceptions of instruments the engine removed during the run shown ({@link Session#instrumentFailures}). */
    public java.util.List<RuntimeException> instrumentFailures() {
        return session.instrumentFailures();
    }

    /** Stops the run where it is. */
    public void stop(String reason) {
        session.stop(reason);
    }

    @Override
    public void close() {
        session.removeListener(listener);
        listener.timeline.close();
        session.close();
    }

    // ---- the timeline

    /**
     * The timeline of the run as recorded so far (it may be ahead of the cursor), built off the caller's thread and
     * renewed at most every 50 ms while the run goes on; {@code onChange}
     * says when there is a newer one. Empty before the first events.
     */
    public TimelineModel timeline() {
        return listener.timeline.model();
    }

    // ---- what the panels show

    /** The panels' state at the cursor, sentences in {@code locale}'s language where there is a translation. */
    public PanelState state(Locale locale) {
        return panels.build(session, cursor, locale);
    }

    /**
     * The Variables panel's state at the cursor: module, function and class globals only if {@code definitions};
     * the task named {@code selected} (may be null) always listed.
     */
    public VariablesState variables(boolean definitions, String selected) {
        return VariablesBuilder.build(session.snapshot(), session.variables(), cursor.position(), definitions,
                selected);
    }

    // ---- predict, then reveal

    /**
     * The question predict mode asks at the cursor. When the run has not recorded the answer yet, the question is
     * pending and the run is asked to record more ({@code onChange} tells when it has).
     */
    public Question question(Question.Kind kind) {
        Trace trace = session.snapshot();
        Question question = Predictor.question(trace, cursor.position(), over(), kind);
        if (question.pending()) {
            session.demand(trace.size() + 1);
        }
        return question;
    }

    // ---- exports

    /** Writes the timeline as a PNG picture {@code width} pixels wide. */
    public void exportPng(Path file, String title, int width) throws IOException {
        Files.write(file, PngExporter.toBytes(session.snapshot(), title, width));
    }

    /** Writes the timeline as an SVG picture {@code width} pixels wide. */
    public void exportSvg(Path file, String title, int width) throws IOException {
        Files.write(file, SvgExporter.toBytes(session.snapshot(), title, width));
    }

    /** Writes the trace in Chrome's trace format (opens in Perfetto). */
    public void exportChromeTrace(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ChromeTraceExporter.write(session.snapshot(), out);
        }
    }

    /** Writes the event log, one JSON object per line. */
    public void exportEventLog(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            JsonLinesExporter.write(session.snapshot(), out);
        }
    }
}
