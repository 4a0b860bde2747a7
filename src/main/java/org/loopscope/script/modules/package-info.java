/**
 * The modules a script can import ({@link org.loopscope.script.modules.StandardModules}): {@code asyncio} on the
 * engine (its functions, loop objects, futures and tasks, primitives and queues by their Python names; the default
 * executor is a simulated pool of six threads, as CPython's {@code min(32, os.cpu_count() + 4)} on 2 CPUs),
 * {@code time} on the run's clock, {@code random} with CPython's generator and a per-run seed, {@code types},
 * {@code functools} and {@code sys}; {@code contextvars} (its contexts carried by the engine's tasks and callbacks),
 * {@code math} and {@code re} in Java; the library modules written in Python and run by the VM on first import
 * ({@link org.loopscope.script.modules.SourceModules}: {@code typing}, {@code contextlib}, {@code collections},
 * {@code dataclasses}, {@code enum}, {@code json}, {@code logging}...); and two simulated third-party libraries,
 * {@code aiohttp} on a simulated network
 * and {@code aiomultiprocess} on simulated processes (sub-packages). Any other import is CPython's
 * {@code ModuleNotFoundError}; nothing here lets a script reach files, the real network, real processes or Java.
 */
package org.loopscope.script.modules;
