package org.loopscope.trace.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.loopscope.trace.AwaitEdge;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.LoopInterval;
import org.loopscope.trace.TaskInterval;
import org.loopscope.trace.TaskState;
import org.loopscope.trace.Trace;

/**
 * Writes a trace in the Chrome trace event format (JSON object with {@code traceEvents}), which Perfetto UI and
 * {@code chrome://tracing} open: one process, a track (thread id 0) for the event loop and one per task (thread id
 * = task number + 1) named by the task; a complete slice ({@code ph: "X"}) per state interval and loop interval;
 * flow arrows ({@code ph: "s"}/{@code "f"}) from an await to the awaited task and from the event that woke a task to
 * the woken task; instant events ({@code ph: "i"}) for printed output and warnings. Timestamps are microseconds of
 * loop time. The same trace always gives the same bytes.
 */
public final class ChromeTraceExporter {

    private static final int PID = 1;
    private static final int LOOP_TRACK = 0;

    private ChromeTraceExporter() {
    }

    /** The trace as Chrome trace JSON (UTF-8). */
    public static byte[] toBytes(Trace trace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(trace, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the trace as Chrome trace JSON (UTF-8) to {@code out}, which stays open. */
    public static void write(Trace trace, OutputStream out) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("displayTimeUnit", "ms");
            json.writeObjectFieldStart("otherData");
            json.writeStringField("generator", "Loopscope");
            json.writeNumberField("events", trace.size());
            json.writeNumberField("endTime", trace.endTime());
            json.writeEndObject();
            json.writeArrayFieldStart("traceEvents");
            metadata(json, trace);
            taskSlices(json, trace);
            loopSlices(json, trace);
            flows(json, trace);
            instants(json, trace);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void metadata(JsonGenerator json, Trace trace) throws IOException {
        meta(json, "process_name", LOOP_TRACK, "name", "Loopscope");
        meta(json, "thread_name", LOOP_TRACK, "name", "event loop");
        meta(json, "thread_sort_index", LOOP_TRACK, "sort_index", 0);
        for (int t = 0; t < trace.taskCount(); t++) {
            meta(json, "thread_name", t + 1, "name", trace.taskName(t));
            meta(json, "thread_sort_index", t + 1, "sort_index", t + 1);
        }
    }

    private static void meta(JsonGenerator json, String name, int tid, String key, Object value) throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", "M");
        json.writeStringField("name", name);
        json.writeNumberField("pid", PID);
        json.writeNumberField("tid", tid);
        json.writeObjectFieldStart("args");
        if (value instanceof Integer number) {
            json.writeNumberField(key, number);
        } else {
            json.writeStringField(key, (String) value);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void taskSlices(JsonGenerator json, Trace trace) throws IOException {
        for (int k = 0; k < trace.intervalCount(); k++) {
            TaskInterval interval = trace.interval(k);
            String name = interval.state() == TaskState.WAITING && interval.awaiting() != null
                    ? "WAITING " + interval.awaiting() : interval.state().name();
            slice(json, name, "task", interval.task() + 1, interval.start(), interval.end());
            json.writeStringField("state", interval.state().name());
            if (interval.line() >= 0) {
                json.writeNumberField("line", interval.line());
            }
            if (interval.awaiting() != null) {
                json.writeStringField("awaiting", interval.awaiting());
            }
            json.writeNumberField("startEvent", interval.startEvent());
            json.writeNumberField("endEvent", interval.endEvent());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void loopSlices(JsonGenerator json, Trace trace) throws IOException {
        EventLog log = trace.events();
        for (LoopInterval interval : trace.loopIntervals()) {
            String name = switch (interval.activity()) {
                case STEP -> "step " + trace.taskName(interval.task());
                case CALLBACK -> "callback " + log.text(interval.startEvent());
                case IDLE -> "idle";
                case BLOCKED -> "blocked " + log.text(interval.startEvent());
            };
            slice(json, name, "loop", LOOP_TRACK, interval.start(), interval.end());
            json.writeStringField("activity", interval.activity().name());
            if (interval.line() >= 0) {
                json.writeNumberField("line", interval.line());
            }
            json.writeNumberField("startEvent", interval.startEvent());
            json.writeNumberField("endEvent", interval.endEvent());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** Starts a complete slice and its {@code args} object; the caller writes the args and closes both. */
    private static void slice(JsonGenerator json, String name, String category, int tid, double start, double end)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", "X");
        json.writeStringField("name", name);
        json.writeStringField("cat", category);
        json.writeNumberField("pid", PID);
        json.writeNumberField("tid", tid);
        json.writeNumberField("ts", micros(start));
        json.writeNumberField("dur", Math.max(0, micros(end) - micros(start)));
        json.writeObjectFieldStart("args");
    }

    private static void flows(JsonGenerator json, Trace trace) throws IOException {
        EventLog log = trace.events();
        int id = 0;
        for (AwaitEdge edge : trace.awaitEdges()) {
            if (edge.target() >= 0) {
                id++;
                flow(json, "s", "await", id, edge.waiter() + 1, edge.start());
                flow(json, "f", "await", id, edge.target() + 1, edge.start());
            }
        }
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) != EventKind.TASK_SCHEDULED || log.cause(i) < 0
                    || log.kind(log.cause(i)) != EventKind.FUTURE_DONE || log.task(i) < 0) {
                continue;
            }
            int done = log.cause(i);
            int context = log.cause(done);
            int from = context >= 0 && log.kind(context) == EventKind.STEP_BEGIN && log.task(context) >= 0
                    ? log.task(context) + 1 : LOOP_TRACK;
            id++;
            flow(json, "s", "wake-up", id, from, log.time(done));
            flow(json, "f", "wake-up", id, log.task(i) + 1, log.time(i));
        }
    }

    private static void flow(JsonGenerator json, String phase, String name, int id, int tid, double time)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ph", phase);
        json.writeStringField("name", name);
        json.writeStringField("cat", "flow");
        json.writeNumberField("id", id);
        json.writeNumberField("pid", PID);
        json.writeNumberField("tid", tid);
        json.writeNumberField("ts", micros(time));
        if (phase.equals("f")) {
            json.writeStringField("bp", "e");
        }
        json.writeEndObject();
    }

    private static void instants(JsonGenerator json, Trace trace) throws IOException {
        EventLog log = trace.events();
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            if (kind != EventKind.OUTPUT && kind != EventKind.WARNING) {
                continue;
            }
            boolean output = kind == EventKind.OUTPUT;
            json.writeStartObject();
            json.writeStringField("ph", "i");
            json.writeStringField("name", output ? "print" : "warning");
            json.writeStringField("cat", output ? "output" : "warning");
            json.writeStringField("s", output ? "t" : "g");
            json.writeNumberField("pid", PID);
            json.writeNumberField("tid", log.task(i) >= 0 ? log.task(i) + 1 : LOOP_TRACK);
            json.writeNumberField("ts", micros(log.time(i)));
            json.writeObjectFieldStart("args");
            json.writeStringField(output ? "text" : "message", log.text(i));
            if (output) {
                json.writeStringField("stream", (log.flags(i) & EventLog.FLAG_STDERR) != 0 ? "stderr" : "stdout");
            }
            json.writeNumberField("event", i);
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** Seconds as microseconds, rounded to the nanosecond so that sums of floats print short. */
    static double micros(double seconds) {
        return Math.round(seconds * 1e9) / 1e3;
    }
}
