package org.loopscope.script.modules;

import java.util.Map;
import org.loopscope.engine.BoundedSemaphore;
import org.loopscope.engine.Condition;
import org.loopscope.engine.ContextManagerMixin;
import org.loopscope.engine.Engine;
import org.loopscope.engine.Event;
import org.loopscope.engine.LifoQueue;
import org.loopscope.engine.Lock;
import org.loopscope.engine.PriorityQueue;
import org.loopscope.engine.Queue;
import org.loopscope.engine.Semaphore;
import org.loopscope.engine.TaskGroup;
import org.loopscope.engine.Timeout;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.CmpOp;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * asyncio's synchronisation primitives, queues, TaskGroup and Timeout as Python objects around the engine's:
 * calling the class makes the engine object, methods forward to it, coroutine methods return coroutine objects.
 */
final class Primitives {

    private Primitives() {
    }

    /** A Python object wrapping an engine primitive; its repr is the engine's. */
    static final class Wrapper extends PyObject {
        final PyType type;
        final Object engine;

        Wrapper(PyType type, Object engine) {
            this.type = type;
            this.engine = engine;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String toString() {
            return engine.toString();
        }
    }

    private static Object inner(Object self) {
        return ((Wrapper) self).engine;
    }

    private static Engine engine() {
        return Interpreter.current().engine();
    }

    private static final Signature SEMAPHORE = Signature.of("Semaphore(value=1)");
    private static final Signature CONDITION = Signature.of("Condition(lock=None)");
    private static final Signature QUEUE = Signature.of("Queue(maxsize=0)");
    private static final Signature NOTIFY = Signature.of("notify(n=1)");
    private static final Signature TIMEOUT = Signature.of("timeout(delay)");

    private static void contextManager(Map<String, Object> ns, String owner) {
        Native.method(ns, owner, "acquire", (s, a, k) -> Vm.coroutine(((ContextManagerMixin) inner(s)).acquire()));
        Native.method(ns, owner, "release", (s, a, k) -> {
            ((ContextManagerMixin) inner(s)).release();
            return Py.NONE;
        });
        Native.method(ns, owner, "__aenter__", (s, a, k) -> Vm.coroutine(((ContextManagerMixin) inner(s)).aenter()));
        Native.method(ns, owner, "__aexit__", (s, a, k) -> Vm.coroutine(((ContextManagerMixin) inner(s)).aexit()));
    }

    static final PyType LOCK = Native.newType("Lock", "asyncio.locks", null, ns -> {
        contextManager(ns, "Lock");
        Native.method(ns, "Lock", "locked", (s, a, k) -> ((Lock) inner(s)).locked());
        Native.attribute(ns, "Lock", "_locked", s -> ((Lock) inner(s)).locked(), null);
        ns.put("__new__", constructor((cls, a, k) -> {
            Native.noArgs("Lock", a, k);
            return new Lock(engine());
        }));
    });

    static final PyType EVENT = Native.newType("Event", "asyncio.locks", null, ns -> {
        Native.method(ns, "Event", "set", (s, a, k) -> {
            ((Event) inner(s)).set();
            return Py.NONE;
        });
        Native.method(ns, "Event", "clear", (s, a, k) -> {
            ((Event) inner(s)).clear();
            return Py.NONE;
        });
        Native.method(ns, "Event", "is_set", (s, a, k) -> ((Event) inner(s)).isSet());
        Native.attribute(ns, "Event", "_value", s -> ((Event) inner(s)).isSet(), null);
        Native.method(ns, "Event", "wait", (s, a, k) -> Vm.coroutine(((Event) inner(s)).waitSet()));
        ns.put("__new__", constructor((cls, a, k) -> {
            Native.noArgs("Event", a, k);
            return new Event(engine());
        }));
    });

    static final PyType SEMAPHORE_TYPE = Native.newType("Semaphore", "asyncio.locks", null, ns -> {
        contextManager(ns, "Semaphore");
        Native.method(ns, "Semaphore", "locked", (s, a, k) -> ((Semaphore) inner(s)).locked());
        Native.attribute(ns, "Semaphore", "_value", s -> Py.integer(((Semaphore) inner(s)).value()), null);
        ns.put("__new__", constructor((cls, a, k) -> new Semaphore(engine(), intArg(SEMAPHORE.bind(a, k)[0], 1))));
    });

