/**
 * The Python subset Loopscope runs: {@code syntax} parses, {@code compile} compiles, {@code runtime} is the object
 * model and builtins, {@code interp} is the virtual machine, {@code modules} the importable modules.
 * {@link org.loopscope.script.ScriptExecution} runs a whole script as {@code python3 FILE} would.
 */
package org.loopscope.script;
