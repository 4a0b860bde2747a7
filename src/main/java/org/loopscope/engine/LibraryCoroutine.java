package org.loopscope.engine;

/**
 * A coroutine of CPython's asyncio package written as a {@link StepCoroutine}: it knows the source file and the
 * line of its {@code async def}, and the line of the await it is suspended at, so that a task's repr reads as
 * CPython's: {@code Lock.acquire() running at .../asyncio/locks.py:114}.
 */
abstract class LibraryCoroutine extends StepCoroutine {

    private final String file;
    private final int defined;
    private int line;

    /** The coroutine {@code qualifiedName} defined at {@code file:defined} in CPython's asyncio package. */
    LibraryCoroutine(String qualifiedName, String file, int defined) {
        super(qualifiedName);
        this.file = file;
        this.defined = defined;
        this.line = defined;
    }

    /** Awaits {@code awaitable} at source line {@code at} of CPython's file. */
    final Resumption awaitAt(int at, Object awaitable) {
        line = at;
        return await(awaitable);
    }

    @Override
    public final String describe() {
        String where = Engine.CPYTHON_ASYNCIO + "/" + file + ":";
        return finished() ? qualifiedName() + "() done, defined at " + where + defined
                : qualifiedName() + "() running at " + where + line;
    }
}
