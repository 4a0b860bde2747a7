package org.loopscope.engine.bench;

import java.util.function.IntFunction;
import org.loopscope.engine.Engine;

/**
 * One benchmark program: the Java twin of a script in the shared asyncio benchmark directory, run on a fresh
 * {@link Engine} with {@code asyncio.run}. {@code program} maps a problem size to a run that answers the line the
 * Python script prints; {@code expected} is what CPython 3.11 printed for the script's own size {@code n}.
 */
public record Workload(String name, int n, String expected, IntFunction<Program> program) {

    /** One run of a workload at a given size. */
    @FunctionalInterface
    public interface Program {
        /** Runs the program on {@code engine} and returns the line the Python script prints. */
        String run(Engine engine);
    }

    /** Runs the workload at its own size on a fresh engine and returns the printed line. */
    public String runOnce() {
        return program.apply(n).run(Engine.forJava());
    }
}
