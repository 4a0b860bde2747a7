package org.loopscope.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.loopscope.trace.EventKind;
import org.loopscope.trace.EventLog;
import org.loopscope.trace.Trace;
import org.loopscope.trace.TraceSummary;

/**
 * Several variants of a program side by side on one time axis (blocking vs async sleep; {@code wait} vs
 * {@code gather} vs {@code as_completed}): a session per variant and a summary row per variant — total virtual
 * time, tasks, event loops, peak concurrency, the time the loop was blocked, loop iterations, and the order in which
 * lines were printed and tasks finished. Rows are computed from the sessions' current snapshots, so they grow while the
 * variants run; {@link #await} lets them run to their end.
 */
public final class Comparison implements AutoCloseable {

    /** One variant: a label and its session. */
    public record Variant(String label, Session session) {

        public Variant {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(session, "session");
        }
    }

    /**
     * A variant's summary row.
     *
     * @param label           the variant's label
     * @param complete        whether its run is over (else the row counts what is recorded so far)
     * @param totalTime       virtual seconds from the start to the last event
     * @param tasks           tasks created
     * @param loops           event loops: the program's, and one per simulated process it started
     * @param peakConcurrency most tasks active at once
     * @param blockedTime     seconds the loop was held by blocking calls
     * @param idleTime        seconds the loop waited for timers
     * @param loopIterations  loop iterations, over all loops
     * @param steps           task steps
     * @param events          events recorded
     * @param printed         the lines printed to standard output, in order
     * @param finishOrder     task names in the order the tasks finished
     */
    public record Row(String label, boolean complete, double totalTime, int tasks, int loops, int peakConcurrency,
            double blockedTime, double idleTime, int loopIterations, long steps, int events, List<String> printed,
            List<String> finishOrder) {

        public Row {
            printed = List.copyOf(printed);
            finishOrder = List.copyOf(finishOrder);
        }
    }

    private final List<Variant> variants;

    /** A comparison of sessions already started. */
    public Comparison(List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        this.variants = List.copyOf(variants);
    }

    /** Starts a session per input, labelled in order, and compares them. */
    public static Comparison start(List<String> labels, List<RunInput> inputs) {
        if (labels.size() != inputs.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + inputs.size() + " variants");
        }
        List<Variant> list = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            list.add(new Variant(labels.get(k), Session.start(inputs.get(k))));
        }
        return new Comparison(list);
    }

    /** The variants, in order. */
    public List<Variant> variants() {
        return variants;
    }

    /** Whether every variant's run is over. */
    public boolean complete() {
        return variants.stream().allMatch(v -> v.session().status().over());
    }

    /** Lets every variant run to its end, waiting at most {@code timeout} in all; whether all ended. */
    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Variant variant : variants) {
            variant.session().demand(Long.MAX_VALUE / 2);
        }
        for (Variant variant : variants) {
            long left = Math.max(0, deadline - System.nanoTime());
            variant.session().awaitOutcome(Duration.ofNanos(left));
        }
        return complete();
    }

    /** The end of the shared time axis: the longest variant's total time. */
    public double axisEnd() {
        double end = 0;
        for (Variant variant : variants) {
            end = Math.max(end, variant.session().snapshot().endTime());
        }
        return end;
    }

    /** A summary row per variant, in order, from what each has recorded now. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(variants.size());
        for (Variant variant : variants) {
            boolean over = variant.session().status().over();
            rows.add(row(variant.label(), variant.session().snapshot(), over));
        }
        return rows;
    }

    /** The summary row of one trace. */
    static Row row(String label, Trace trace, boolean complete) {
        TraceSummary summary = trace.summary();
        EventLog log = trace.events();
        List<String> finished = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            if (kind == EventKind.TASK_EXITED) {
                finished.add(trace.taskName(log.task(i)));
            } else if (kind == EventKind.OUTPUT && (log.flags(i) & EventLog.FLAG_STDERR) == 0) {
                out.append(log.text(i));
            }
        }
        List<String> printed = out.isEmpty() ? List.of() : List.of(out.toString().split("\n", -1));
        if (!printed.isEmpty() && printed.get(printed.size() - 1).isEmpty()) {
            printed = printed.subList(0, printed.size() - 1);
        }
        return new Row(label, complete, summary.totalTime(), summary.tasks(), trace.loopCount(),
                summary.peakConcurrency(), summary.blockedTime(), summary.idleTime(), summary.loopIterations(),
                summary.steps(), summary.events(), printed, finished);
    }

    /** Stops every variant still running. */
    @Override
    public void close() {
        variants.forEach(v -> v.session().close());
    }
}