    static final PyType BOUNDED_SEMAPHORE = Native.newType("BoundedSemaphore", "asyncio.locks", SEMAPHORE_TYPE,
            ns -> {
                ns.put("__new__", constructor((cls, a, k) ->
                        new BoundedSemaphore(engine(), intArg(SEMAPHORE.bind(a, k)[0], 1))));
                Native.attribute(ns, "BoundedSemaphore", "_bound_value",
                        s -> Py.integer(((BoundedSemaphore) inner(s)).boundValue()), null);
            });

    private static final Signature BARRIER = Signature.of("Barrier(parties)");

    static final PyType BARRIER_TYPE = Native.newType("Barrier", "asyncio.locks", null, ns -> {
        String owner = "Barrier";
        Native.method(ns, owner, "wait", (s, a, k) -> {
            Native.noArgs("wait", a, k);
            return Vm.coroutine(((org.loopscope.engine.Barrier) inner(s)).barrierWait());
        });
        Native.method(ns, owner, "__aenter__", (s, a, k) ->
                Vm.coroutine(((org.loopscope.engine.Barrier) inner(s)).barrierWait()));
        Native.method(ns, owner, "__aexit__", (s, a, k) ->
                Vm.coroutine(((org.loopscope.engine.Barrier) inner(s)).aexit()));
        Native.method(ns, owner, "reset", (s, a, k) -> {
            Native.noArgs("reset", a, k);
            return Vm.coroutine(((org.loopscope.engine.Barrier) inner(s)).reset());
        });
        Native.method(ns, owner, "abort", (s, a, k) -> {
            Native.noArgs("abort", a, k);
            return Vm.coroutine(((org.loopscope.engine.Barrier) inner(s)).abort());
        });
        Native.attribute(ns, owner, "parties", s -> Py.integer(((org.loopscope.engine.Barrier) inner(s)).parties()),
                null);
        Native.attribute(ns, owner, "n_waiting", s ->
                Py.integer(((org.loopscope.engine.Barrier) inner(s)).waiting()), null);
        Native.attribute(ns, owner, "broken", s -> ((org.loopscope.engine.Barrier) inner(s)).broken(), null);
        ns.put("__new__", constructor((cls, a, k) -> new org.loopscope.engine.Barrier(engine(),
                intArg(BARRIER.bind(a, k)[0], 1))));
    });

    static final PyType CONDITION_TYPE = Native.newType("Condition", "asyncio.locks", null, ns -> {
        contextManager(ns, "Condition");
        Native.method(ns, "Condition", "locked", (s, a, k) -> ((Condition) inner(s)).locked());
        Native.method(ns, "Condition", "wait", (s, a, k) -> Vm.coroutine(((Condition) inner(s)).waitNotified()));
        Native.method(ns, "Condition", "wait_for", (s, a, k) -> {
            Object predicate = Native.oneArg("wait_for", a, k);
            return Vm.coroutine(((Condition) inner(s)).waitFor(() -> PyOps.call(predicate), PyOps::truthy));
        });
        Native.method(ns, "Condition", "notify", (s, a, k) -> {
            ((Condition) inner(s)).notifyWaiters(intArg(NOTIFY.bind(a, k)[0], 1));
            return Py.NONE;
        });
        Native.method(ns, "Condition", "notify_all", (s, a, k) -> {
            ((Condition) inner(s)).notifyAllWaiters();
            return Py.NONE;
        });
        ns.put("__new__", constructor((cls, a, k) -> {
            Object lock = CONDITION.bind(a, k)[0];
            if (lock == null || Py.isNone(lock)) {
                return new Condition(engine());
            }
            if (lock instanceof Wrapper w && w.engine instanceof Lock l) {
                return new Condition(engine(), l);
            }
            throw Errors.typeError("lock must be an asyncio.Lock");
        }));
    });

