package org.loopscope.ui.run;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.loopscope.session.Cursor;
import org.loopscope.session.RunInput;
import org.loopscope.session.view.RunController;

/**
 * The player's link to the run it shows: the session's controller (null before the first run and once closed), the
 * news of the session's thread handed to the UI thread (at most one hand-over queued at a time), and a cursor move
 * asked for before the run recorded its target, tried again with the news until it moves.
 */
final class RunLink {

    private final Consumer<Runnable> uiThread;
    private final Duration patience;
    private final AtomicBoolean newsQueued = new AtomicBoolean();
    private RunController controller;
    private Runnable pendingMove;

    /**
     * A link handing the session's news to {@code uiThread} and letting forward moves wait {@code patience} for the
     * run.
     */
    RunLink(Consumer<Runnable> uiThread, Duration patience) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.patience = patience;
    }

    /** The run shown, or null. */
    RunController controller() {
        return controller;
    }

    /** Starts running {@code input}; after each news (and the retried move) {@code news} runs on the UI thread. */
    void start(RunInput input, Runnable news) {
        pendingMove = null;
        controller = RunController.start(input, patience, () -> changed(news));
    }

    /** Ends the run and forgets it. */
    void close() {
        if (controller != null) {
            controller.close();
            controller = null;
        }
    }

    /**
     * Makes the move {@code doing}; if its target is not recorded yet, it is tried once more with the next news, and
     * should it still wait then, {@code again} is run with the news after that.
     */
    void move(Supplier<Cursor.Move> doing, Runnable again) {
        Cursor.Move move = doing.get();
        if (move.status() == Cursor.Status.PENDING) {
            pendingMove = () -> {
                Cursor.Move retried = doing.get();
                if (retried.status() == Cursor.Status.PENDING) {
                    pendingMove = again;
                }
            };
        }
    }

    /** Called on the session's thread: queues one hand-over on the UI thread. */
    private void changed(Runnable news) {
        if (newsQueued.compareAndSet(false, true)) {
            uiThread.accept(() -> {
                newsQueued.set(false);
                if (controller != null) {
                    Runnable retry = pendingMove;
                    pendingMove = null;
                    if (retry != null) {
                        retry.run();
                    }
                    news.run();
                }
            });
        }
    }
}
