package org.loopscope.session.lessons;

import java.util.Optional;

/**
 * A third-party module that a lesson imports and Loopscope simulates, because it needs a network or processes.
 * Such a lesson cannot be run by {@code python3} offline: its expected output is Loopscope's own, reviewed against
 * what the real library prints, and its runs are checked for determinism.
 */
public enum SimulatedModule {
    AIOHTTP("aiohttp"),
    AIOMULTIPROCESS("aiomultiprocess");

    private final String moduleName;

    SimulatedModule(String moduleName) {
        this.moduleName = moduleName;
    }

    /** The name the program imports, as written in the lesson index. */
    public String moduleName() {
        return moduleName;
    }

    /** The module of this import name; empty for any other name. */
    public static Optional<SimulatedModule> fromModuleName(String name) {
        for (SimulatedModule module : values()) {
            if (module.moduleName.equals(name)) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }
}
