package org.loopscope.engine;

/**
 * {@code asyncio.shield(aw)}: an outer future that follows the inner one, so that cancelling the outer one (as
 * cancelling the task that awaits it does) leaves the inner one running. Cancelling the inner one still
 * cancels the outer one.
 */
final class Shield {

    private Shield() {
    }

    /**
     * {@code shield(arg)} with {@code inner} already made by {@code _ensure_future(arg)}: a done inner future is
     * returned as it is; otherwise a new outer future on the inner one's loop.
     */
    static Future shield(Future inner) {
        if (inner.done()) {
            return inner;
        }
        Future outer = inner.loop().createFuture();
        DoneCallback innerDone = DoneCallback.named(
                "shield.<locals>._inner_done_callback()" + SourceRefs.at("tasks.py", 891), done -> {
                    if (outer.cancelled()) {
                        if (!done.cancelled()) {
                            done.exception(); // marks the inner exception retrieved
                        }
                        return;
                    }
                    if (done.cancelled()) {
                        outer.cancel();
                    } else {
                        RuntimeException error = done.exception();
                        if (error != null) {
                            outer.setException(error);
                        } else {
                            outer.setResult(done.result());
                        }
                    }
                });
        DoneCallback outerDone = DoneCallback.named(
                "shield.<locals>._outer_done_callback()" + SourceRefs.at("tasks.py", 908), done -> {
                    if (!inner.done()) {
                        inner.removeDoneCallback(innerDone);
                    }
                });
        inner.addDoneCallback(innerDone);
        outer.addDoneCallback(outerDone);
        return outer;
    }
}
