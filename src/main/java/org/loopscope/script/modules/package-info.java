/**
 * The modules a script can import ({@link org.loopscope.script.modules.StandardModules}): {@code asyncio} on the
 * engine (its functions, loop objects, futures and tasks, primitives and queues by their Python names),
 * {@code time} on the run's clock, {@code random} with CPython's generator and a per-run seed, {@code types},
 * {@code functools} and {@code sys}. Any other import is CPython's {@code ModuleNotFoundError}; nothing here lets
 * a script reach files, the network, processes or Java.
 */
package org.loopscope.script.modules;
