package org.loopscope.script.modules;

import java.util.Set;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.interp.ModuleFactory;
import org.loopscope.script.runtime.PyModule;

/**
 * The modules a script may import: {@code asyncio}, {@code time}, {@code random}, {@code types},
 * {@code functools}, {@code sys}, {@code contextvars}, {@code math}, the simulated {@code aiohttp} and
 * {@code aiomultiprocess}, and the library modules written in Python ({@link SourceModules}: {@code typing},
 * {@code contextlib}, {@code collections}..., and {@code os}, which keeps only what reaches nothing outside the run).
 * Anything else is {@code ModuleNotFoundError}, as for a module that is not installed: scripts reach no files, real
 * network, processes, host environment or Java.
 */
public final class StandardModules implements ModuleFactory {

    private static final Set<String> NAMES = allNames();

    private static Set<String> allNames() {
        java.util.Set<String> all = new java.util.TreeSet<>(Set.of("asyncio", "time", "random", "types", "functools",
                "sys", "aiohttp", "aiomultiprocess", "contextvars", "math", "re"));
        all.addAll(SourceModules.NAMES);
        return Set.copyOf(all);
    }

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
            case "time" -> SourceModules.withPythonPart(TimeModule.create(interp), "time", interp);
            case "random" -> RandomModule.create(seed);
            case "types" -> TypesModule.create(interp);
            case "functools" -> SourceModules.withPythonPart(FunctoolsModule.create(), "functools", interp);
            case "sys" -> SysModule.create(interp, scriptPath);
            case "aiohttp" -> org.loopscope.script.modules.aiohttp.AiohttpModule.create(interp, seed);
            case "aiomultiprocess" -> org.loopscope.script.modules.aiomultiprocess.AiomultiprocessModule.create(interp);
            case "contextvars" -> ContextvarsModule.create(interp);
            case "math" -> MathModule.create();
            case "re" -> ReModule.create();
            default -> SourceModules.NAMES.contains(name) ? SourceModules.load(name, interp) : null;
        };
    }

    @Override
    public Set<String> names() {
        return NAMES;
    }

    /** The text of line {@code line} of a library module written in Python, or null for any other file. */
    public static String librarySourceLine(String file, int line) {
        return SourceModules.sourceLine(file, line);
    }

    /** The default engine log handler: reports as CPython's logger does, through {@link LoopLogger}. */
    public static void installLogger(Interpreter interp, org.loopscope.script.interp.Tracebacks tracebacks) {
        ModuleSupport.rememberTracebacks(interp, tracebacks);
        interp.engine().defaultExceptionHandler((loop, context) -> LoopLogger.log(interp, tracebacks, loop,
                context));
    }
}
