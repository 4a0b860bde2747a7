package org.loopscope.script.modules.aiomultiprocess;

import java.util.List;
import java.util.Map;
import org.loopscope.engine.Resumption;
import org.loopscope.engine.StepCoroutine;
import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PyType;

/**
 * What {@code pool.map} and {@code pool.starmap} return: awaiting it gives every result in the order of the
 * inputs; {@code async for} gives them one by one, still in input order (each as soon as it and those before it
 * are done); {@code await results()} as awaiting.
 */
final class PoolResult extends PyObject {

    static final PyType TYPE = Native.newType("PoolResult", "aiomultiprocess.pool", null, PoolResult::methods);
    static final PyType GENERATOR = Native.newType("async_generator", "builtins", null, PoolResult::generatorMethods);

    private final PoolObject pool;
    private final List<Long> tids;

    PoolResult(PoolObject pool, List<Long> tids) {
        this.pool = pool;
        this.tids = List.copyOf(tids);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private Object all() {
        return Vm.coroutine(pool.results(tids));
    }

    private static void methods(Map<String, Object> ns) {
        String owner = "PoolResult";
        Native.method(ns, owner, "__await__", (s, a, k) -> PyOps.callMethod(((PoolResult) s).all(), "__await__"));
        Native.method(ns, owner, "results", (s, a, k) -> ((PoolResult) s).all());
        Native.method(ns, owner, "__aiter__", (s, a, k) -> new Generator((PoolResult) s));
    }

    /** {@code PoolResult.results_generator()}: an async generator over the results in input order. */
    private static final class Generator extends PyObject {
        private final PoolResult owner;
        private int next;

        Generator(PoolResult owner) {
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return GENERATOR;
        }

        @Override
        public String toString() {
            return "<async_generator object PoolResult.results_generator at " + Identity.address(this) + ">";
        }

        Object anext() {
            if (next >= owner.tids.size()) {
                return Vm.coroutine(new StepCoroutine("PoolResult.results_generator") {
                    @Override
                    protected Resumption resume(Object value, RuntimeException error) {
                        throw error != null ? error : Errors.of(ExcTypes.STOP_ASYNC_ITERATION);
                    }
                });
            }
            long tid = owner.tids.get(next++);
            StepCoroutine one = owner.pool.results(List.of(tid));
            return Vm.coroutine(new StepCoroutine("PoolResult.results_generator") {
                private boolean awaited;

                @Override
                protected Resumption resume(Object value, RuntimeException error) {
                    if (error != null) {
                        throw error;
                    }
                    if (!awaited) {
                        awaited = true;
                        return await(one);
                    }
                    return returnValue(((PyList) value).get(0));
                }
            });
        }
    }

    private static void generatorMethods(Map<String, Object> ns) {
        Native.method(ns, "async_generator", "__aiter__", (s, a, k) -> s);
        Native.method(ns, "async_generator", "__anext__", (s, a, k) -> ((Generator) s).anext());
    }
}
