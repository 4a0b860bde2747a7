package org.loopscope.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.loopscope.engine.Engine;
import org.loopscope.engine.EventLoop;
import org.loopscope.engine.Instrument;
import org.loopscope.engine.RunAborted;
import org.loopscope.script.ScriptExecution;
import org.loopscope.script.runtime.Output;
import org.loopscope.session.variables.VariableLog;
import org.loopscope.session.variables.VariableRecorder;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceRecorder;

/**
 * One run of a script, recorded as a trace on a background thread: the only way the app and the command line run
 * programs. The input ({@link RunInput}: text, path, options, interventions) decides the run; with the virtual clock
 * the same input always gives the same trace.
 *
 * <p>The run keeps ahead of its reader, but bounded: it pauses once it has recorded {@link SessionOptions#lookahead()}
 * events beyond what the reader {@linkplain #demand asked for}, and goes on when the reader asks for more. So a
 * program that never ends ({@code run_forever}) or makes 10,000 tasks never blocks the reader nor fills the memory;
 * {@link SessionOptions#maxEvents()} and {@link SessionOptions#traceBudget()} end the recording whatever the reader
 * asks: past them the run goes on unrecorded (its output and exit status stay exact) and a note says so.
 *
 * <p>Every method may be called from any thread and returns at once, except the {@code await} ones. Readers get
 * immutable {@link Trace} snapshots; listeners hear of new events, output, the end and failures on the run's
 * thread. {@link #close()} stops the run.
 */
public final class Session implements AutoCloseable {

    /** The run thread's stack: deep recursion in a script must end in RecursionError, not a Java overflow. */
    static final long STACK_BYTES = 512L << 20;

    /** Shortest wall time between two {@link SessionListener#eventsAvailable} calls while running. */
    private static final long NOTICE_NANOS = 20_000_000L;

    private final RunInput input;
    private final TraceRecorder recorder;
    private final VariableLog variables;
    private final ScriptExecution execution;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
    private final List<RuntimeException> instrumentFailures = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private final Thread thread;

    private volatile long demand;
    private volatile SessionStatus status = SessionStatus.RUNNING;
    private volatile Outcome outcome;
    private volatile Throwable failure;
    private volatile String stopReason;
    private volatile Trace finalTrace;
    private volatile String recordingNote;
    private volatile int waiters;
    private long lastNotice = System.nanoTime();
    /** The run's engine, once made (run thread only). */
    private Engine engine;
    private InterventionDelivery delivery;

    private Session(RunInput input, long variableBudget, List<SessionListener> initial) {
        this.input = input;
        this.variables = new VariableLog(variableBudget);
        this.listeners.addAll(initial);
        SessionOptions options = input.options();
        recorder = new TraceRecorder();
        recorder.recordLines(options.lineEvents());
        execution = new ScriptExecution(input.path(), input.text(), new Console(),
                new ScriptExecution.Options(options.seed(), options.instructionBudget(), options.maxTime(),
                        options.realTime()))
                .instrumented(this::attach, options.lineEvents())
                .lineCost(options.lineCost());
        thread = new Thread(null, this::run, "loopscope-session", STACK_BYTES);
        thread.setDaemon(true);
    }

    /**
     * Starts a run of {@code input} that records no variables (the command line and comparisons show none); the
     * listeners hear everything from the first event.
     */
    public static Session start(RunInput input, SessionListener... listeners) {
        return start(input, 0, listeners);
    }

    /**
     * Starts a run of {@code input} that records its variables in at most about {@code variableBudget} bytes (0:
     * records none); the listeners hear everything from the first event.
     */
    public static Session start(RunInput input, long variableBudget, SessionListener... listeners) {
        Session session = new Session(Objects.requireNonNull(input, "input"), variableBudget, List.of(listeners));
        session.thread.start();
        return session;
    }

    /** A new session of this one's input with {@code interventions} instead (rewinding past one removes it). */
    public Session withInterventions(List<Intervention> interventions, SessionListener... newListeners) {
        return start(input.withInterventions(interventions), variables.budget(), newListeners);
    }

    /** A new session of {@code text} with this one's options and interventions (edit and replay). */
    public Session edit(String text, SessionListener... newListeners) {
        return start(input.withText(text), variables.budget(), newListeners);
    }

