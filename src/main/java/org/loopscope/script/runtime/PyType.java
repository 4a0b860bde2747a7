package org.loopscope.script.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: name, bases, C3 method resolution order and attribute dict. Builtin classes are made once
 * and are immutable; user classes are made by the VM with {@link #create}. Calling a class makes an instance
 * ({@code __new__} then {@code __init__}; builtin classes use their {@link Constructor}).
 */
public final class PyType extends PyObject implements PyCallable {

    /** How a builtin class turns {@code cls(*args, **kwargs)} into a value. */
    @FunctionalInterface
    public interface Constructor {
        /** Makes an instance of {@code cls} from the call's arguments (vectorcall convention). */
        Object construct(PyType cls, Object[] args, String[] kwnames);
    }

    private String name;
    private String qualname;
    private String module;
    private final PyType[] bases;
    private final PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private final boolean acceptableBase;
    private final Layout layout;
    private Constructor constructor;
    /** Whether its methods are installed with the value classes' ({@link Types#ensureValueMethods}). */
    private boolean valueClass;
    /** How many times its attributes changed after it was made (see {@link #mroVersion}). */
    private int version;

    private PyType(String name, String module, PyType[] bases, Layout layout, boolean builtin,
                   boolean acceptableBase) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.bases = bases;
        this.layout = layout;
        this.builtin = builtin;
        this.acceptableBase = acceptableBase;
        this.mro = bases.length == 0 ? new PyType[] {this} : linearize(this, bases);
    }

    /** A builtin class (made once, while the runtime's class tables initialise). */
    static PyType builtin(String name, String module, Layout layout, boolean acceptableBase, PyType... bases) {
        return new PyType(name, module, bases, layout, true, acceptableBase);
    }

    /**
     * Executes a {@code class} statement's last step, as {@code type(name, bases, namespace)}: checks the bases,
     * computes the MRO, and copies the namespace ({@code __module__} and {@code __qualname__} are taken from it).
     * Classes defining {@code __eq__} without {@code __hash__} become unhashable, as in CPython.
     */
    public static PyType create(String name, PyType[] bases, Map<String, Object> namespace) {
        PyType[] effective = bases.length == 0 ? new PyType[] {Types.OBJECT} : bases.clone();
        Layout layout = Layout.OBJECT;
        for (int i = 0; i < effective.length; i++) {
            PyType base = effective[i];
            if (!base.acceptableBase) {
                throw Errors.typeError("type '" + base.name + "' is not an acceptable base type");
            }
            for (int j = 0; j < i; j++) {
                if (effective[j] == base) {
                    throw Errors.typeError("duplicate base class " + base.name);
                }
            }
            if (base.layout == Layout.BUILTIN) {
                throw Errors.typeError("classes deriving from the builtin type '" + base.name + "' are not supported");
            }
            if (base.layout.extendsLayout(layout)) {
                layout = base.layout;
            } else if (!layout.extendsLayout(base.layout)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        PyType type = new PyType(name, "__main__", effective, layout, false, true);
        for (Map.Entry<String, Object> entry : namespace.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            switch (key) {
                case "__qualname__" -> type.qualname = Py.asJavaString(value, "__qualname__");
                case "__module__" -> {
                    type.module = value instanceof String s ? s : Reprs.str(value);
                    type.dict.put(key, value);
                }
                case "__new__" -> type.dict.put(key, value instanceof PyCallable && !(value instanceof PyStaticMethod)
                        && !(value instanceof PyClassMethod) ? new PyStaticMethod(value) : value);
                case "__init_subclass__", "__class_getitem__" -> type.dict.put(key,
                        value instanceof PyClassMethod ? value : new PyClassMethod(value));
                default -> type.dict.put(key, value);
            }
        }
        if (type.dict.containsKey("__eq__") && !type.dict.containsKey("__hash__")) {
            type.dict.put("__hash__", Py.NONE);
        }
        type.dict.putIfAbsent("__doc__", Py.NONE);
        for (Map.Entry<String, Object> entry : List.copyOf(type.dict.entrySet())) {
            PyType valueType = Py.type(entry.getValue());
            if (valueType.builtin && valueType != Types.PROPERTY) {
                // of the builtin classes only property has __set_name__; not looking keeps their methods uninstalled
                continue;
            }
            Object setName = valueType.lookup("__set_name__");
            if (setName != null) {
                PyOps.call(setName, entry.getValue(), type, entry.getKey());
            }
        }
        // a class deriving from object alone gets object.__init_subclass__, which does nothing (no need to look)
        Object hook = type.mro.length == 2 && type.mro[1] == Types.OBJECT ? Types.OBJECT_INIT_SUBCLASS
                : PySuper.lookupAfter(type, type, "__init_subclass__");
        if (hook != null && hook != Types.OBJECT_INIT_SUBCLASS) {
            PyOps.call(Attrs.bindDescriptor(hook, null, type));
        }
        return type;
    }

    /** C3 linearisation of {@code type} with {@code bases}, or CPython's TypeError. */
    private static PyType[] linearize(PyType type, PyType[] bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(Arrays.asList(base.mro)));
        }
        sequences.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> sequence : sequences) {
                PyType head = sequence.get(0);
                boolean inTail = sequences.stream().anyMatch(s -> s.indexOf(head) > 0);
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                List<String> names = new ArrayList<>();
                for (List<PyType> sequence : sequences) {
                    String candidate = sequence.get(0).name;
                    if (!names.contains(candidate)) {
                        names.add(candidate);
                    }
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            result.add(next);
            for (List<PyType> sequence : sequences) {
                if (sequence.get(0) == next) {
                    sequence.remove(0);
                }
            }
        }
    }

    @Override
    public PyType type() {
        return Types.TYPE;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}. */
    public String qualname() {
        return qualname;
    }

    /** {@code __module__}: {@code builtins}, {@code __main__}, {@code asyncio.exceptions}... */
    public String module() {
        return module;
    }

    /** The name CPython's messages use ({@code tp_name}): {@code __name__}, dotted for asyncio's C types. */
    public String cName() {
        // CPython's C types of asyncio are declared as "_asyncio.Task" and "_asyncio.Future".
        return builtin && module.equals("_asyncio") ? "_asyncio." + name : name;
    }

    /** The name of this class in a traceback's last line: qualified by its module unless builtins/__main__. */
    public String tracebackName() {
        return module.equals("builtins") || module.equals("__main__") ? qualname : module + "." + qualname;
    }

    /** {@code __bases__} (a copy). */
    public PyType[] bases() {
        return bases.clone();
    }

    /** {@code __mro__} (a copy). */
    public PyType[] mro() {
        return mro.clone();
    }

    PyType[] mroShared() {
        return mro;
    }

    // The attribute names instances may have when every class but object declares __slots__; see slotsOnly().
    private java.util.Set<String> slots;
    private boolean slotsKnown;

    /**
     * The names instances are limited to when this class and all its bases but {@code object} declare
     * {@code __slots__} without {@code __dict__} (instances then have no dict for other names); null otherwise.
     */
    public java.util.Set<String> slotsOnly() {
        if (!slotsKnown) {
            slots = computeSlots();
            slotsKnown = true;
        }
        return slots;
    }

    private java.util.Set<String> computeSlots() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (PyType t : mro) {
            if (t == Types.OBJECT) {
                continue;
            }
            Object declared = t.builtin ? null : t.dict.get("__slots__");
            if (declared == null) {
                return null;
            }
            if (declared instanceof String one) {
                names.add(one);
            } else {
                Object it = PyOps.iter(declared);
                for (Object n = PyOps.next(it); n != PyIterator.STOP; n = PyOps.next(it)) {
                    names.add(PyOps.str(n));
                }
            }
        }
        return names.contains("__dict__") ? null : names;
    }

    /** Whether this is a builtin class (its attributes cannot be set). */
    public boolean isBuiltin() {
        return builtin;
    }

    /** How instances are stored. */
    public Layout layout() {
        return layout;
    }

    /** Whether this class is {@code other} or derives from it. */
    public boolean isSubtype(PyType other) {
        if (this == other || other == Types.OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The attribute {@code name} from the first class of the MRO that has it, unbound; null if none has. */
    public Object lookup(String name) {
        Types.ensureMethods();
        for (PyType t : mro) {
            if (t.valueClass) {
                Types.ensureValueMethods();
            }
            Object value = t.dict.get(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * A number that changes whenever an attribute of this class or of a class of its MRO is set or deleted: what
     * {@link #lookup} answers for a name stays the same while it does (a cache of lookups checks it).
     */
    public long mroVersion() {
        long sum = 0;
        for (PyType t : mro) {
            sum += t.version;
        }
        return sum;
    }

    /** The class's own attributes (not its bases'), in definition order. */
    public Map<String, Object> ownDict() {
        Types.ensureMethods();
        if (valueClass) {
            Types.ensureValueMethods();
        }
        return java.util.Collections.unmodifiableMap(dict);
    }

    /** Sets an attribute of a user class ({@code cls.x = v}); builtin classes refuse as CPython's do. */
    public void setAttribute(String key, Object value) {
        if (builtin) {
            throw Errors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
        }
        switch (key) {
            case "__name__" -> name = Py.asJavaString(value, "__name__");
            case "__qualname__" -> qualname = Py.asJavaString(value, "__qualname__");
            default -> {
                if (key.equals("__module__")) {
                    module = value instanceof String s ? s : Reprs.str(value);
                }
                dict.put(key, value);
                version++;
            }
        }
    }

    /** Removes an attribute of a user class; false if it has none of that name. */
    public boolean deleteAttribute(String key) {
        if (builtin) {
            throw Errors.typeError("cannot delete '" + key + "' attribute of immutable type '" + name + "'");
        }
        version++;
        return dict.remove(key) != null;
    }

    /** Marks a builtin class whose methods come with the value classes' ({@link Types#ensureValueMethods}). */
    void markValueClass() {
        valueClass = true;
    }

    /** How many attributes the class defines itself (for the checks of {@link Types}). */
    int definedCount() {
        return dict.size();
    }

    /** Adds an attribute while a builtin class is being set up. */
    void define(String key, Object value) {
        dict.put(key, value);
        version++;
    }

    /**
     * A new builtin class for objects implemented in Java elsewhere in the script layer (the VM's functions,
     * generators and coroutines): immutable from Python, not subclassable, printed by the objects' own
     * {@code toString}; fill it with {@link #defineBuiltinAttribute}.
     */
    public static PyType builtinClass(String name, String module, PyType base) {
        PyType type = new PyType(name, module, new PyType[] {base}, Layout.BUILTIN, true, false);
        return type;
    }

    /**
     * Installs an attribute of a builtin class that the runtime declares but leaves empty for another part of the
     * script layer to fill: the asyncio module gives {@link Types#FUTURE} and {@link Types#TASK} their methods
     * this way, once, when its own classes are set up. Refuses user classes (they have {@link #setAttribute}).
     */
    public void defineBuiltinAttribute(String key, Object value) {
        if (!builtin) {
            throw new IllegalStateException("not a builtin class: " + name);
        }
        dict.put(key, value);
        version++;
    }

    /** Sets how calling such a builtin class makes an instance ({@code asyncio.Future()}). */
    public void defineBuiltinConstructor(Constructor value) {
        if (!builtin) {
            throw new IllegalStateException("not a builtin class: " + name);
        }
        constructor = value;
    }

    void constructor(Constructor value) {
        constructor = value;
    }

    Constructor constructor() {
        Types.ensureMethods();
        return constructor;
    }

    void setModule(String value) {
        module = value;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Types.ensureMethods();
        if (constructor != null) {
            return constructor.construct(this, args, kwnames);
        }
        return Instances.construct(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + (module.equals("builtins") ? qualname : module + "." + qualname) + "'>";
    }
}
