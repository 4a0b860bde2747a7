package org.loopscope.engine;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The instruments attached to a run, called as one. An instrument that throws is dropped and the others are
 * told through {@link Instrument#instrumentFailed}; the loop itself never sees the exception.
 *
 * <p>Each action of {@link Instrument} has a method of the same name here that calls it on every attached
 * instrument. The engine calls those rather than {@link #emit}: a recorder hears millions of actions per run, and a
 * lambda capturing the action's arguments would be one allocation per action per run.
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
        for (Instrument instrument : attached) {
            try {
                event.accept(instrument);
            } catch (RuntimeException error) {
                failed(instrument, error);
            }
        }
    }

    /** Drops {@code instrument}, which threw {@code error}, and tells the others. */
    private void failed(Instrument instrument, RuntimeException error) {
        remove(instrument);
        emit(other -> other.instrumentFailed(instrument, error));
    }

    /** {@link Instrument#iterationBegin}. */
    public void iterationBegin(EventLoop loop, long iteration) {
        for (Instrument i : attached) {
            try {
                i.iterationBegin(loop, iteration);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#iterationEnd}. */
    public void iterationEnd(EventLoop loop, long iteration) {
        for (Instrument i : attached) {
            try {
                i.iterationEnd(loop, iteration);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#idle}. */
    public void idle(EventLoop loop, double from, double to) {
        for (Instrument i : attached) {
            try {
                i.idle(loop, from, to);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#handleScheduled}. */
    public void handleScheduled(Handle handle) {
        for (Instrument i : attached) {
            try {
                i.handleScheduled(handle);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#timerArmed}. */
    public void timerArmed(TimerHandle timer) {
        for (Instrument i : attached) {
            try {
                i.timerArmed(timer);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#timerCancelled}. */
    public void timerCancelled(TimerHandle timer) {
        for (Instrument i : attached) {
            try {
                i.timerCancelled(timer);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#timerFired}. */
    public void timerFired(TimerHandle timer) {
        for (Instrument i : attached) {
            try {
                i.timerFired(timer);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#beforeHandle}. */
    public void beforeHandle(Handle handle) {
        for (Instrument i : attached) {
            try {
                i.beforeHandle(handle);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#afterHandle}. */
    public void afterHandle(Handle handle, double heldFor) {
        for (Instrument i : attached) {
            try {
                i.afterHandle(handle, heldFor);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#taskSpawned}. */
    public void taskSpawned(Task task) {
        for (Instrument i : attached) {
            try {
                i.taskSpawned(task);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#taskScheduled}. */
    public void taskScheduled(Task task, Handle step) {
        for (Instrument i : attached) {
            try {
                i.taskScheduled(task, step);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#beforeTaskStep}. */
    public void beforeTaskStep(Task task, Throwable thrownIn) {
        for (Instrument i : attached) {
            try {
                i.beforeTaskStep(task, thrownIn);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#afterTaskStep}. */
    public void afterTaskStep(Task task, Future awaiting) {
        for (Instrument i : attached) {
            try {
                i.afterTaskStep(task, awaiting);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#taskExited(Task, RuntimeException)}. */
    public void taskExited(Task task, RuntimeException exception) {
        for (Instrument i : attached) {
            try {
                i.taskExited(task, exception);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#cancelRequested}. */
    public void cancelRequested(Task task, Object message) {
        for (Instrument i : attached) {
            try {
                i.cancelRequested(task, message);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#futureDone}. */
    public void futureDone(Future future) {
        for (Instrument i : attached) {
            try {
                i.futureDone(future);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#callbackAdded}. */
    public void callbackAdded(Future future, DoneCallback callback) {
        for (Instrument i : attached) {
            try {
                i.callbackAdded(future, callback);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#blocked}. */
    public void blocked(EventLoop loop, double from, double seconds, String what) {
        for (Instrument i : attached) {
            try {
                i.blocked(loop, from, seconds, what);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#output}. */
    public void output(EventLoop loop, String stream, String text) {
        for (Instrument i : attached) {
            try {
                i.output(loop, stream, text);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#line}. */
    public void line(EventLoop loop, Task task, int line) {
        for (Instrument i : attached) {
            try {
                i.line(loop, task, line);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#warning}. */
    public void warning(EventLoop loop, LoopWarning warning) {
        for (Instrument i : attached) {
            try {
                i.warning(loop, warning);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#interrupted}. */
    public void interrupted(EventLoop loop) {
        for (Instrument i : attached) {
            try {
                i.interrupted(loop);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#loopStopped}. */
    public void loopStopped(EventLoop loop) {
        for (Instrument i : attached) {
            try {
                i.loopStopped(loop);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }

    /** {@link Instrument#loopClosed}. */
    public void loopClosed(EventLoop loop) {
        for (Instrument i : attached) {
            try {
                i.loopClosed(loop);
            } catch (RuntimeException error) {
                failed(i, error);
            }
        }
    }
}
