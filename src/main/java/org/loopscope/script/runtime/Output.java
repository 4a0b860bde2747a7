package org.loopscope.script.runtime;

/**
 * Where a run's text output goes ({@code print}, {@code sys.stdout.write}, tracebacks). The run supplies it; the
 * runtime never touches the process's own streams.
 */
@FunctionalInterface
public interface Output {

    /** The two standard streams a script can write to. */
    enum Stream { STDOUT, STDERR }

    /** Appends {@code text} to {@code stream}. */
    void write(Stream stream, String text);

    /** Called on {@code flush=True} and {@code sys.stdout.flush()}; nothing by default. */
    default void flush(Stream stream) {
    }

    /** An output that drops everything. */
    static Output discard() {
        return (stream, text) -> { };
    }
}
