package org.loopscope.script.runtime;

/** The methods and attributes of the builtin exception classes. */
final class ExceptionMethods {

    private ExceptionMethods() {
    }

    private static PyException self(Object value) {
        return (PyException) value;
    }

    static void install() {
        PyType base = ExcTypes.BASE_EXCEPTION;
        base.define("__new__", new BuiltinFunction("__new__", base, (args, kwnames) -> {
            if (args.length - Args.kwCount(kwnames) == 0 || !(args[0] instanceof PyType cls)
                    || !cls.isSubtype(ExcTypes.BASE_EXCEPTION)) {
                throw Errors.typeError("BaseException.__new__(X): X is not a subtype of BaseException");
            }
            Object[] positional = Args.positionalOnly(args, kwnames);
            return Exceptions.allocate(cls, Args.rest(positional));
        }));
        Types.method(base, "__init__", (self, args, kwnames) -> {
            Exceptions.familyInit(self(self), args, kwnames);
            return Types.NONE;
        });
        Types.method0(base, "__str__", self -> Exceptions.baseStr(self(self)));
        Types.method0(base, "__repr__", self -> Exceptions.repr(self(self)));
        Types.method1(base, "with_traceback", (self, tb) -> {
            if (Py.isNone(tb)) {
                self(self).setTraceback(java.util.List.of());
            } else if (tb instanceof PyTraceback traceback) {
                self(self).setTraceback(traceback.frames());
            } else {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            return self;
        });
        Types.method1(base, "add_note", (self, note) -> {
            if (!(note instanceof String)) {
                throw Errors.typeError("note must be a str, not '" + Py.typeName(note) + "'");
            }
            PyDict dict = self(self).dict();
            Object notes = dict.getStr("__notes__");
            if (notes == null) {
                notes = new PyList();
                dict.put("__notes__", notes);
            }
            if (!(notes instanceof PyList list)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(note);
            return Types.NONE;
        });
        Types.getset(base, "args", self -> self(self).args(), (self, value) -> {
            if (value == null) {
                throw Errors.typeError("args may not be deleted");
            }
            self(self).setArgs(PyTuple.from(value));
        });
        Types.getset(base, "__cause__", self -> orNone(self(self).cause()),
                (self, value) -> self(self).setCauseOnly(exceptionOrNull(value, "exception cause")));
        Types.getset(base, "__context__", self -> orNone(self(self).context()),
                (self, value) -> self(self).setContextOnly(exceptionOrNull(value, "exception context")));
        Types.getset(base, "__suppress_context__", self -> self(self).suppressContext(),
                (self, value) -> self(self).setSuppressContext(value != null && PyOps.truthy(value)));
        Types.getset(base, "__traceback__", self -> self(self).traceback().isEmpty() ? Types.NONE
                : new PyTraceback(self(self).traceback()), (self, value) -> {
                    if (value == null || Py.isNone(value)) {
                        self(self).setTraceback(java.util.List.of());
                    } else if (value instanceof PyTraceback traceback) {
                        self(self).setTraceback(traceback.frames());
                    } else {
                        throw Errors.typeError("__traceback__ must be a traceback or None");
                    }
                });

        Types.method0(ExcTypes.KEY_ERROR, "__str__", self -> Exceptions.keyErrorStr(self(self)));
        Types.method0(ExcTypes.IMPORT_ERROR, "__str__", self -> Exceptions.importErrorStr(self(self)));
        Types.method0(ExcTypes.OS_ERROR, "__str__", self -> Exceptions.osErrorStr(self(self)));
        Types.method0(ExcTypes.SYNTAX_ERROR, "__str__", self -> Exceptions.syntaxErrorStr(self(self)));
        members(ExcTypes.STOP_ITERATION, "value");
        members(ExcTypes.STOP_ASYNC_ITERATION, "value");
        members(ExcTypes.SYSTEM_EXIT, "code");
        members(ExcTypes.IMPORT_ERROR, "msg", "name", "path");
        members(ExcTypes.NAME_ERROR, "name");
        members(ExcTypes.ATTRIBUTE_ERROR, "name", "obj");
        members(ExcTypes.OS_ERROR, "errno", "strerror", "filename", "filename2");
        members(ExcTypes.SYNTAX_ERROR, "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line");
        installGroup();
        Types.getset(Types.TRACEBACK, "tb_lineno", tb -> ((PyTraceback) tb).lineno(), null);
        Types.getset(Types.TRACEBACK, "tb_next", tb -> ((PyTraceback) tb).next(), null);
    }

    private static void installGroup() {
        PyType group = ExcTypes.BASE_EXCEPTION_GROUP;
        group.define("__new__", new BuiltinFunction("__new__", group, (args, kwnames) -> {
            Args.noKeywords("BaseExceptionGroup.__new__", kwnames);
            if (args.length == 0 || !(args[0] instanceof PyType cls) || !cls.isSubtype(group)) {
                throw Errors.typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
            }
            return PyExceptionGroup.allocate(cls, Args.rest(args));
        }));
        Types.method0(group, "__str__", self -> ((PyExceptionGroup) self).groupStr());
        Types.getset(group, "message", self -> ((PyExceptionGroup) self).message(), null);
        Types.getset(group, "exceptions", self -> ((PyExceptionGroup) self).exceptions(), null);
        Types.method1(group, "derive", (self, excs) -> {
            PyExceptionGroup eg = (PyExceptionGroup) self;
            Object[] args = {eg.message(), excs};
            PyExceptionGroup derived = PyExceptionGroup.allocate(ExcTypes.BASE_EXCEPTION_GROUP, args);
            Exceptions.baseInit(derived, args, PyCallable.NO_KWNAMES);
            return derived;
        });
        Types.method1(group, "split", (self, matcher) -> {
            PyExceptionGroup.Split split = ((PyExceptionGroup) self).split(PyExceptionGroup.matcher(matcher), true);
            return PyTuple.of(orNone(split.match()), orNone(split.rest()));
        });
        Types.method1(group, "subgroup", (self, matcher) ->
                orNone(((PyExceptionGroup) self).split(PyExceptionGroup.matcher(matcher), false).match()));
        Types.classMethod(group, "__class_getitem__", (args, kwnames) -> new GenericAlias(args[0], args[1]));
    }

    private static void members(PyType type, String... names) {
        for (String name : names) {
            Types.getset(type, name, self -> {
                Object value = self(self).member(name);
                return value == null ? Types.NONE : value;
            }, (self, value) -> self(self).setMember(name, value == null ? Types.NONE : value));
        }
    }

    private static Object orNone(Object value) {
        return value == null ? Types.NONE : value;
    }

    private static PyException exceptionOrNull(Object value, String what) {
        if (value == null || Py.isNone(value)) {
            return null;
        }
        if (value instanceof PyException error) {
            return error;
        }
        throw Errors.typeError(what + " must be None or derive from BaseException");
    }
}
