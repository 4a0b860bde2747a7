package org.loopscope.script.modules;

import org.loopscope.script.interp.Native;
import org.loopscope.script.interp.Vm;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.Types;

/** The {@code types} module: {@code coroutine} (generator-based coroutines) and the classes of the VM's objects. */
final class TypesModule {

    private TypesModule() {
    }

    static PyModule create(org.loopscope.script.interp.Interpreter interp) {
        PyModule module = new PyModule("types", org.loopscope.engine.Engine.CPYTHON_ASYNCIO
                .replace("/asyncio", "/types.py"));
        PyDict d = module.dict();
        d.put("coroutine", new BuiltinFunction("coroutine", (a, k) -> {
            Object func = Native.oneArg("coroutine", a, k);
            if (!PyOps.isCallable(func)) {
                throw Errors.typeError("types.coroutine() expects a callable");
            }
            if (Vm.markIterableCoroutine(func)) {
                return func;
            }
            return func;
        }));
        d.put("FunctionType", Vm.vmType("function"));
        d.put("LambdaType", Vm.vmType("function"));
        d.put("MethodType", Types.METHOD);
        d.put("BuiltinFunctionType", Types.BUILTIN_FUNCTION);
        d.put("BuiltinMethodType", Types.BUILTIN_FUNCTION);
        d.put("ModuleType", Types.MODULE);
        d.put("GeneratorType", Vm.vmType("generator"));
        d.put("CoroutineType", Vm.vmType("coroutine"));
        d.put("AsyncGeneratorType", Vm.vmType("async_generator"));
        d.put("CodeType", Vm.vmType("code"));
        d.put("FrameType", Vm.vmType("frame"));
        d.put("CellType", Vm.vmType("cell"));
        return module;
    }
}