    /** What this run is of. */
    public RunInput input() {
        return input;
    }

    /** The variables of the run's tasks, recorded as it goes (see {@link VariableLog}). */
    public VariableLog variables() {
        return variables;
    }

    /** Where the run is. */
    public SessionStatus status() {
        return status;
    }

    /** The trace as recorded so far (complete once {@link #status()} is over); never blocks. */
    public Trace snapshot() {
        Trace complete = finalTrace;
        return complete != null ? complete : recorder.snapshot();
    }

    /** How the run ended, once it has (not for a failure). */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * The exceptions of instruments the engine removed during the run, in order (a recorder's bug, say): the
     * program ran on, but the trace may miss what those instruments would have recorded.
     */
    public List<RuntimeException> instrumentFailures() {
        return List.copyOf(instrumentFailures);
    }

    /** Called on the run's thread when the engine removed an instrument that threw. */
    void instrumentFailed(RuntimeException error) {
        instrumentFailures.add(error);
    }

    /** What failed, if Loopscope itself failed during the run. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Tells the run the reader wants the trace to reach {@code events} events: it records up to that many plus the
     * lookahead before pausing. Demands only grow.
     */
    public void demand(long events) {
        synchronized (lock) {
            if (events > demand) {
                demand = events;
                lock.notifyAll();
            }
        }
    }

    /** The most events any reader asked for. */
    public long demanded() {
        return demand;
    }

    /**
     * Adds a listener; one added after the end hears the end at once (on the calling thread). A run is over
     * ({@link #status()}, {@link #awaitOutcome}) only after its listeners heard of the end.
     */
    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        if (status.over()) {
            Outcome done = outcome;
            if (done != null) {
                quietly(() -> listener.finished(this, done));
            } else if (failure != null) {
                quietly(() -> listener.failed(this, failure));
            }
        }
    }

    /** Removes a listener. */
    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Waits until the trace has at least {@code events} events, or the run is over, or {@code timeout} passed;
     * asks for those events first. Returns the snapshot then.
     */
    public Trace awaitEvents(int events, Duration timeout) throws InterruptedException {
        demand(events);
        return awaitUntil(() -> snapshot().size() >= events, timeout);
    }

    /** Waits until the run is over or {@code timeout} passed; the outcome if it ended (empty after a failure). */
    public Optional<Outcome> awaitOutcome(Duration timeout) throws InterruptedException {
        awaitUntil(() -> false, timeout);
        return outcome();
    }