    private static void queueMethods(Map<String, Object> ns, String owner) {
        Native.method(ns, owner, "put", (s, a, k) -> Vm.coroutine(((Queue) inner(s)).put(Native.oneArg("put", a, k))));
        Native.method(ns, owner, "get", (s, a, k) -> Vm.coroutine(((Queue) inner(s)).get()));
        Native.method(ns, owner, "put_nowait", (s, a, k) -> {
            ((Queue) inner(s)).putNowait(Native.oneArg("put_nowait", a, k));
            return Py.NONE;
        });
        Native.method(ns, owner, "get_nowait", (s, a, k) -> ((Queue) inner(s)).getNowait());
        Native.method(ns, owner, "task_done", (s, a, k) -> {
            ((Queue) inner(s)).taskDone();
            return Py.NONE;
        });
        Native.method(ns, owner, "join", (s, a, k) -> Vm.coroutine(((Queue) inner(s)).join()));
        Native.method(ns, owner, "qsize", (s, a, k) -> Py.integer(((Queue) inner(s)).qsize()));
        Native.method(ns, owner, "empty", (s, a, k) -> ((Queue) inner(s)).empty());
        Native.method(ns, owner, "full", (s, a, k) -> ((Queue) inner(s)).full());
        Native.attribute(ns, owner, "maxsize", s -> Py.integer(((Queue) inner(s)).maxsize()), null);
        // CPython's private state, which teaching programs print: a snapshot of the items (a deque for Queue,
        // the heap list for PriorityQueue, a list for LifoQueue), the unfinished count and the bound.
        Native.attribute(ns, owner, "_queue", s -> {
            Queue q = (Queue) inner(s);
            org.loopscope.script.runtime.PyList items = org.loopscope.script.runtime.PyList.of(q.items().toArray());
            if (q instanceof PriorityQueue || q instanceof LifoQueue) {
                return items;
            }
            Interpreter interp = Interpreter.current();
            Object collections = org.loopscope.script.runtime.PyOps.call(interp.builtins().getStr("__import__"),
                    "collections");
            return PyOps.call(PyOps.getattr(collections, "deque"), items);
        }, null);
        Native.attribute(ns, owner, "_unfinished_tasks", s -> Py.integer(((Queue) inner(s)).unfinishedTasks()), null);
        Native.attribute(ns, owner, "_maxsize", s -> Py.integer(((Queue) inner(s)).maxsize()), null);
        Native.method(ns, owner, "__str__", (s, a, k) -> ((Queue) inner(s)).str());
    }

    static final PyType QUEUE_TYPE = Native.newType("Queue", "asyncio.queues", null, ns -> {
        queueMethods(ns, "Queue");
        ns.put("__new__", constructor((cls, a, k) -> new Queue(engine(), intArg(QUEUE.bind(a, k)[0], 0))));
    });

    static final PyType PRIORITY_QUEUE = Native.newType("PriorityQueue", "asyncio.queues", QUEUE_TYPE, ns ->
            ns.put("__new__", constructor((cls, a, k) -> new PriorityQueue(engine(),
                    intArg(QUEUE.bind(a, k)[0], 0), Primitives::less))));

    static final PyType LIFO_QUEUE = Native.newType("LifoQueue", "asyncio.queues", QUEUE_TYPE, ns ->
            ns.put("__new__", constructor((cls, a, k) -> new LifoQueue(engine(), intArg(QUEUE.bind(a, k)[0], 0)))));

    private static int less(Object a, Object b) {
        return PyOps.compareBool(a, b, CmpOp.LT) ? -1 : 1;
    }

    static final PyType TASK_GROUP = Native.newType("TaskGroup", "asyncio.taskgroups", null, ns -> {
        Native.method(ns, "TaskGroup", "__aenter__", (s, a, k) -> Vm.coroutine(((TaskGroup) inner(s)).aenter(),
                r -> s));
        Native.method(ns, "TaskGroup", "__aexit__", (s, a, k) -> {
            Object exc = a.length >= 2 ? a[1] : Py.NONE;
            PyException raised = exc instanceof PyException e ? e : null;
            return Vm.coroutine(new TaskGroupExit(((TaskGroup) inner(s)).aexit(raised)));
        });
        Signature createTask = Signature.of("create_task(coro, *, name=None, context=None)");
        Native.method(ns, "TaskGroup", "create_task", (s, a, k) -> {
            Object[] v = createTask.bind(a, k);
            String name = v[1] == null || Py.isNone(v[1]) ? null : PyOps.str(v[1]);
            return ContextvarsModule.given(((TaskGroup) inner(s)).createTask(AsyncioState.coroutineArg(v[0]), name),
                    v[2]);
        });
        ns.put("__new__", constructor((cls, a, k) -> {
            Native.noArgs("TaskGroup", a, k);
            return AsyncioState.current().asyncio.taskGroup();
        }));
    });

