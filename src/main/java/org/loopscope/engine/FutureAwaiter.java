package org.loopscope.engine;

/** Python's {@code Future.__await__}: yields the future to the task once, then returns its result. */
final class FutureAwaiter implements Coroutine {

    private final Future future;
    private boolean suspended;
    private boolean finished;

    FutureAwaiter(Future future) {
        this.future = future;
    }

    @Override
    public Resumption send(Object value) {
        if (finished) {
            throw future.loop().host().newError(ErrorType.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        }
        if (!suspended && !future.done()) {
            suspended = true;
            future.blocking = true;
            return Resumption.suspend(future);
        }
        finished = true;
        if (!future.done()) {
            throw future.loop().host().newError(ErrorType.RUNTIME_ERROR, "await wasn't used with future");
        }
        return Resumption.done(future.result());
    }

    @Override
    public Resumption throwInto(RuntimeException error) {
        finished = true;
        throw error;
    }

    @Override
    public String qualifiedName() {
        return "Future.__await__";
    }
}