    private Trace awaitUntil(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!status.over() && !done.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                waiters++;
                try {
                    // Short slices: events published in the middle of a long step wake nobody.
                    lock.wait(Math.max(1, Math.min(10, left / 1_000_000)));
                } finally {
                    waiters--;
                }
            }
        }
        return snapshot();
    }

    /**
     * Asks the run to stop as soon as it can (a paused run at once); it ends with status {@link SessionStatus#STOPPED}
     * and {@code loopscope: reason} on its standard error. Does nothing once the run is over.
     */
    public void stop(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (status.over()) {
            return;
        }
        synchronized (lock) {
            if (stopReason == null) {
                stopReason = reason;
            }
            lock.notifyAll();
        }
        execution.stop(reason);
    }

    /** Stops the run if it still goes on. */
    @Override
    public void close() {
        stop("the session was closed");
    }

    /** Waits for the run's thread to end, at most {@code timeout}; whether it ended. */
    public boolean join(Duration timeout) throws InterruptedException {
        thread.join(Math.max(1, timeout.toMillis()));
        return !thread.isAlive();
    }

    // ---- the run, on its own thread

    private void attach(Engine made) {
        engine = made;
        made.instruments().add(recorder);
        if (variables.budget() > 0) {
            // Before the lookahead, which may pause the run: a published event has its snapshot.
            made.instruments().add(new VariableRecorder(recorder, variables));
        }
        made.instruments().add(new Lookahead(this, recorder, input.options()));
        delivery = InterventionDelivery.attach(made, input.interventions(), notes::add);
    }

    private void run() {
        try {
            int exitStatus = execution.run();
            Trace trace = recorder.trace();
            if (delivery != null) {
                notes.addAll(delivery.undelivered(trace.endTime()));
            }
            Outcome done = new Outcome(exitStatus, stdout.toString(), stderr.toString(), notes);
            outcome = done;
            end(trace, stopReason != null ? SessionStatus.STOPPED : SessionStatus.FINISHED,
                    l -> l.finished(this, done));
        } catch (Throwable error) {
            failure = error;
            Trace trace;
            try {
                trace = recorder.trace();
            } catch (RuntimeException | Error ignored) {
                trace = recorder.snapshot();
            }
            end(trace, SessionStatus.FAILED, l -> l.failed(this, error));
        }
    }

    /** Tells the listeners the last events and the end, then lets waiting readers see the run is over. */
    private void end(Trace trace, SessionStatus last, java.util.function.Consumer<SessionListener> tell) {
        finalTrace = trace;
        listeners.forEach(l -> quietly(() -> l.eventsAvailable(this, trace)));
        listeners.forEach(l -> quietly(() -> tell.accept(l)));
        synchronized (lock) {
            status = last;
            lock.notifyAll();
        }
    }

    // ---- for Lookahead, on the run's thread

    /** How many events the run may hold before it pauses. */
    long allowed() {
        long ahead = input.options().lookahead();
        long sum = demand + ahead;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    boolean stopRequested() {
        return stopReason != null;
    }

    /** Publishes, tells the listeners, and waits until the reader asks for more or the run must stop. */
    void pause() {
        Trace trace = recorder.trace();
        synchronized (lock) {
            status = SessionStatus.PAUSED;
            lock.notifyAll();
        }
        lastNotice = System.nanoTime();
        listeners.forEach(l -> quietly(() -> l.eventsAvailable(this, trace)));
        synchronized (lock) {
            try {
                while (stopReason == null && recorder.size() >= allowed()) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopReason = "interrupted";
            } finally {
                status = SessionStatus.RUNNING;
            }
        }
        throwIfStopped();
    }

    /**
     * Ends the recording for good, the run going on: detaches the recorder and {@code gate}, publishes the trace as
     * it is, and adds {@code note} to the run's notes (the command line prints them after the program's stderr) and
     * tells the listeners. The program's output and exit status stay exact; memory stops growing.
     */
    void stopRecording(Instrument gate, String note) {
        Trace trace = recorder.trace();
        engine.instruments().remove(recorder);
        engine.instruments().remove(gate);
        recordingNote = note;
        notes.add(note);
        listeners.forEach(l -> quietly(() -> l.eventsAvailable(this, trace)));
        listeners.forEach(l -> quietly(() -> l.recordingStopped(this, note)));
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Why the trace ends before the run did (its memory budget), once that has happened. */
    public Optional<String> recordingStopped() {
        return Optional.ofNullable(recordingNote);
    }

    void throwIfStopped() {
        String reason = stopReason;
        if (reason != null) {
            throw new RunAborted(RunAborted.Reason.STOPPED, reason);
        }
    }

    /** Wakes waiting readers, and tells listeners of new events if some time has passed since the last notice. */
    void published(boolean fresh) {
        if (waiters > 0) {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
        long now = System.nanoTime();
        if (!listeners.isEmpty() && now - lastNotice >= NOTICE_NANOS) {
            lastNotice = now;
            Trace trace = fresh ? recorder.snapshot() : recorder.trace();
            listeners.forEach(l -> quietly(() -> l.eventsAvailable(this, trace)));
        }
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // A listener's failure is its own; the run goes on.
        }
    }

    /** The program's output: kept for the outcome, recorded as events, and passed to listeners as it comes. */
    private final class Console implements Output {
        @Override
        public void write(Stream stream, String text) {
            boolean out = stream == Stream.STDOUT;
            (out ? stdout : stderr).append(text);
            Engine made = engine;
            if (made != null && made.instruments().any()) {
                EventLoop loop = made.runningLoop();
                String name = out ? "stdout" : "stderr";
                made.instruments().output(loop, name, text);
            }
            ConsoleStream which = out ? ConsoleStream.STDOUT : ConsoleStream.STDERR;
            listeners.forEach(l -> quietly(() -> l.output(Session.this, which, text)));
        }
    }
}
