package org.loopscope.engine;

/**
 * A callback added to a {@link Future} with {@code add_done_callback}: called, through the loop's ready queue,
 * with the future once it is done. Removal compares callbacks with {@code equals}.
 */
@FunctionalInterface
public interface DoneCallback {

    /** Called with the finished future. */
    void done(Future future);

    /** How the callback reads in a future's repr ({@code cb=[...]}), for example {@code Task.task_wakeup()}. */
    default String describe() {
        return "<callback>";
    }

    /** A done callback with a fixed description. */
    static DoneCallback named(String description, java.util.function.Consumer<Future> body) {
        return new DoneCallback() {
            @Override
            public void done(Future future) {
                body.accept(future);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
