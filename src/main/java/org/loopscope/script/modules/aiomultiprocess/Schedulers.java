package org.loopscope.script.modules.aiomultiprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.loopscope.script.interp.Native;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * aiomultiprocess's schedulers, which pick the queue of each job: the abstract {@code Scheduler} (a program may
 * subclass it; the pool then calls its {@code register_queue}, {@code register_process}, {@code schedule_task}
 * and {@code complete_task}) and the default {@code RoundRobin}, which cycles over the queues once per process
 * attached to each, so queues with more processes get more jobs.
 */
final class Schedulers {

    static final PyType SCHEDULER = Native.newType("Scheduler", "aiomultiprocess.scheduler", null, ns -> { });
    static final PyType ROUND_ROBIN = Native.newType("RoundRobin", "aiomultiprocess.scheduler", SCHEDULER,
            Schedulers::roundRobinMethods);

    private Schedulers() {
    }

    /** What the pool asks of a scheduler. */
    interface Scheduler {
        Object registerQueue(Object tx);

        void registerProcess(Object qid);

        Object scheduleTask(long tid, Object func, Object args, Object kwargs);

        void completeTask(long tid);
    }

    /** The default round robin. */
    static final class RoundRobin extends PyObject implements Scheduler {
        private final List<Object> qids = new ArrayList<>();
        private int queues;
        private int next;

        @Override
        public PyType type() {
            return ROUND_ROBIN;
        }

        @Override
        public Object registerQueue(Object tx) {
            return Py.integer(queues++);
        }

        @Override
        public void registerProcess(Object qid) {
            qids.add(qid);
            next = 0;
        }

        @Override
        public Object scheduleTask(long tid, Object func, Object args, Object kwargs) {
            if (qids.isEmpty()) {
                throw Errors.of(org.loopscope.script.runtime.ExcTypes.STOP_ITERATION);
            }
            return qids.get(next++ % qids.size());
        }

        @Override
        public void completeTask(long tid) {
        }
    }

    /** A scheduler written in Python: the pool calls its methods. */
    private record Python(Object target) implements Scheduler {
        @Override
        public Object registerQueue(Object tx) {
            return PyOps.callMethod(target, "register_queue", Py.NONE);
        }

        @Override
        public void registerProcess(Object qid) {
            PyOps.callMethod(target, "register_process", qid);
        }

        @Override
        public Object scheduleTask(long tid, Object func, Object args, Object kwargs) {
            return PyOps.callMethod(target, "schedule_task", Py.integer(tid), func, args, kwargs);
        }

        @Override
        public void completeTask(long tid) {
            PyOps.callMethod(target, "complete_task", Py.integer(tid));
        }
    }

    /** The pool's scheduler: a new RoundRobin for None. */
    static Scheduler of(Object value) {
        if (value == null || Py.isNone(value)) {
            return new RoundRobin();
        }
        if (value instanceof RoundRobin r) {
            return r;
        }
        return new Python(value);
    }

    private static void roundRobinMethods(Map<String, Object> ns) {
        String owner = "RoundRobin";
        Native.method(ns, owner, "register_queue", (s, a, k) -> ((RoundRobin) s).registerQueue(a.length > 0
                ? a[0] : Py.NONE));
        Native.method(ns, owner, "register_process", (s, a, k) -> {
            ((RoundRobin) s).registerProcess(Native.oneArg("register_process", a, k));
            return Py.NONE;
        });
        Native.method(ns, owner, "schedule_task", (s, a, k) -> ((RoundRobin) s).scheduleTask(0, null, null, null));
        Native.method(ns, owner, "complete_task", (s, a, k) -> Py.NONE);
        ns.put("__new__", ModuleSupport.constructor((cls, a, k) -> {
            Native.noArgs("RoundRobin", a, k);
            return new RoundRobin();
        }));
    }
}
