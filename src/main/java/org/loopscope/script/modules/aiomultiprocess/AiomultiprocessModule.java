package org.loopscope.script.modules.aiomultiprocess;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.modules.ModuleSupport;
import org.loopscope.script.modules.Signature;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyType;

/**
 * The {@code aiomultiprocess} module of a run (aiomultiprocess 0.9): {@code Process}, {@code Worker}, {@code Pool},
 * {@code PoolResult}, {@code Scheduler}, {@code RoundRobin}, {@code set_start_method}, {@code set_context}, and
 * {@code aiomultiprocess.types.ProxyException}, on simulated processes ({@link ProcessWorld}).
 */
public final class AiomultiprocessModule {

    /** {@code aiomultiprocess.types.ProxyException}: a pool job raised; its message is the job's traceback. */
    static final PyType PROXY_EXCEPTION = proxyException();

    private static final Signature START_METHOD = Signature.of("set_start_method(method=spawn)");

    private AiomultiprocessModule() {
    }

    private static PyType proxyException() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "aiomultiprocess.types");
        ns.put("__qualname__", "ProxyException");
        return PyType.create("ProxyException", new PyType[] {ExcTypes.EXCEPTION}, ns);
    }

    /** {@code os.getpid()}: the program's fixed pid, or the pid of the simulated process running now. */
    public static long currentPid(Interpreter interp) {
        return ProcessWorld.of(interp).currentPid();
    }

    /** {@code os.getppid()}: the pid of the process that started the one running now. */
    public static long currentParentPid(Interpreter interp) {
        return ProcessWorld.of(interp).currentParentPid();
    }

    /** The module for the run of {@code interp}. */
    public static PyModule create(Interpreter interp) {
        ProcessWorld.of(interp);
        PyModule module = new PyModule("aiomultiprocess", "/usr/lib/python3/site-packages/aiomultiprocess/__init__.py");
        PyDict d = module.dict();
        d.put("__version__", "0.9.0");
        d.put("Process", ProcessObject.PROCESS);
        d.put("Worker", ProcessObject.WORKER);
        d.put("Pool", PoolObject.TYPE);
        d.put("PoolResult", PoolResult.TYPE);
        d.put("Scheduler", Schedulers.SCHEDULER);
        d.put("RoundRobin", Schedulers.ROUND_ROBIN);
        d.put("QueueID", new org.loopscope.script.runtime.BuiltinFunction("QueueID", (a, k) -> a[0]));
        d.put("TaskID", new org.loopscope.script.runtime.BuiltinFunction("TaskID", (a, k) -> a[0]));
        ModuleSupport.function(d, "set_start_method", (a, k) -> {
            START_METHOD.bind(a, k);
            return Py.NONE;
        });
        ModuleSupport.function(d, "set_context", (a, k) -> {
            START_METHOD.bind(a, k);
            return Py.NONE;
        });
        PyModule types = new PyModule("aiomultiprocess.types",
                "/usr/lib/python3/site-packages/aiomultiprocess/types.py");
        types.dict().put("ProxyException", PROXY_EXCEPTION);
        d.put("types", types);
        return module;
    }
}
