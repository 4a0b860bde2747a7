/**
 * The virtual machine that runs compiled scripts: heap {@link org.loopscope.script.interp.Frame}s, the dispatch
 * loop ({@link org.loopscope.script.interp.Eval}), Python functions, classes, generators and coroutines (which
 * implement the engine's {@link org.loopscope.engine.Coroutine}, so tasks drive script frames directly), tracebacks
 * and the run of a whole module ({@link org.loopscope.script.interp.Interpreter}).
 *
 * <p>DESIGN.md places the VM inside {@code script.runtime}. It lives in a package of its own so the object model
 * ({@code script.runtime}: values, types, builtins, formatting) and the machine that executes code can be built and
 * changed independently: the VM depends on the object model and on {@code script.compile}, never the other way
 * round. Both are part of the {@code script} layer of the architecture.
 */
package org.loopscope.script.interp;
