package org.loopscope.script.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The per-run state the object model needs beyond the values themselves: the output sink, the counter that gives
 * objects their {@code id()} (so reprs such as {@code <__main__.Foo object at 0x7f0000000010>} and default hashes are
 * the same on every replay of a run), and the guard that stops {@code repr} of recursive containers.
 *
 * <p>A run lives on one thread at a time; the VM {@linkplain #enter() enters} its context while it executes the
 * run's code, and the runtime finds it with {@link #current()}. Code that never entered one (a unit test) gets a
 * default context of its own thread.
 */
public final class RunContext {

    /** First address handed out; objects are spaced 16 bytes apart, as CPython's allocations are aligned. */
    private static final long BASE_ADDRESS = 0x7f3a10000000L;

    private static final ThreadLocal<RunContext> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<RunContext> DEFAULT = ThreadLocal.withInitial(() -> new RunContext(
            Output.discard()));

    private final Output output;
    private final PyTextStream stdout;
    private final PyTextStream stderr;
    private long nextAddress = BASE_ADDRESS;
    private final Map<Object, Long> foreignIds = new IdentityHashMap<>();
    private final Map<Object, Boolean> reprGuard = new IdentityHashMap<>();
    private int depth;

    /** A fresh context writing to {@code output}. */
    public RunContext(Output output) {
        this.output = output;
        this.stdout = new PyTextStream(this, Output.Stream.STDOUT);
        this.stderr = new PyTextStream(this, Output.Stream.STDERR);
    }

    /** The context of the run executing on this thread. */
    public static RunContext current() {
        RunContext context = CURRENT.get();
        return context != null ? context : DEFAULT.get();
    }

    /** Makes this the current context until the returned scope is closed (scopes nest). */
    public Scope enter() {
        RunContext previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** A scope opened by {@link #enter()}; closing it restores the previous context. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** The output sink. */
    public Output output() {
        return output;
    }

    /** {@code sys.stdout}. */
    public PyTextStream stdout() {
        return stdout;
    }

    /** {@code sys.stderr}. */
    public PyTextStream stderr() {
        return stderr;
    }

    /** A new unique address for an object's {@code id()}. */
    long newAddress() {
        long address = nextAddress;
        nextAddress += 16;
        return address;
    }

    /** The id of an object that cannot store its own (a Java Long, String, engine Future...). */
    long foreignId(Object value) {
        return foreignIds.computeIfAbsent(value, v -> newAddress());
    }

    /** Marks {@code value} as being repr'd; false if it already is (a recursive container). */
    boolean reprEnter(Object value) {
        return reprGuard.put(value, Boolean.TRUE) == null;
    }

    /** Counts one more nested repr; false if {@code limit} is reached (RecursionError). */
    boolean enterDepth(int limit) {
        if (depth >= limit) {
            return false;
        }
        depth++;
        return true;
    }

    /** Undoes {@link #enterDepth}. */
    void leaveDepth() {
        depth--;
    }

    /** Undoes {@link #reprEnter}. */
    void reprLeave(Object value) {
        reprGuard.remove(value);
    }
}
