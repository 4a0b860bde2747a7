package org.loopscope.session.view;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.loopscope.trace.Trace;

/**
 * Keeps the {@link TimelineModel} of a growing recording up to date off the UI's thread: each snapshot offered
 * replaces any still waiting, and one worker thread extends the model with the latest (only what it added is read).
 * So a fast run costs one model build at a time however many snapshots it offers, and the recording's own thread is
 * not slowed by building. {@code onModel} is called on the worker after each new model.
 *
 * <p>A feed belongs to one recording; a new run (an intervention's replay) takes a new feed.
 */
final class TimelineFeed implements AutoCloseable {

    /** The shortest wall time between two builds while the run goes on; the end is always built at once. */
    static final long MIN_INTERVAL_NANOS = 50_000_000L;

    private final AtomicReference<Trace> offered = new AtomicReference<>();
    private final Runnable onModel;
    private final Thread worker;
    private volatile TimelineModel model = TimelineModel.empty();
    private volatile boolean closed;
    private volatile boolean finalOffered;

    TimelineFeed(String name, Runnable onModel) {
        this.onModel = Objects.requireNonNull(onModel, "onModel");
        this.worker = new Thread(this::work, "loopscope-timeline-" + name);
        worker.setDaemon(true);
        worker.start();
    }

    /** Offers a newer snapshot; {@code last} says no more will come (the run ended). */
    void offer(Trace snapshot, boolean last) {
        offered.set(snapshot);
        if (last) {
            finalOffered = true;
        }
        synchronized (this) {
            notifyAll();
        }
    }

    /** The latest model built (empty before the first). */
    TimelineModel model() {
        return model;
    }

    private void work() {
        // nanoTime has no fixed origin: start as if the last build were an interval ago.
        long lastBuild = System.nanoTime() - MIN_INTERVAL_NANOS;
        while (!closed) {
            synchronized (this) {
                while (!closed && offered.get() == null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            long wait = lastBuild + MIN_INTERVAL_NANOS - System.nanoTime();
            if (wait > 0 && !finalOffered) {
                // Let more events come: one build for what a whole interval recorded.
                try {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } catch (InterruptedException e) {
                    return;
                }
            }
            Trace next = offered.getAndSet(null);
            if (closed || next == null) {
                continue;
            }
            TimelineModel before = model;
            if (before == TimelineModel.empty() || next.size() > before.eventCount()) {
                try {
                    model = before.extendedTo(next);
                    onModel.run();
                } catch (RuntimeException e) {
                    // The timeline keeps its last picture; the run and the panels go on without it.
                }
                lastBuild = System.nanoTime();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
