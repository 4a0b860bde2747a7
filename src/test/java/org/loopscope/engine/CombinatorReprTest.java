package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;

/**
 * How tasks, futures and timers read while they wait inside the combinators, against what CPython printed for
 * {@code combinator_reprs.py}: the line each combinator is suspended at and the callbacks it registered.
 */
class CombinatorReprTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    /** The armed timers' reprs without their absolute deadlines. */
    private List<String> timerCallbacks(EventLoop loop) {
        return loop.scheduledTimers().stream().filter(h -> !h.cancelled())
                .map(h -> h.toString().split(" ", 3)[2]).toList();
    }

    @Test
    void reprsWhileWaiting() {
        py.run(py.coro("main", a -> {
            EventLoop loop = asyncio.getRunningLoop();
            Future f = loop.createFuture();
            Future t = asyncio.ensureFuture(combinators.waitFor(f, 5.0));
            py.print(t);
            a.await(asyncio.sleep(0));
            py.print(t);
            py.print(f);
            py.print(timerCallbacks(loop));
            f.setResult("x");
            a.await(asyncio.sleep(0));
            py.print(t);
            a.await(asyncio.sleep(0));
            py.print(t);
            Future g = loop.createFuture();
            Future t2 = asyncio.ensureFuture(combinators.waitFor(g, 0.0));
            a.await(asyncio.sleep(0));
            py.print(t2);
            py.print(g);
            try {
                a.await(t2);
            } catch (PythonError e) {
                py.print(t2);
            }
            Future g3 = loop.createFuture();
            Future t3 = asyncio.ensureFuture(combinators.waitFor(g3, 1.0));
            a.await(asyncio.sleep(0));
            t3.cancel();
            py.print(t3);
            a.await(asyncio.sleep(0));
            py.print(t3);
            py.print(g3);
            a.await(asyncio.sleep(0));
            py.print(t3);
            Future h = loop.createFuture();
            Future t4 = asyncio.ensureFuture(combinators.wait(List.of(h), 3.0, ReturnWhen.ALL_COMPLETED));
            a.await(asyncio.sleep(0));
            py.print(t4);
            py.print(h);
            py.print(timerCallbacks(loop));
            t4.cancel();
            a.await(asyncio.sleep(0));
            py.print(t4, h);
            Future i = loop.createFuture();
            Iterator<Coroutine> it = combinators.asCompleted(List.of(i), 2.0);
            Future t5 = asyncio.ensureFuture(it.next());
            py.print(i);
            py.print(timerCallbacks(loop));
            a.await(asyncio.sleep(0));
            py.print(t5);
            i.setResult(42);
            a.await(asyncio.sleep(0));
            a.await(asyncio.sleep(0));
            py.print(t5);
            Future j = loop.createFuture();
            Future s = combinators.shield(j);
            py.print(j);
            py.print(s);
            Future t6 = asyncio.ensureFuture(combinators.waitFor(combinators.shield(j), null));
            a.await(asyncio.sleep(0));
            py.print(t6);
            py.print(s);
            j.setResult(null);
            a.await(asyncio.sleep(0));
            py.print(t6);
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("combinator_reprs"));
    }

    @Test
    void contextManagerCoroutinesAsTheCoroutineOfATask() {
        py.run(py.coro("main", a -> {
            TaskGroup tg = combinators.taskGroup();
            Future t = asyncio.ensureFuture(tg.aenter());
            py.print(t);
            a.await(t);
            py.print(t);
            tg.createTask(asyncio.sleep(0.1), null);
            Future x = asyncio.ensureFuture(tg.aexit(null));
            py.print(x);
            a.await(asyncio.sleep(0));
            py.print(x);
            a.await(x);
            py.print(x);
            Timeout cm = combinators.timeout(null);
            Future t2 = asyncio.ensureFuture(cm.aenter());
            py.print(t2);
            a.await(t2);
            py.print(t2);
            Future x2 = asyncio.ensureFuture(cm.aexit(null));
            py.print(x2);
            a.await(x2);
            py.print(x2, cm);
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("context_manager_reprs"));
    }
}
