package org.loopscope.trace.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;

/**
 * Writes a trace's events as JSON lines: one JSON object per event, one per line, in order. The fields are
 * documented in {@code docs/trace-format.md}; fields without a value for the event's kind are left out.
 */
public final class JsonLinesExporter {

    private JsonLinesExporter() {
    }

    /** The events as JSON lines (UTF-8). */
    public static byte[] toBytes(Trace trace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(trace, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the events as JSON lines (UTF-8) to {@code out}, which stays open. */
    public static void write(Trace trace, OutputStream out) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            EventLog log = trace.events();
            for (int i = 0; i < log.size(); i++) {
                event(json, trace, log, i);
            }
            if (log.size() > 0) {
                json.writeRaw('\n');
            }
        }
    }

    private static void event(JsonGenerator json, Trace trace, EventLog log, int i) throws IOException {
        json.writeStartObject();
        json.writeNumberField("i", i);
        json.writeStringField("kind", log.kind(i).jsonName());
        json.writeNumberField("time", log.time(i));
        json.writeNumberField("loop", log.loop(i));
        json.writeNumberField("iteration", log.iteration(i));
        int task = log.task(i);
        if (task >= 0) {
            json.writeNumberField("task", task);
            json.writeStringField("taskName", trace.taskName(task));
        }
        if (log.subject(i) >= 0) {
            json.writeNumberField("subject", log.subject(i));
        }
        if (log.arg(i) != -1) {
            json.writeNumberField("arg", log.arg(i));
        }
        if (log.text(i) != null) {
            json.writeStringField("text", log.text(i));
        }
        if (log.kind(i) == EventKind.TASK_SPAWNED && task >= 0) {
            json.writeStringField("coro", trace.taskCoroutine(task));
        }
        if (log.flags(i) != 0) {
            json.writeNumberField("flags", log.flags(i));
        }
        double value = log.value(i);
        if (!Double.isNaN(value)) {
            json.writeNumberField("value", value);
        }
        if (log.cause(i) >= 0) {
            json.writeNumberField("cause", log.cause(i));
        }
        json.writeEndObject();
    }
}
