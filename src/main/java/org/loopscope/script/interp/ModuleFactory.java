package org.loopscope.script.interp;

import java.util.Set;
import org.loopscope.script.runtime.PyModule;

/** Makes the modules a script may import, by name; one instance of each per run. */
public interface ModuleFactory {

    /** The module {@code name} for the run of {@code interp}, or null if there is no such module. */
    PyModule create(String name, Interpreter interp);

    /** The names {@link #create} knows. */
    Set<String> names();
}
