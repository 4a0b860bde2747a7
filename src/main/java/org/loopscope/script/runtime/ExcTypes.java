package org.loopscope.script.runtime;

/** The builtin exception classes, CPython 3.11's hierarchy, plus asyncio's own (with their module names). */
public final class ExcTypes {

    /** The classes that live in the {@code builtins} module, by name (aliases included). */
    private static final java.util.Map<String, PyType> BUILTINS = new java.util.LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = make("BaseException", "builtins", Types.OBJECT);
    public static final PyType BASE_EXCEPTION_GROUP = group("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType EXCEPTION_GROUP = group("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = make("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    /** {@code TimeoutError}, which is also {@code asyncio.TimeoutError} since 3.11. */
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = make("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = make("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = make("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = make("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = make("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = make("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);

    /** {@code asyncio.CancelledError}: a BaseException, so {@code except Exception} does not catch it. */
    public static final PyType CANCELLED_ERROR = make("CancelledError", "asyncio.exceptions", BASE_EXCEPTION);
    public static final PyType INVALID_STATE_ERROR = make("InvalidStateError", "asyncio.exceptions", EXCEPTION);
    public static final PyType SENDFILE_NOT_AVAILABLE_ERROR = make("SendfileNotAvailableError",
            "asyncio.exceptions", RUNTIME_ERROR);
    public static final PyType INCOMPLETE_READ_ERROR = make("IncompleteReadError", "asyncio.exceptions", EOF_ERROR);
    public static final PyType LIMIT_OVERRUN_ERROR = make("LimitOverrunError", "asyncio.exceptions", EXCEPTION);
    public static final PyType BROKEN_BARRIER_ERROR = make("BrokenBarrierError", "asyncio.exceptions",
            RUNTIME_ERROR);
    public static final PyType QUEUE_EMPTY = make("QueueEmpty", "asyncio.queues", EXCEPTION);
    public static final PyType QUEUE_FULL = make("QueueFull", "asyncio.queues", EXCEPTION);

    static {
        BUILTINS.put("EnvironmentError", OS_ERROR);
        BUILTINS.put("IOError", OS_ERROR);
    }

    /** Installs the exceptions' methods ({@link Types#ensureValueMethods} does, with the value classes'). */
    static void installMethods() {
        ExceptionMethods.install();
    }

    private ExcTypes() {
    }

    private static PyType make(String name, PyType base) {
        return make(name, "builtins", base);
    }

    private static PyType make(String name, String module, PyType base) {
        PyType type = PyType.builtin(name, module, Layout.EXCEPTION, true, base);
        type.markValueClass();
        type.define("__module__", module);
        if (module.equals("builtins")) {
            BUILTINS.put(name, type);
        }
        return type;
    }

    private static PyType group(String name, PyType... bases) {
        PyType type = PyType.builtin(name, "builtins", Layout.EXCEPTION_GROUP, true, bases);
        type.markValueClass();
        type.define("__module__", "builtins");
        BUILTINS.put(name, type);
        return type;
    }

    /** The builtin exception classes by the names {@code builtins} gives them. */
    public static java.util.Map<String, PyType> builtins() {
        return java.util.Collections.unmodifiableMap(BUILTINS);
    }
}
