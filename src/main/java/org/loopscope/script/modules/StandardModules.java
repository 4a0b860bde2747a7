package org.loopscope.script.modules;

import java.util.Set;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.ModuleFactory;
import org.loopscope.script.runtime.PyModule;

/**
 * The modules a script may import: {@code asyncio}, {@code time}, {@code random}, {@code types},
 * {@code functools}, {@code sys}, and the simulated {@code aiohttp} and {@code aiomultiprocess}. Anything else is
 * {@code ModuleNotFoundError}, as for a module that is not installed: scripts reach no files, real network,
 * processes or Java.
 */
public final class StandardModules implements ModuleFactory {

    private static final Set<String> NAMES = Set.of("asyncio", "time", "random", "types", "functools", "sys",
            "aiohttp", "aiomultiprocess");

    private final long seed;
    private final String scriptPath;

    /** The modules of a run seeded with {@code seed} (for {@code random}) for the script at {@code scriptPath}. */
    public StandardModules(long seed, String scriptPath) {
        this.seed = seed;
        this.scriptPath = scriptPath;
    }

    @Override
    public PyModule create(String name, Interpreter interp) {
        return switch (name) {
            case "asyncio" -> AsyncioModule.create(interp);
            case "time" -> TimeModule.create(interp);
            case "random" -> RandomModule.create(seed);
            case "types" -> TypesModule.create(interp);
            case "functools" -> FunctoolsModule.create();
            case "sys" -> SysModule.create(interp, scriptPath);
            case "aiohttp" -> org.loopscope.script.modules.aiohttp.AiohttpModule.create(interp, seed);
            case "aiomultiprocess" -> org.loopscope.script.modules.aiomultiprocess.AiomultiprocessModule.create(interp);
            default -> null;
        };
    }

    @Override
    public Set<String> names() {
        return NAMES;
    }

    /** The default engine log handler: reports as CPython's logger does, through {@link LoopLogger}. */
    public static void installLogger(Interpreter interp, org.loopscope.script.interp.Tracebacks tracebacks) {
        ModuleSupport.rememberTracebacks(interp, tracebacks);
        interp.engine().defaultExceptionHandler((loop, context) -> LoopLogger.log(interp, tracebacks, loop,
                context));
    }
}
