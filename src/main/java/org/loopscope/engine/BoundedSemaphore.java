package org.loopscope.engine;

/**
 * {@code asyncio.BoundedSemaphore}: a {@link Semaphore} whose {@link #release()} raises
 * {@code ValueError('BoundedSemaphore released too many times')} rather than go above the initial value.
 */
public class BoundedSemaphore extends Semaphore {

    private final int boundValue;

    /** The initial value, which releases may not exceed ({@code _bound_value}). */
    public int boundValue() {
        return boundValue;
    }

    /** {@code BoundedSemaphore(value)}; {@code ValueError} if {@code value} is negative. */
    public BoundedSemaphore(Engine engine, int value) {
        super(engine, value);
        this.boundValue = value;
    }

    /** {@code BoundedSemaphore()}: one unit. */
    public BoundedSemaphore(Engine engine) {
        this(engine, 1);
    }

    @Override
    public void release() {
        if (value >= boundValue) {
            throw host.newError(ErrorType.VALUE_ERROR, "BoundedSemaphore released too many times");
        }
        super.release();
    }

    @Override
    public String kind() {
        return "BoundedSemaphore";
    }
}
