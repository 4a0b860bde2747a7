package org.loopscope.script.runtime;

import java.util.Map;

/**
 * The behaviour of the builtin exception classes: creation ({@code __new__}/{@code __init__} of each family),
 * {@code str} and {@code repr} as CPython 3.11 computes them, and the last line of a traceback.
 */
public final class Exceptions {

    private static final Map<Long, PyType> ERRNO_CLASSES = Map.ofEntries(
            Map.entry(11L, ExcTypes.BLOCKING_IO_ERROR), Map.entry(114L, ExcTypes.BLOCKING_IO_ERROR),
            Map.entry(115L, ExcTypes.BLOCKING_IO_ERROR), Map.entry(10L, ExcTypes.CHILD_PROCESS_ERROR),
            Map.entry(32L, ExcTypes.BROKEN_PIPE_ERROR), Map.entry(108L, ExcTypes.BROKEN_PIPE_ERROR),
            Map.entry(103L, ExcTypes.CONNECTION_ABORTED_ERROR), Map.entry(111L, ExcTypes.CONNECTION_REFUSED_ERROR),
            Map.entry(104L, ExcTypes.CONNECTION_RESET_ERROR), Map.entry(17L, ExcTypes.FILE_EXISTS_ERROR),
            Map.entry(2L, ExcTypes.FILE_NOT_FOUND_ERROR), Map.entry(21L, ExcTypes.IS_A_DIRECTORY_ERROR),
            Map.entry(20L, ExcTypes.NOT_A_DIRECTORY_ERROR), Map.entry(4L, ExcTypes.INTERRUPTED_ERROR),
            Map.entry(13L, ExcTypes.PERMISSION_ERROR), Map.entry(1L, ExcTypes.PERMISSION_ERROR),
            Map.entry(3L, ExcTypes.PROCESS_LOOKUP_ERROR), Map.entry(110L, ExcTypes.TIMEOUT_ERROR));

    private Exceptions() {
    }

    /** An exception of {@code type} made from Java with positional {@code args}, as {@code type(*args)}. */
    static PyException create(PyType type, Object[] args) {
        if (type.isBuiltin()) {
            PyException error = allocate(type, args);
            Object init = Py.type(error).lookup("__init__");
            if (init instanceof MethodDescriptor method) {
                method.callBound(error, args, PyCallable.NO_KWNAMES);
            }
            return error;
        }
        Object made = type.call(args, PyCallable.NO_KWNAMES);
        if (made instanceof PyException error) {
            return error;
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** {@code BaseException.__new__(cls, *args)}: a new instance with {@code args} set. */
    static PyException allocate(PyType cls, Object[] args) {
        if (cls.layout() == Layout.EXCEPTION_GROUP) {
            return PyExceptionGroup.allocate(cls, args);
        }
        if (cls == ExcTypes.OS_ERROR && args.length >= 2 && args[0] instanceof Long errno) {
            cls = ERRNO_CLASSES.getOrDefault(errno, cls);
        }
        return new PyException(cls, PyTuple.of(args.clone()));
    }

    /** {@code BaseException.__init__}: sets {@code args}; keywords are refused. */
    static void baseInit(PyException self, Object[] args, String[] kwnames) {
        if (Args.kwCount(kwnames) > 0) {
            throw Errors.typeError(self.type().name() + "() takes no keyword arguments");
        }
        self.setArgs(PyTuple.of(args.clone()));
    }

    /** The builtin {@code __init__} of {@code self}'s family. */
    static void familyInit(PyException self, Object[] args, String[] kwnames) {
        PyType t = self.type();
        if (t.isSubtype(ExcTypes.IMPORT_ERROR)) {
            keywordInit(self, args, kwnames, "name", "path");
            self.setMember("msg", args.length == 1 ? args[0] : Py.NONE);
            return;
        }
        if (t.isSubtype(ExcTypes.NAME_ERROR)) {
            keywordInit(self, args, kwnames, "name");
            return;
        }
        if (t.isSubtype(ExcTypes.ATTRIBUTE_ERROR)) {
            keywordInit(self, args, kwnames, "name", "obj");
            return;
        }
        baseInit(self, args, kwnames);
        if (t.isSubtype(ExcTypes.STOP_ITERATION) || t.isSubtype(ExcTypes.STOP_ASYNC_ITERATION)) {
            self.setMember("value", self.firstArg());
        } else if (t.isSubtype(ExcTypes.SYSTEM_EXIT)) {
            self.setMember("code", args.length == 0 ? Py.NONE : args.length == 1 ? args[0] : self.args());
        } else if (t.isSubtype(ExcTypes.OS_ERROR)) {
            osErrorInit(self, args);
        } else if (t.isSubtype(ExcTypes.SYNTAX_ERROR)) {
            syntaxErrorInit(self, args);
        }
    }

    private static void keywordInit(PyException self, Object[] args, String[] kwnames, String... allowed) {
        int kw = Args.kwCount(kwnames);
        int positional = args.length - kw;
        for (String name : allowed) {
            self.setMember(name, Py.NONE);
        }
        for (int k = 0; k < kw; k++) {
            if (!java.util.Arrays.asList(allowed).contains(kwnames[k])) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for "
                        + self.type().name() + "()");
            }
            self.setMember(kwnames[k], args[positional + k]);
        }
        self.setArgs(PyTuple.copyOf(args, 0, positional));
    }

