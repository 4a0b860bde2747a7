/**
 * The modules a script can import ({@link org.loopscope.script.modules.StandardModules}): {@code asyncio} on the
 * engine (its functions, loop objects, futures and tasks, primitives and queues by their Python names; the default
 * executor is a simulated pool of six threads, as CPython's {@code min(32, os.cpu_count() + 4)} on 2 CPUs),
 * {@code time} on the run's clock, {@code random} with CPython's generator and a per-run seed, {@code types},
 * {@code functools} and {@code sys}; and two simulated third-party libraries, {@code aiohttp} on a simulated network
 * and {@code aiomultiprocess} on simulated processes (sub-packages). Any other import is CPython's
 * {@code ModuleNotFoundError}; nothing here lets a script reach files, the real network, real processes or Java.
 */
package org.loopscope.script.modules;
