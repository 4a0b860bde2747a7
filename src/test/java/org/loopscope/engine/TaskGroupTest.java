package org.loopscope.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loopscope.engine.support.CombinatorFixture.expected;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.loopscope.engine.support.CombinatorFixture;
import org.loopscope.engine.support.Coroutines.Co;

/** {@code asyncio.TaskGroup}, against what CPython printed for the programs in the test resources. */
class TaskGroupTest {

    private final CombinatorFixture py = new CombinatorFixture();
    private final Asyncio asyncio = py.asyncio();
    private final Combinators combinators = py.combinators();

    private Coroutine child(int n, double delay) {
        return py.coro("child", a -> {
            try {
                a.await(asyncio.sleep(delay));
            } catch (RuntimeException e) {
                if (py.cancelled(e)) {
                    py.print("child", n, "cancelled at", py.now());
                }
                throw e;
            }
            py.print("child", n, "done at", py.now());
            return n;
        });
    }

    private Coroutine failing(double delay) {
        return py.coro("failing", a -> {
            a.await(asyncio.sleep(delay));
            py.print("failing raises at", py.now());
            throw new PythonError("RuntimeError", "child failed");
        });
    }

    /** {@code async with tg: body(tg)}. */
    private Object with(Co a, TaskGroup tg, Function<TaskGroup, Object> body) {
        return a.asyncWith(tg, entered -> body.apply((TaskGroup) entered));
    }

    private static boolean isGroup(PythonError e) {
        return e.type().equals("ExceptionGroup");
    }

    @SuppressWarnings("unchecked")
    private static List<RuntimeException> members(PythonError group) {
        return (List<RuntimeException>) group.args().get(1);
    }

