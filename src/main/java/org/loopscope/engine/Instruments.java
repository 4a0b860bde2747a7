package org.loopscope.engine;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The instruments attached to a run, called as one. An instrument that throws is dropped and the others are
 * told through {@link Instrument#instrumentFailed}; the loop itself never sees the exception.
 */
public final class Instruments {

    private Instrument[] attached = new Instrument[0];

    /** Attaches an instrument; it hears every later action. */
    public void add(Instrument instrument) {
        attached = Arrays.copyOf(attached, attached.length + 1);
        attached[attached.length - 1] = instrument;
    }

    /** Detaches an instrument. */
    public void remove(Instrument instrument) {
        attached = Arrays.stream(attached).filter(i -> i != instrument).toArray(Instrument[]::new);
    }

    /** Whether any instrument is attached (callers may skip building event details when none is). */
    public boolean any() {
        return attached.length > 0;
    }

    /** Calls {@code event} on each attached instrument. */
    public void emit(Consumer<Instrument> event) {
        Instrument[] now = attached;
        for (Instrument instrument : now) {
            try {
                event.accept(instrument);
            } catch (RuntimeException error) {
                remove(instrument);
                emit(other -> other.instrumentFailed(instrument, error));
            }
        }
    }
}
