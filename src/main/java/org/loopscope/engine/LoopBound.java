package org.loopscope.engine;

/**
 * The part every primitive shares, as CPython's {@code mixins._LoopBoundMixin}: a primitive is made without a
 * loop and binds to the running loop the first time it needs one (the first time a task must wait on it); from
 * then on, using it from another loop raises {@code RuntimeError('<repr> is bound to a different event loop')}.
 * It also gives the primitive a stable address for its repr, in place of CPython's {@code id(obj)}.
 */
public abstract class LoopBound implements Awaited {

    /** The run this primitive belongs to. */
    final Engine engine;
    /** The run's host, which makes the exceptions the program sees. */
    final EngineHost host;
    private final long id;
    private EventLoop loop;

    /** A primitive of {@code engine}'s run, not bound to any loop yet. */
    protected LoopBound(Engine engine) {
        this.engine = engine;
        this.host = engine.host();
        this.id = engine.nextId();
    }

    /** The loop this primitive is bound to, or null while it has never had to wait. */
    public final EventLoop boundLoop() {
        return loop;
    }

    /**
     * {@code _get_loop()}: binds to the running loop if not bound yet and returns it. CPython would go on with
     * {@code None} when no loop runs and fail on {@code None.create_future()}; here that is
     * {@code RuntimeError('no running event loop')}.
     */
    final EventLoop getLoop() {
        EventLoop running = engine.runningLoop();
        if (loop == null) {
            loop = running;
        }
        if (running != loop) {
            throw host.newError(ErrorType.RUNTIME_ERROR, this + " is bound to a different event loop");
        }
        if (running == null) {
            throw host.newError(ErrorType.RUNTIME_ERROR, "no running event loop");
        }
        return running;
    }

    /** A new waiter future on the bound loop, for {@code operation} ({@code self._get_loop().create_future()}). */
    final WaiterFuture newWaiter(String operation) {
        return new WaiterFuture(getLoop(), this, operation);
    }

    /** The stand-in for {@code hex(id(self))}: stable within a run, shaped like a CPython address. */
    public final String address() {
        return address(id);
    }

    /** Formats a run-unique number as a 64-bit CPython heap address ({@code 0x7f...}, twelve hex digits). */
    static String address(long id) {
        return String.format("0x7f%010x", 0x5e00000000L + id * 0x40L);
    }

    /**
     * The repr of the primitives of {@code asyncio.locks}:
     * {@code <asyncio.locks.Lock object at 0x7f5e00000040 [locked, waiters:1]>}.
     */
    final String locksRepr(String extra, int waiters) {
        String state = waiters > 0 ? extra + ", waiters:" + waiters : extra;
        return "<asyncio.locks." + kind() + " object at " + address() + " [" + state + "]>";
    }
}