    static final PyType TIMEOUT_TYPE = Native.newType("Timeout", "asyncio.timeouts", null, ns -> {
        Native.method(ns, "Timeout", "__aenter__", (s, a, k) -> Vm.coroutine(((Timeout) inner(s)).aenter(),
                r -> s));
        Native.method(ns, "Timeout", "__aexit__", (s, a, k) -> {
            Object exc = a.length >= 2 ? a[1] : Py.NONE;
            return Vm.coroutine(((Timeout) inner(s)).aexit(exc instanceof PyException e ? e : null));
        });
        Native.method(ns, "Timeout", "when", (s, a, k) -> Py.nn(((Timeout) inner(s)).when()));
        Native.method(ns, "Timeout", "reschedule", (s, a, k) -> {
            ((Timeout) inner(s)).reschedule(AsyncioState.seconds(Native.oneArg("reschedule", a, k), true));
            return Py.NONE;
        });
        Native.method(ns, "Timeout", "expired", (s, a, k) -> ((Timeout) inner(s)).expired());
        ns.put("__new__", constructor((cls, a, k) -> {
            Object when = Signature.of("Timeout(when)").bind(a, k)[0];
            return new Timeout(engine(), AsyncioState.seconds(when, true));
        }));
    });

    /** TaskGroup.__aexit__, adding CPython's {@code raise me from None} frame to the group it raises. */
    private static final class TaskGroupExit implements org.loopscope.engine.Coroutine {
        private final org.loopscope.engine.Coroutine inner;

        TaskGroupExit(org.loopscope.engine.Coroutine inner) {
            this.inner = inner;
        }

        @Override
        public org.loopscope.engine.Resumption send(Object value) {
            try {
                return inner.send(value);
            } catch (PyException e) {
                throw framed(e);
            }
        }

        @Override
        public org.loopscope.engine.Resumption throwInto(RuntimeException error) {
            try {
                return inner.throwInto(error);
            } catch (PyException e) {
                throw framed(e);
            }
        }

        private static PyException framed(PyException e) {
            if (e instanceof org.loopscope.script.runtime.PyExceptionGroup g
                    && g.message().equals("unhandled errors in a TaskGroup")) {
                Interpreter.current().recordLibraryFrame(e, org.loopscope.script.interp.LibraryFrames.TASKGROUP_AEXIT);
            }
            return e;
        }

        @Override
        public void close() {
            inner.close();
        }

        @Override
        public String qualifiedName() {
            return inner.qualifiedName();
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }

    /** {@code asyncio.timeout(delay)}. */
    static Object timeout(Object[] args, String[] kw) {
        Double delay = AsyncioState.seconds(TIMEOUT.bind(args, kw)[0], true);
        return new Wrapper(TIMEOUT_TYPE, AsyncioState.current().asyncio.timeout(delay));
    }

    /** {@code asyncio.timeout_at(when)}. */
    static Object timeoutAt(Object[] args, String[] kw) {
        Double when = AsyncioState.seconds(Signature.of("timeout_at(when)").bind(args, kw)[0], true);
        return new Wrapper(TIMEOUT_TYPE, AsyncioState.current().asyncio.timeoutAt(when));
    }

    /** How calling one of these classes makes the engine object. */
    @FunctionalInterface
    interface Maker {
        Object make(PyType cls, Object[] args, String[] kwnames);
    }

    /** A {@code __new__} that wraps what {@code maker} makes in an instance of the called class. */
    private static Object constructor(Maker maker) {
        return new org.loopscope.script.runtime.PyStaticMethod(new org.loopscope.script.runtime.BuiltinFunction(
                "__new__", (args, kw) -> {
                    PyType cls = (PyType) args[0];
                    Object[] rest = new Object[args.length - 1];
                    System.arraycopy(args, 1, rest, 0, rest.length);
                    return new Wrapper(cls, maker.make(cls, rest, kw));
                }));
    }

    private static int intArg(Object value, int dflt) {
        if (value == null) {
            return dflt;
        }
        long v = PyOps.asLong(value);
        return (int) v;
    }
}