    private static void osErrorInit(PyException self, Object[] args) {
        for (String name : new String[] {"errno", "strerror", "filename", "filename2"}) {
            self.setMember(name, Py.NONE);
        }
        if (args.length >= 2 && args.length <= 5) {
            self.setMember("errno", args[0]);
            self.setMember("strerror", args[1]);
            if (args.length >= 3 && !Py.isNone(args[2])) {
                self.setMember("filename", args[2]);
                if (args.length == 5) {
                    self.setMember("filename2", args[4]);
                }
                self.setArgs(PyTuple.of(args[0], args[1]));
            }
        }
    }

    private static void syntaxErrorInit(PyException self, Object[] args) {
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        self.setMember("msg", args.length >= 1 ? args[0] : Py.NONE);
        for (String name : names) {
            self.setMember(name, Py.NONE);
        }
        self.setMember("print_file_and_line", Py.NONE);
        if (args.length == 2) {
            PyTuple info = PyTuple.from(args[1]);
            if (info.size() < 4 || info.size() > 6) {
                throw Errors.indexError("tuple index out of range");
            }
            for (int i = 0; i < info.size(); i++) {
                self.setMember(names[i], info.get(i));
            }
        }
    }

    /** {@code BaseException.__str__}: empty, the str of the one argument, or the str of the args tuple. */
    static String baseStr(PyException self) {
        PyTuple args = self.args();
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> Reprs.str(args.get(0));
            default -> Reprs.repr(args);
        };
    }

    /** {@code KeyError.__str__}: the repr of a single key, so {@code KeyError('a')} prints {@code 'a'}. */
    static String keyErrorStr(PyException self) {
        return self.args().size() == 1 ? Reprs.repr(self.args().get(0)) : baseStr(self);
    }

    /** {@code ImportError.__str__}: {@code msg} if it is a str. */
    static String importErrorStr(PyException self) {
        return self.member("msg") instanceof String msg ? msg : baseStr(self);
    }

    /** {@code OSError.__str__}: {@code [Errno 2] No such file: 'x'}. */
    static String osErrorStr(PyException self) {
        Object errno = self.member("errno");
        Object strerror = self.member("strerror");
        Object filename = self.member("filename");
        Object filename2 = self.member("filename2");
        if (filename != null && !Py.isNone(filename)) {
            String head = "[Errno " + Reprs.str(errno) + "] " + Reprs.str(strerror) + ": " + Reprs.repr(filename);
            return filename2 != null && !Py.isNone(filename2) ? head + " -> " + Reprs.repr(filename2) : head;
        }
        if (errno != null && strerror != null && !Py.isNone(errno) && !Py.isNone(strerror)) {
            return "[Errno " + Reprs.str(errno) + "] " + Reprs.str(strerror);
        }
        return baseStr(self);
    }

    /** {@code SyntaxError.__str__}: {@code msg (file.py, line 3)} with the file's base name. */
    static String syntaxErrorStr(PyException self) {
        Object msg = self.member("msg");
        String text = Reprs.str(msg == null ? Py.NONE : msg);
        Object file = self.member("filename");
        Object line = self.member("lineno");
        String filename = file instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
        boolean hasLine = line instanceof Long;
        if (filename != null && hasLine) {
            return text + " (" + filename + ", line " + line + ")";
        }
        if (filename != null) {
            return text + " (" + filename + ")";
        }
        return hasLine ? text + " (line " + line + ")" : text;
    }

    /** The builtin {@code __str__} of {@code self}'s family (never user code): for Java messages. */
    static String builtinStr(PyException self) {
        PyType t = self.type();
        if (self instanceof PyExceptionGroup group) {
            return group.groupStr();
        }
        if (t.isSubtype(ExcTypes.KEY_ERROR)) {
            return keyErrorStr(self);
        }
        if (t.isSubtype(ExcTypes.IMPORT_ERROR)) {
            return importErrorStr(self);
        }
        if (t.isSubtype(ExcTypes.OS_ERROR)) {
            return osErrorStr(self);
        }
        if (t.isSubtype(ExcTypes.SYNTAX_ERROR)) {
            return syntaxErrorStr(self);
        }
        return baseStr(self);
    }

    /** {@code BaseException.__repr__}: {@code ValueError('x')}, {@code KeyError()}, {@code OSError(2, 'x')}. */
    static String repr(PyException self) {
        PyTuple args = self.args();
        String name = self.type().name();
        return args.size() == 1 ? name + "(" + Reprs.repr(args.get(0)) + ")" : name + Reprs.repr(args);
    }

    /**
     * The last line of a traceback for {@code error}, as {@code traceback.format_exception_only} writes it:
     * {@code ValueError: bad}, {@code asyncio.exceptions.CancelledError}, followed by any {@code __notes__}.
     */
    public static String formatExceptionOnly(PyException error) {
        String name = error.type().tracebackName();
        String text;
        try {
            text = Reprs.str(error);
        } catch (PyException failed) {
            text = "<exception str() failed>";
        }
        StringBuilder out = new StringBuilder(name);
        if (!text.isEmpty()) {
            out.append(": ").append(text);
        }
        out.append('\n');
        Object notes = error.dictOrNull() == null ? null : error.dictOrNull().getStr("__notes__");
        if (notes instanceof PyList list) {
            for (int i = 0; i < list.size(); i++) {
                Object note = list.get(i);
                out.append(note instanceof String s ? s : Reprs.str(note)).append('\n');
            }
        } else if (notes != null) {
            out.append(Reprs.str(notes)).append('\n');
        }
        return out.toString();
    }
}
