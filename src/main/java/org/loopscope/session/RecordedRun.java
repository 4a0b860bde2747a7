package org.loopscope.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceSummary;
import org.loopscope.trace.export.ChromeTraceExporter;
import org.loopscope.trace.export.JsonLinesExporter;
import org.loopscope.trace.export.PngExporter;
import org.loopscope.trace.export.SvgExporter;

/**
 * A headless run through a {@link Session} for the command line, when {@code run} is asked for more than the
 * program's output: interventions, exports of the trace, a summary. The program's standard output, standard error
 * and exit status are what they would be without those options (with the same Ctrl+C or cancellation, what CPython
 * prints when it happens at that point); Loopscope's own notes, then the summary line, come after the program's
 * standard error.
 */
public final class RecordedRun {

    /** The width of exported pictures, in pixels. */
    static final int PICTURE_WIDTH = 1200;

    /** Above this many tasks a PNG (one lane per task) would not fit in memory; it is not drawn. */
    static final int PNG_MAX_TASKS = 5_000;

    /**
     * What to do besides running.
     *
     * @param settings      seed, limits and clock, as for a plain run
     * @param interventions Ctrl+C and cancellations, each at its time
     * @param chromeTrace   where to write the Chrome trace JSON
     * @param events        where to write the events as JSON lines
     * @param svg           where to draw the timeline as SVG
     * @param png           where to draw the timeline as PNG
     * @param summary       print a one-line JSON summary on standard error at the end
     */
    public record Request(ScriptRun.Settings settings, List<Intervention> interventions, Optional<Path> chromeTrace,
            Optional<Path> events, Optional<Path> svg, Optional<Path> png, boolean summary) {

        public Request {
            Objects.requireNonNull(settings, "settings");
            interventions = List.copyOf(interventions);
            Objects.requireNonNull(chromeTrace, "chromeTrace");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(svg, "svg");
            Objects.requireNonNull(png, "png");
        }
    }

    private RecordedRun() {
    }

    /** Runs the script at {@code path} with source {@code text} as asked; returns the exit status. */
    public static int run(Path path, String text, Request request, PrintWriter out, PrintWriter err) {
        ScriptRun.Settings settings = request.settings();
        SessionOptions options = SessionOptions.defaults().withSeed(settings.seed())
                .withRealTime(settings.realTime()).withMaxTime(settings.maxTime())
                .withLineEvents(false).withLookahead(Integer.MAX_VALUE);
        SessionListener echo = new SessionListener() {
            @Override
            public void output(Session session, ConsoleStream stream, String written) {
                (stream == ConsoleStream.STDOUT ? out : err).print(written);
            }
        };
        Session session = Session.start(new RunInput(path.toString(), text, options, request.interventions()), echo);
        try {
            if (!awaitEnd(session, settings, out, err)) {
                return 1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.stop("interrupted");
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
        if (session.failure().isPresent()) {
            ScriptRun.reportFailure(session.failure().get(), err);
            return 1;
        }
        Outcome outcome = session.outcome().orElseThrow();
        outcome.notes().forEach(note -> err.println("loopscope: " + note));
        int status = outcome.exitStatus();
        if (!export(session.snapshot(), path, request, err) && status == 0) {
            status = 1;
        }
        if (request.summary()) {
            err.println(summaryJson(session.snapshot().summary()));
        }
        err.flush();
        return status;
    }

    /** Waits for the run's end, stopping it after the wall-clock timeout; false if it would not even stop. */
    private static boolean awaitEnd(Session session, ScriptRun.Settings settings, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        if (settings.timeout().isEmpty()) {
            while (!session.status().over()) {
                session.awaitOutcome(Duration.ofDays(1));
            }
            return true;
        }
        double seconds = settings.timeout().getAsDouble();
        session.awaitOutcome(Duration.ofMillis(Math.max(1, (long) (seconds * 1000))));
        if (!session.status().over()) {
            session.stop(ScriptRun.timeoutMessage(seconds));
            session.awaitOutcome(Duration.ofSeconds(5));
            if (!session.status().over()) {
                out.flush();
                err.println("loopscope: " + ScriptRun.timeoutMessage(seconds));
                return false;
            }
        }
        return true;
    }

    /** Writes the exports asked for; reports each that fails on {@code err} and returns whether all were written. */
    private static boolean export(Trace trace, Path script, Request request, PrintWriter err) {
        String title = script.getFileName() == null ? script.toString() : script.getFileName().toString();
        boolean ok = write(request.chromeTrace(), "--trace", err, o -> ChromeTraceExporter.write(trace, o));
        ok &= write(request.events(), "--events", err, o -> JsonLinesExporter.write(trace, o));
        ok &= write(request.svg(), "--svg", err, o -> o.write(SvgExporter.toBytes(trace, title, PICTURE_WIDTH)));
        if (request.png().isPresent() && trace.taskCount() > PNG_MAX_TASKS) {
            err.println("loopscope: --png " + request.png().get() + ": " + trace.taskCount() + " tasks, one lane each,"
                    + " make a picture too large (at most " + PNG_MAX_TASKS + "); use --svg or --trace");
            return false;
        }
        ok &= write(request.png(), "--png", err, o -> o.write(PngExporter.toBytes(trace, title, PICTURE_WIDTH)));
        return ok;
    }

    /** Writes something to an output stream. */
    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static boolean write(Optional<Path> file, String option, PrintWriter err, Writing writing) {
        if (file.isEmpty()) {
            return true;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.get()), 1 << 16)) {
            writing.to(out);
            return true;
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            err.println("loopscope: " + option + " " + file.get() + ": cannot write: " + reason);
            return false;
        }
    }

    /**
     * The summary line: total virtual time, tasks, peak concurrency, blocked and idle time, loop iterations, task
     * steps and events, as one JSON object. Seconds are rounded to the nanosecond.
     */
    static String summaryJson(TraceSummary summary) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("totalTime", nanos(summary.totalTime()));
            json.writeNumberField("tasks", summary.tasks());
            json.writeNumberField("peakConcurrency", summary.peakConcurrency());
            json.writeNumberField("blockedTime", nanos(summary.blockedTime()));
            json.writeNumberField("idleTime", nanos(summary.idleTime()));
            json.writeNumberField("loopIterations", summary.loopIterations());
            json.writeNumberField("steps", summary.steps());
            json.writeNumberField("events", summary.events());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static double nanos(double seconds) {
        return Math.round(seconds * 1e9) / 1e9;
    }
}
