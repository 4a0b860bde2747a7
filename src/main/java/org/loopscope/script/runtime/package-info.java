/**
 * The value layer of Loopscope's Python: how Python values are represented in Java, the operations on them, the
 * builtin classes, functions and exceptions, and the {@link org.loopscope.script.runtime.ScriptHost} through which
 * the engine makes and recognises Python exceptions. Everything prints, compares, hashes and fails exactly as
 * CPython 3.11 does (the golden tests compare thousands of expressions with python3).
 *
 * <h2>Values</h2>
 * Every Python value is a Java {@code Object}; {@link org.loopscope.script.runtime.Py#type(Object)} gives its class.
 * <table>
 * <caption>Python types and their Java classes</caption>
 * <tr><th>Python</th><th>Java</th></tr>
 * <tr><td>int</td><td>{@link java.lang.Long} when it fits in 64 bits, else {@link java.math.BigInteger} (never a
 *     BigInteger that would fit: use {@link org.loopscope.script.runtime.Ints#normalize}); small values are shared
 *     ({@link org.loopscope.script.runtime.Ints#box})</td></tr>
 * <tr><td>bool</td><td>{@link java.lang.Boolean#TRUE}/{@link java.lang.Boolean#FALSE} only; an int in
 *     arithmetic</td></tr>
 * <tr><td>float</td><td>{@link java.lang.Double}</td></tr>
 * <tr><td>str</td><td>{@link java.lang.String}; indexing, slicing and {@code len} count code points
 *     ({@link org.loopscope.script.runtime.Strs}), so astral characters (emoji) are one character</td></tr>
 * <tr><td>None, NotImplemented, Ellipsis</td><td>{@link org.loopscope.script.runtime.Py#NONE} and friends. Java null
 *     is never a value the runtime makes, but it is read as None where the engine hands it over
 *     ({@link org.loopscope.script.runtime.Py#nn}); {@link org.loopscope.script.runtime.Py#fromJava} also turns the
 *     Java list {@code gather} returns into a list</td></tr>
 * <tr><td>list, tuple, dict, set/frozenset, range, slice</td><td>{@link org.loopscope.script.runtime.PyList},
 *     {@link org.loopscope.script.runtime.PyTuple}, {@link org.loopscope.script.runtime.PyDict} (insertion ordered,
 *     CPython's compact layout), {@link org.loopscope.script.runtime.PySet} (CPython's exact table, so sets print in
 *     CPython's order), {@link org.loopscope.script.runtime.PyRange},
 *     {@link org.loopscope.script.runtime.PySlice}</td></tr>
 * <tr><td>classes</td><td>{@link org.loopscope.script.runtime.PyType}: name, bases, C3 MRO, attribute dict</td></tr>
 * <tr><td>instances of user classes</td><td>{@link org.loopscope.script.runtime.PyInstance}; of exception classes
 *     {@link org.loopscope.script.runtime.PyException} (a Java RuntimeException)</td></tr>
 * <tr><td>asyncio Future/Task</td><td>the engine's {@link org.loopscope.engine.Future} and
 *     {@link org.loopscope.engine.Task} themselves (classes {@code _asyncio.Future}/{@code Task})</td></tr>
 * </table>
 * Java's {@code equals}/{@code hashCode} are not Python's: compare with {@link org.loopscope.script.runtime.PyOps#eq}
 * or {@link org.loopscope.script.runtime.PyOps#eqBool}, hash with {@link org.loopscope.script.runtime.PyOps#hash},
 * test identity ({@code is}) with {@link org.loopscope.script.runtime.PyOps#is}. {@code hash(int)} and
 * {@code hash(float)} are CPython's ({@code hash(-1) == -2}, {@code hash(1) == hash(1.0) == hash(True)}), and so are
 * the tuple and frozenset hashes; {@code hash(str)} differs from CPython's, which is randomised per process anyway,
 * so sets of strs have no reproducible order in CPython either. Default hashes, {@code id()} and the addresses in
 * reprs come from a per-run counter, so a replayed run prints the same.
 *
 * <h2>Operations</h2>
 * The VM computes with {@link org.loopscope.script.runtime.PyOps}: {@code add}, {@code sub}... ({@code binary} for
 * any {@link org.loopscope.script.runtime.BinOp}, {@code inplace} for augmented assignment), comparisons (chaining is
 * the VM's), {@code truthy}, {@code hash}, {@code len}, {@code contains}, {@code getitem}/{@code setitem}/
 * {@code delitem} (slices are {@link org.loopscope.script.runtime.PySlice}s), {@code format} (f-strings; conversions
 * with {@link org.loopscope.script.runtime.Reprs}), and {@code %}-formatting through {@code mod}. Builtin values take
 * fast paths; other values go through their class's dunder methods with CPython's rules (reflected operands,
 * subclass priority, NotImplemented) and CPython's TypeError messages.
 *
 * <p>Iteration: {@link org.loopscope.script.runtime.PyOps#iter} then {@link org.loopscope.script.runtime.PyOps#next}
 * until it returns {@link org.loopscope.script.runtime.PyIterator#STOP} (no StopIteration is thrown for exhaustion).
 * The VM's generators should implement {@link org.loopscope.script.runtime.PyIterator}.
 *
 * <h2>Calls, attributes and classes</h2>
 * Everything callable is called with {@link org.loopscope.script.runtime.PyOps#call} using the vectorcall convention
 * of {@link org.loopscope.script.runtime.PyCallable}: positional arguments then keyword values in one array, with the
 * keyword names alongside. Builtins are {@link org.loopscope.script.runtime.BuiltinFunction}s; methods of builtin
 * classes are {@link org.loopscope.script.runtime.MethodDescriptor}s. The VM's functions should implement
 * {@link org.loopscope.script.runtime.PyCallable} and {@link org.loopscope.script.runtime.PyDescriptor} with
 * {@code isMethod()} true, binding to a {@link org.loopscope.script.runtime.PyMethod} on instance lookup; for
 * {@code obj.m(args)} the VM calls {@link org.loopscope.script.runtime.Attrs#findMethod} and
 * {@link org.loopscope.script.runtime.PyOps#callUnbound} (no bound method is made) or
 * {@link org.loopscope.script.runtime.PyOps#callMethod}.
 *
 * <p>Attributes: {@link org.loopscope.script.runtime.Attrs#getattr}/{@code setattr}/{@code delattr} follow CPython's
 * lookup (data descriptors, then the instance {@code __dict__}, then class attributes; {@code __getattr__} last) with
 * its AttributeError messages ({@code 'int' object has no attribute 'foo'}, {@code type object 'X' has no attribute
 * 'y'}). A {@code class} statement ends with {@link org.loopscope.script.runtime.PyType#create}(name, bases,
 * namespace); the namespace carries {@code __module__} and {@code __qualname__}; {@code __eq__} without
 * {@code __hash__} makes instances unhashable; {@code __init_subclass__} and {@code __set_name__} are honoured. User
 * classes may derive from {@code object}, from other user classes and from the exception classes; deriving from
 * other builtin classes (int, str, list, dict...) and metaclasses are not supported; what library classes need of a
 * metaclass they define as class methods {@code __class_iter__}, {@code __class_len__},
 * {@code __class_instancecheck__} and {@code __class_subclasscheck__}, which {@code iter}, {@code len},
 * {@code isinstance} and {@code issubclass} consult on a class. Zero-argument {@code super()}
 * is the VM's to compile as {@code super(__class__, first_argument)}
 * ({@link org.loopscope.script.runtime.PySuper}). {@link org.loopscope.script.runtime.Protocols} has the lookups and
 * messages of {@code with}, {@code async with}, {@code async for} and {@code await}.
 *
 * <p>Constant set displays: CPython 3.11 compiles {@code {1, 2, 3}} to a frozenset constant (built from the items,
 * then rebuilt from its own iteration order by the compiler's constant merging) merged into a new set; the VM must
 * do the same to print such sets in CPython's order. {@code set(...)}, comprehensions and {@code add} need nothing
 * special.
 *
 * <h2>Exceptions</h2>
 * A Python exception is a {@link org.loopscope.script.runtime.PyException}: throw it, catch
 * {@code PyException} and test the handler's class with {@link org.loopscope.script.runtime.Builtins#isInstance}.
 * Any other Java throwable reaching Python code is converted with
 * {@link org.loopscope.script.runtime.ScriptHost#adopt} (stack overflow becomes RecursionError). Make builtin
 * exceptions with {@link org.loopscope.script.runtime.Errors}; the classes are in
 * {@link org.loopscope.script.runtime.ExcTypes} (asyncio's with their module names, so tracebacks print
 * {@code asyncio.exceptions.CancelledError}). When raising inside a handler, the VM sets
 * {@link org.loopscope.script.runtime.PyException#setContext}; {@code raise X from Y} uses
 * {@link org.loopscope.script.runtime.PyException#setCause}. As an exception leaves each frame the VM adds a
 * {@link org.loopscope.script.runtime.TraceFrame}; {@link org.loopscope.script.runtime.Exceptions#formatExceptionOnly}
 * writes the last line of a traceback. {@code except*} uses
 * {@link org.loopscope.script.runtime.PyExceptionGroup#exceptStarMatch} and
 * {@link org.loopscope.script.runtime.PyExceptionGroup#prepReraiseStar}. No Java stack trace is ever captured.
 *
 * <h2>A run</h2>
 * Each run has a {@link org.loopscope.script.runtime.RunContext} (output sink, id counter, repr recursion guard),
 * which the VM {@linkplain org.loopscope.script.runtime.RunContext#enter() enters} while it executes the run's code,
 * a {@code builtins} module from {@link org.loopscope.script.runtime.Builtins#module}, and a
 * {@link org.loopscope.script.runtime.ScriptHost} for its {@link org.loopscope.engine.Engine}.
 * {@link org.loopscope.script.runtime.Limits} bounds what a program can allocate: longer containers, strs and ints
 * raise MemoryError, and int/str conversions of more than 4300 digits raise CPython 3.11's ValueError.
 *
 * <p>Not supported: complex numbers (a negative float to a fractional power is a ValueError), bytes and bytearray,
 * weak references and {@code __del__}. {@code __slots__} only limits which attributes instances may set.
 */
package org.loopscope.script.runtime;