    @Test
    void conformance17ChildrenAreAwaitedAndAFailureCancelsTheRest() {
        py.run(py.coro("main", a -> {
            Function<Object[], Coroutine> childOf = args -> py.coro("child", b -> {
                int n = (Integer) args[0];
                try {
                    b.await(asyncio.sleep(0.01 * n));
                    if ((Boolean) args[1]) {
                        throw new PythonError("RuntimeError", "child " + n + " failed");
                    }
                    py.print("child", n, "ok");
                    return n;
                } catch (RuntimeException e) {
                    if (py.cancelled(e)) {
                        py.print("child", n, "cancelled");
                    }
                    throw e;
                }
            });
            Task[] ab = new Task[2];
            with(a, combinators.taskGroup(), tg -> {
                ab[0] = tg.createTask(childOf.apply(new Object[] {1, false}), null);
                ab[1] = tg.createTask(childOf.apply(new Object[] {2, false}), null);
                return null;
            });
            py.print("results", ab[0].result(), ab[1].result());
            try {
                with(a, combinators.taskGroup(), tg -> {
                    tg.createTask(childOf.apply(new Object[] {1, false}), null);
                    tg.createTask(childOf.apply(new Object[] {2, true}), null);
                    tg.createTask(childOf.apply(new Object[] {5, false}), null);
                    return null;
                });
            } catch (PythonError eg) {
                if (!isGroup(eg)) {
                    throw eg;
                }
                // except* RuntimeError: every member here is one
                py.print("group failed:", members(eg).stream().map(py::str).toList());
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("17_taskgroup"));
    }

    @Test
    void anErrorInTheBodyJoinsTheGroupAndExitSignalsPassThrough() {
        py.run(py.coro("main", a -> {
            py.setT0(asyncio.getRunningLoop().time());
            TaskGroup first = combinators.taskGroup();
            try {
                with(a, first, tg -> {
                    tg.createTask(child(1, 0.1), null);
                    tg.createTask(child(2, 0.3), null);
                    a.await(asyncio.sleep(0.2));
                    py.print("body raises", tg);
                    throw new PythonError("ValueError", "body failed");
                });
            } catch (PythonError eg) {
                if (!isGroup(eg)) {
                    throw eg;
                }
                py.print("caught", py.repr(eg), "at", py.now(), first);
            }
            try {
                with(a, combinators.taskGroup(), tg -> {
                    tg.createTask(failing(0.1), null);
                    tg.createTask(child(3, 0.5), null);
                    try {
                        return a.await(asyncio.sleep(1));
                    } catch (RuntimeException e) {
                        if (!py.cancelled(e)) {
                            throw e;
                        }
                        py.print("the group cancels the body at", py.now(), tg);
                        throw new PythonError("ValueError", "body failed too");
                    }
                });
            } catch (PythonError eg) {
                if (!isGroup(eg)) {
                    throw eg;
                }
                py.print("caught", py.repr(eg), "at", py.now());
            }
            py.print("cancelling:", asyncio.currentTask().cancelling());
            try {
                with(a, combinators.taskGroup(), tg -> {
                    tg.createTask(child(4, 0.1), null);
                    throw PythonError.baseException("KeyboardInterrupt");
                });
            } catch (PythonError e) {
                if (!e.type().equals("KeyboardInterrupt")) {
                    throw e;
                }
                py.print("KeyboardInterrupt passes through", py.repr(e), "at", py.now());
            }
            try {
                with(a, combinators.taskGroup(), tg -> {
                    tg.createTask(failing(0.1), null);
                    tg.createTask(child(5, 0.2), null);
                    return null;
                });
            } catch (PythonError eg) {
                if (!isGroup(eg)) {
                    throw eg;
                }
                py.print("only the child error:", members(eg).stream().map(py::str).toList());
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("taskgroup_body_raises"));
    }

    @Test
    void aCancellationFromOutsideGoesThroughUnlessAChildFailed() {
        py.run(py.coro("main", a -> {
            py.setT0(asyncio.getRunningLoop().time());
            Coroutine worker = py.coro("worker", b -> {
                with(b, combinators.taskGroup(), tg -> {
                    tg.createTask(child(1, 0.1), null);
                    tg.createTask(child(2, 0.5), null);
                    py.print("body done", tg);
                    return null;
                });
                py.print("not reached");
                return null;
            });
            Coroutine workerInside = py.coro("worker_inside", b -> {
                try {
                    return with(b, combinators.taskGroup(), tg -> {
                        tg.createTask(child(3, 0.5), null);
                        return b.await(asyncio.sleep(1));
                    });
                } catch (RuntimeException e) {
                    if (py.cancelled(e)) {
                        py.print("worker_inside sees CancelledError, cancelling",
                                asyncio.currentTask().cancelling());
                    }
                    throw e;
                }
            });
            for (Coroutine body : List.of(worker, workerInside)) {
                Future w = asyncio.ensureFuture(body);
                a.await(asyncio.sleep(0.2));
                w.cancel();
                try {
                    a.await(w);
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print(body.qualifiedName(), "cancelled:", w.cancelled(), "at", py.now());
                }
            }
            Coroutine badOnCancel = py.coro("bad_on_cancel", b -> {
                try {
                    return b.await(asyncio.sleep(1));
                } catch (RuntimeException e) {
                    if (!py.cancelled(e)) {
                        throw e;
                    }
                    py.print("bad_on_cancel raises at", py.now());
                    throw new PythonError("ValueError", "cleanup failed");
                }
            });
            Task w = (Task) asyncio.ensureFuture(py.coro("worker_errors", b -> with(b, combinators.taskGroup(),
                    tg -> {
                        tg.createTask(badOnCancel, null);
                        tg.createTask(child(4, 0.03), null);
                        return null;
                    })));
            a.await(asyncio.sleep(0.1));
            w.cancel();
            try {
                a.await(w);
            } catch (PythonError eg) {
                if (!isGroup(eg)) {
                    throw eg;
                }
                py.print("errors win over the cancellation:", py.repr(eg), w.cancelling());
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("taskgroup_cancelled"));
    }

    @Test
    void runtimeErrorsReprsAndNames() {
        py.run(py.coro("main", a -> {
            TaskGroup tg = combinators.taskGroup();
            py.print(tg);
            try {
                tg.createTask(asyncio.sleep(0), null);
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            Task[] ab = new Task[2];
            with(a, tg, entered -> {
                ab[0] = tg.createTask(sleepReturning(0.1), "A");
                ab[1] = tg.createTask(sleepReturning(0.2), null);
                py.print(tg, ab[0].getName(), ab[1].getName());
                try {
                    a.await(tg.aenter());
                } catch (PythonError e) {
                    py.print(e.type(), e);
                }
                return null;
            });
            py.print(tg, ab[0].result(), ab[1].result());
            try {
                tg.createTask(asyncio.sleep(0), null);
            } catch (PythonError e) {
                py.print(e.type(), e);
            }
            TaskGroup second = combinators.taskGroup();
            try {
                with(a, second, entered -> {
                    second.createTask(py.coro("fail", b -> {
                        b.await(asyncio.sleep(0.1));
                        throw new PythonError("ValueError", "no");
                    }), null);
                    second.createTask(sleepReturning(1), null);
                    try {
                        return a.await(asyncio.sleep(1));
                    } catch (RuntimeException e) {
                        if (!py.cancelled(e)) {
                            throw e;
                        }
                        py.print("aborting:", second);
                        try {
                            second.createTask(asyncio.sleep(0), null);
                        } catch (PythonError error) {
                            py.print(error.type(), error);
                        }
                        throw e;
                    }
                });
            } catch (PythonError eg) {
                if (!isGroup(eg)) {
                    throw eg;
                }
                py.print(py.repr(eg), second);
            }
            return null;
        }));
        assertThat(py.out()).containsExactlyElementsOf(expected("taskgroup_errors"));
    }

    private Coroutine sleepReturning(double delay) {
        return py.coro("child", a -> {
            a.await(asyncio.sleep(delay));
            return delay;
        });
    }

    @Test
    void aChildKeyboardInterruptStopsTheLoopAndComesBackAsTheBaseError() {
        Coroutine interrupting = py.coro("interrupting", a -> {
            a.await(asyncio.sleep(0.1));
            py.print("interrupting raises KeyboardInterrupt");
            throw PythonError.baseException("KeyboardInterrupt");
        });
        Coroutine child = py.coro("child", a -> {
            try {
                a.await(asyncio.sleep(0.5));
            } catch (RuntimeException e) {
                if (py.cancelled(e)) {
                    py.print("child", 2, "cancelled");
                }
                throw e;
            }
            py.print("child", 2, "done");
            return null;
        });
        try {
            py.run(py.coro("main", a -> {
                try {
                    return with(a, combinators.taskGroup(), tg -> {
                        tg.createTask(interrupting, null);
                        tg.createTask(child, null);
                        py.print("body done");
                        return null;
                    });
                } catch (RuntimeException e) {
                    py.print("main sees", py.repr(e), "cancelling", asyncio.currentTask().cancelling());
                    throw e;
                } finally {
                    py.print("main finally");
                }
            }));
        } catch (PythonError e) {
            if (!e.type().equals("KeyboardInterrupt")) {
                throw e;
            }
            py.print("asyncio.run raised", py.repr(e));
        }
        assertThat(py.out()).containsExactlyElementsOf(expected("taskgroup_keyboard_interrupt"));
    }
}
