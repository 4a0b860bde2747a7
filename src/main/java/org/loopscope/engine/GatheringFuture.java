package org.loopscope.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code asyncio.gather(*aws)} returns (CPython's {@code _GatheringFuture}): done when every child is,
 * with their results in argument order; cancelling it cancels the children. Without {@code return_exceptions}
 * the first child exception (or cancellation) finishes it at once and the other children go on.
 */
public final class GatheringFuture extends Future {

    private final List<Future> children;
    private final boolean returnExceptions;
    private int childCount;
    private int finishedCount;
    private boolean cancelRequested;

    private GatheringFuture(EventLoop loop, List<Future> children, boolean returnExceptions) {
        super(loop);
        this.children = children;
        this.returnExceptions = returnExceptions;
    }

    /**
     * {@code gather(*aws, return_exceptions=...)}: {@code aws} are futures or coroutines; coroutines become
     * tasks on {@code loop} (the running loop, or the current one when none runs). The same argument twice is
     * awaited once and its result repeated.
     */
    public static Future gather(EventLoop loop, List<?> aws, boolean returnExceptions) {
        if (aws.isEmpty()) {
            Future outer = loop.createFuture();
            outer.setResult(new ArrayList<>());
            return outer;
        }
        Map<Object, Future> seen = new IdentityHashMap<>(aws.size());
        List<Future> children = new ArrayList<>(aws.size());
        GatheringFuture[] outer = new GatheringFuture[1];
        DoneCallback onChildDone = DoneCallback.named(
                "gather.<locals>._done_callback() at " + Engine.CPYTHON_ASYNCIO + "/tasks.py:764",
                child -> outer[0].childDone(child));
        EventLoop owner = null;
        int unique = 0;
        for (Object arg : aws) {
            Future child = seen.get(arg);
            if (child == null) {
                // Only later arguments are checked against the loop of the first one, as in CPython.
                child = owner == null && arg instanceof Future future ? future
                        : (owner == null ? loop : owner).ensureFuture(arg);
                if (owner == null) {
                    owner = child.loop();
                }
                if (child != arg && child instanceof Task task) {
                    task.logDestroyPending(false);
                }
                unique++;
                seen.put(arg, child);
                child.addDoneCallback(onChildDone);
            }
            children.add(child);
        }
        outer[0] = new GatheringFuture(owner, children, returnExceptions);
        outer[0].childCount = unique;
        return outer[0];
    }

    private void childDone(Future child) {
        finishedCount++;
        if (done()) {
            if (!child.cancelled()) {
                child.exception();
            }
            return;
        }
        if (!returnExceptions) {
            if (child.cancelled()) {
                finishWithException(child.makeCancelledError());
                return;
            }
            RuntimeException error = child.exception();
            if (error != null) {
                finishWithException(error);
                return;
            }
        }
        if (finishedCount == childCount) {
            List<Object> results = new ArrayList<>(children.size());
            for (Future each : children) {
                if (each.cancelled()) {
                    Object message = each.cancelMessage() == null ? "" : each.cancelMessage();
                    results.add(loop.host().newError(ErrorType.CANCELLED_ERROR, message));
                } else {
                    RuntimeException error = each.exception();
                    results.add(error != null ? error : each.result());
                }
            }
            if (cancelRequested) {
                // CPython's results loop rebinds `fut`: the error comes from the last child, not this one.
                finishWithException(children.get(children.size() - 1).makeCancelledError());
            } else {
                finishWithResult(results);
            }
        }
    }

    /** Cancels every child; true if any child accepted the cancellation. */
    @Override
    public boolean cancel(Object message) {
        if (done()) {
            return false;
        }
        boolean any = false;
        for (Future child : children) {
            if (child.cancel(message)) {
                any = true;
            }
        }
        if (any) {
            cancelRequested = true;
        }
        return any;
    }

    /** The children in argument order. */
    public List<Future> children() {
        return List.copyOf(children);
    }

    @Override
    protected String pythonClassName() {
        return "_GatheringFuture";
    }
}
