/**
 * aiomultiprocess 0.9 ({@code Process}, {@code Worker}, {@code Pool}) on simulated child processes that share the
 * run's engine and virtual clock.
 *
 * <h2>Processes</h2>
 * Each simulated process ({@link org.loopscope.script.modules.aiomultiprocess.SimProcess}) has an event loop of its
 * own, made on the run's engine, so the trace gives it lanes of its own on the same time axis. Its first task is
 * {@code Task-1}, numbered by the process (as in a fresh interpreter), so the program's {@code Task-N} are those
 * CPython would give. It runs the coroutines on the program's interpreter: arguments, results and module globals
 * are shared objects, not pickled copies, and the script is not imported again in the child.
 *
 * <h2>How process loops interleave</h2>
 * One thread runs everything, and the program's loop runs the program:
 * <ol>
 *   <li>A process loop never idles on its own. {@link org.loopscope.script.modules.aiomultiprocess.ProcessWorld}
 *       arms an outside event of the engine ({@code Engine.atTime}) at the earliest time any process has work: a
 *       ready handle, or a due timer.</li>
 *   <li>The program's loop delivers that event when its clock reaches the time: while it idles waiting for its
 *       next timer, at the start of an iteration, or while it is blocked in {@code time.sleep}. So the processes
 *       run while the program waits, and while it blocks, as real processes would.</li>
 *   <li>The event runs every process whose work is due, one iteration each
 *       ({@code org.loopscope.engine.Simulation.runIteration}: the process's loop becomes the running loop for that
 *       iteration, then the program's is again), in the order the processes were started, round after round until
 *       none has work due at that instant; then it arms itself for the next time. Outside events that fall due
 *       meanwhile (a Ctrl+C, a result) are delivered first, by the program's loop. Ten thousand rounds at one
 *       instant hand a turn to the program's loop, so a process that never waits cannot starve it.</li>
 *   <li>An iteration of a process takes no time on the shared clock. Blocking calls inside it ({@code time.sleep},
 *       and each source line when the per-line cost is on) cost the process's own time, as on a worker thread of
 *       the default executor, so processes compute side by side: the process is busy for that
 *       long (a blocked span on its loop in the trace), its next iteration comes after it, and what it sends to
 *       the program (a result, its exit) arrives at the process's own time. Inside that iteration
 *       {@code time.time()}, {@code loop.time()}, {@code asyncio.sleep} and {@code call_later} count from that
 *       time too. What it prints appears when the iteration runs, that is at its start.</li>
 * </ol>
 * The order of everything at one instant follows from the program, the seed and this rule, so a run is
 * repeatable: the same script and seed give the same output and trace.
 *
 * <h2>Pool</h2>
 * A pool's worker runs aiomultiprocess's {@code PoolWorker.run} loop
 * ({@link org.loopscope.script.modules.aiomultiprocess.PoolWorkerRun}): up to {@code childconcurrency} jobs at
 * once from its queue, each a task of the process. aiomultiprocess polls (every 5 ms for work and results, every
 * 50 ms for finished jobs); here new work, finished jobs and results complete futures, so nothing arrives those
 * few milliseconds late, and processes start at once where real ones take a moment to spawn.
 */
package org.loopscope.script.modules.aiomultiprocess;
