package org.loopscope.script.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The builtin classes (except exceptions, see {@link ExcTypes}). All are made here; their methods are installed when
 * first needed, in two groups ({@link #ensureMethods}, {@link #ensureValueMethods}). Nothing here may read {@link Py}
 * or {@link ExcTypes} constants while the classes initialise.
 */
public final class Types {

    public static final PyType OBJECT = PyType.builtin("object", "builtins", Layout.OBJECT, true);
    public static final PyType TYPE = builtin("type", true);
    public static final PyType NONE_TYPE = builtin("NoneType", false);
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType", false);
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis", false);
    public static final PyType INT = builtin("int", true);
    public static final PyType BOOL = PyType.builtin("bool", "builtins", Layout.BUILTIN, false, INT);
    public static final PyType FLOAT = builtin("float", true);
    public static final PyType STR = builtin("str", true);
    public static final PyType LIST = builtin("list", true);
    public static final PyType TUPLE = builtin("tuple", true);
    public static final PyType DICT = builtin("dict", true);
    public static final PyType SET = builtin("set", true);
    public static final PyType FROZENSET = builtin("frozenset", true);
    public static final PyType RANGE = builtin("range", false);
    public static final PyType SLICE = builtin("slice", false);
    public static final PyType DICT_KEYS = builtin("dict_keys", false);
    public static final PyType DICT_VALUES = builtin("dict_values", false);
    public static final PyType DICT_ITEMS = builtin("dict_items", false);
    public static final PyType ENUMERATE = builtin("enumerate", true);
    public static final PyType ZIP = builtin("zip", true);
    public static final PyType MAP = builtin("map", true);
    public static final PyType FILTER = builtin("filter", true);
    public static final PyType REVERSED = builtin("reversed", true);
    public static final PyType LIST_ITERATOR = builtin("list_iterator", false);
    public static final PyType LIST_REVERSEITERATOR = builtin("list_reverseiterator", false);
    public static final PyType TUPLE_ITERATOR = builtin("tuple_iterator", false);
    public static final PyType STR_ASCII_ITERATOR = builtin("str_ascii_iterator", false);
    public static final PyType STR_ITERATOR = builtin("str_iterator", false);
    public static final PyType RANGE_ITERATOR = builtin("range_iterator", false);
    public static final PyType DICT_KEYITERATOR = builtin("dict_keyiterator", false);
    public static final PyType DICT_VALUEITERATOR = builtin("dict_valueiterator", false);
    public static final PyType DICT_ITEMITERATOR = builtin("dict_itemiterator", false);
    public static final PyType DICT_REVERSEKEYITERATOR = builtin("dict_reversekeyiterator", false);
    public static final PyType DICT_REVERSEVALUEITERATOR = builtin("dict_reversevalueiterator", false);
    public static final PyType DICT_REVERSEITEMITERATOR = builtin("dict_reverseitemiterator", false);
    public static final PyType SET_ITERATOR = builtin("set_iterator", false);
    public static final PyType SEQ_ITERATOR = builtin("iterator", false);
    public static final PyType CALLABLE_ITERATOR = builtin("callable_iterator", false);
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method", false);
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor", false);
    public static final PyType GETSET_DESCRIPTOR = builtin("getset_descriptor", false);
    public static final PyType METHOD = builtin("method", false);
    public static final PyType CLASSMETHOD = builtin("classmethod", true);
    public static final PyType STATICMETHOD = builtin("staticmethod", true);
    public static final PyType PROPERTY = builtin("property", true);
    public static final PyType SUPER = builtin("super", true);
    public static final PyType MODULE = builtin("module", true);
    public static final PyType TRACEBACK = builtin("traceback", false);
    public static final PyType GENERIC_ALIAS = builtin("GenericAlias", false);
    public static final PyType UNION_TYPE = builtin("UnionType", false);
    public static final PyType TEXT_IO = builtin("TextIOWrapper", false);
    /** {@code asyncio.Future}: the engine's {@link org.loopscope.engine.Future} objects. */
    public static final PyType FUTURE = builtin("Future", true);
    /** {@code asyncio.Task}: the engine's {@link org.loopscope.engine.Task} objects. */
    public static final PyType TASK = PyType.builtin("Task", "_asyncio", Layout.BUILTIN, true, FUTURE);

    /** The value {@code None}. */
    static final PySingleton NONE = new PySingleton("None", NONE_TYPE);
    /** The value {@code NotImplemented}. */
    static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented", NOT_IMPLEMENTED_TYPE);
    /** The value {@code Ellipsis}. */
    static final PySingleton ELLIPSIS = new PySingleton("Ellipsis", ELLIPSIS_TYPE);

    /** {@code object.__eq__}: identity, else NotImplemented. */
    static final MethodDescriptor OBJECT_EQ = new MethodDescriptor("__eq__", OBJECT,
            (self, args, kwnames) -> ObjectMethods.objectEq(self, Args.one("object.__eq__", args, kwnames)));
    /** {@code object.__ne__}: the negation of {@code __eq__}, unless that is NotImplemented. */
    static final MethodDescriptor OBJECT_NE = new MethodDescriptor("__ne__", OBJECT,
            (self, args, kwnames) -> ObjectMethods.objectNe(self, Args.one("object.__ne__", args, kwnames)));
    /** {@code object.__hash__}: derived from the id. */
    static final MethodDescriptor OBJECT_HASH = new MethodDescriptor("__hash__", OBJECT,
            (self, args, kwnames) -> {
                Args.none("object.__hash__", args, kwnames);
                return Ints.box(Identity.hash(self));
            });
    /** {@code object.__init__}. */
    static final MethodDescriptor OBJECT_INIT = new MethodDescriptor("__init__", OBJECT, ObjectMethods::objectInit);
    /** {@code object.__new__}. */
    static final BuiltinFunction OBJECT_NEW = new BuiltinFunction("__new__", OBJECT, ObjectMethods::objectNew);
    /** {@code object.__repr__}: {@code <__main__.Foo object at 0x...>}. */
    static final MethodDescriptor OBJECT_REPR = new MethodDescriptor("__repr__", OBJECT,
            (self, args, kwnames) -> {
                Args.none("object.__repr__", args, kwnames);
                return Reprs.objectRepr(self);
            });
    /** {@code object.__str__}: the repr. */
    static final MethodDescriptor OBJECT_STR = new MethodDescriptor("__str__", OBJECT,
            (self, args, kwnames) -> {
                Args.none("object.__str__", args, kwnames);
                return Reprs.repr(self);
            });
    /** {@code object.__getattribute__}. */
    static final MethodDescriptor OBJECT_GETATTRIBUTE = new MethodDescriptor("__getattribute__", OBJECT,
            (self, args, kwnames) -> ObjectMethods.getattribute(self, args, kwnames));
    /** {@code object.__setattr__}. */
    static final MethodDescriptor OBJECT_SETATTR = new MethodDescriptor("__setattr__", OBJECT,
            (self, args, kwnames) -> ObjectMethods.setattr(self, args, kwnames));
    /** {@code object.__delattr__}. */
    static final MethodDescriptor OBJECT_DELATTR = new MethodDescriptor("__delattr__", OBJECT,
            (self, args, kwnames) -> ObjectMethods.delattr(self, args, kwnames));
    /** {@code object.__format__}. */
    static final MethodDescriptor OBJECT_FORMAT = new MethodDescriptor("__format__", OBJECT,
            (self, args, kwnames) -> Formatter.objectFormat(self, ObjectMethods.formatSpec(args, kwnames)));
    /** {@code object.__init_subclass__}: does nothing. */
    static final BuiltinFunction OBJECT_INIT_SUBCLASS = new BuiltinFunction("__init_subclass__",
            (args, kwnames) -> NONE);

    static {
        GENERIC_ALIAS.setModule("types");
        UNION_TYPE.setModule("types");
        TEXT_IO.setModule("_io");
        FUTURE.setModule("_asyncio");
    }

    private Types() {
    }

    /**
     * The classes whose methods are installed apart, when first needed ({@link #ensureValueMethods}): numbers,
     * strings, containers and their views and iterators, text streams, tracebacks (and, marked by {@link ExcTypes},
     * the exceptions). Their installers touch no other class, and the others' touch none of these; both are checked.
     */
    private static final PyType[] VALUE_CLASSES = {
        INT, BOOL, FLOAT, STR, LIST, TUPLE, DICT, SET, FROZENSET, DICT_KEYS, DICT_VALUES, DICT_ITEMS, ENUMERATE, ZIP,
        MAP, FILTER, REVERSED, LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, STR_ASCII_ITERATOR, STR_ITERATOR,
        RANGE_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR, DICT_REVERSEKEYITERATOR,
        DICT_REVERSEVALUEITERATOR, DICT_REVERSEITEMITERATOR, SET_ITERATOR, SEQ_ITERATOR, CALLABLE_ITERATOR, TEXT_IO,
        TRACEBACK,
    };

    /** The other builtin classes of this file: {@code object}, {@code type}, functions, descriptors... */
    private static final PyType[] CORE_CLASSES = {
        OBJECT, TYPE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, RANGE, SLICE, BUILTIN_FUNCTION, METHOD_DESCRIPTOR,
        GETSET_DESCRIPTOR, METHOD, CLASSMETHOD, STATICMETHOD, PROPERTY, SUPER, MODULE, GENERIC_ALIAS, UNION_TYPE,
        FUTURE, TASK,
    };

    static {
        for (PyType type : VALUE_CLASSES) {
            type.markValueClass();
        }
    }

    /**
     * Installs the methods, attributes and constructors of {@code object}, {@code type} and the other core classes if
     * that has not happened yet. {@link PyType} calls it before it reads a builtin class's attributes or
     * constructor, so a script that never does (plain arithmetic and calls) starts without making the method
     * objects.
     */
    static void ensureMethods() {
        CoreMethods.installed();
    }

    /**
     * Installs the methods of the value classes and exceptions (see {@link #VALUE_CLASSES}) if that has not happened
     * yet: {@link PyType} calls it before it reads the attributes of such a class. Many asyncio programs never do.
     */
    static void ensureValueMethods() {
        ValueMethods.installed();
    }

    /** Installs the core methods once, in its class initialisation (thread-safe, and free once done). */
    private static final class CoreMethods {
        static {
            int[] untouched = sizes(VALUE_CLASSES);
            ObjectMethods.install();
            SequenceMethods.install();
            Constructors.install();
            checkUntouched(VALUE_CLASSES, untouched);
        }

        private CoreMethods() {
        }

        static void installed() {
            // the work is in the class initialisation
        }
    }

    /** Installs the value classes' and exceptions' methods once, after the core ones. */
    private static final class ValueMethods {
        static {
            CoreMethods.installed();
            int[] untouched = sizes(CORE_CLASSES);
            NumberMethods.install();
            StrMethods.install();
            ListMethods.install();
            DictMethods.install();
            SetMethods.install();
            Iterators.install();
            PyTextStream.install();
            ExcTypes.installMethods();
            checkUntouched(CORE_CLASSES, untouched);
        }

        private ValueMethods() {
        }

        static void installed() {
            // the work is in the class initialisation
        }
    }

    private static int[] sizes(PyType[] types) {
        int[] sizes = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            sizes[i] = types[i].definedCount();
        }
        return sizes;
    }

    /** The two groups of installers must not define into each other's classes (installing one would miss some). */
    private static void checkUntouched(PyType[] types, int[] sizes) {
        for (int i = 0; i < types.length; i++) {
            if (types[i].definedCount() != sizes[i]) {
                throw new IllegalStateException("methods of " + types[i].name() + " installed with the wrong group");
            }
        }
    }

    private static PyType builtin(String name, boolean acceptableBase) {
        return PyType.builtin(name, "builtins", Layout.BUILTIN, acceptableBase, OBJECT);
    }

    /** Defines a method of a builtin class. */
    static void method(PyType type, String name, MethodDescriptor.Impl impl) {
        type.define(name, new MethodDescriptor(name, type, impl));
    }

    /** Defines a method taking no arguments. */
    static void method0(PyType type, String name, Function<Object, Object> impl) {
        String qualified = type.name() + "." + name;
        method(type, name, (self, args, kwnames) -> {
            Args.none(qualified, args, kwnames);
            return impl.apply(self);
        });
    }

    /** Defines a method taking exactly one argument ({@code list.append() takes exactly one argument}). */
    static void method1(PyType type, String name, java.util.function.BiFunction<Object, Object, Object> impl) {
        String qualified = type.name() + "." + name;
        method(type, name, (self, args, kwnames) -> impl.apply(self, Args.one(qualified, args, kwnames)));
    }

    /** Defines a computed attribute of a builtin class; {@code setter} may be null (read-only). */
    static void getset(PyType type, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        type.define(name, new PyGetSet(name, type, getter, setter));
    }

    /** Defines a class method of a builtin class: {@code impl} receives the class as its first argument. */
    static void classMethod(PyType type, String name, PyCallable impl) {
        type.define(name, new PyClassMethod(new BuiltinFunction(name, impl)));
    }
}
