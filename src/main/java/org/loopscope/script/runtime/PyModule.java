package org.loopscope.script.runtime;

/** A module: a name and a namespace dict ({@code __main__}, {@code asyncio}, {@code builtins}...). */
public final class PyModule extends PyObject implements HasDict {

    private final String name;
    private final PyDict dict;
    private final String file;

    /** A module named {@code name}, built in (no file) unless {@code file} is given. */
    public PyModule(String name, String file) {
        this.name = name;
        this.file = file;
        this.dict = new PyDict();
        dict.put("__name__", name);
        dict.put("__doc__", Py.NONE);
        if (file != null) {
            dict.put("__file__", file);
        }
    }

    /**
     * The module a script runs as ({@code __main__}), with the globals CPython gives it, in its order:
     * {@code __name__}, {@code __doc__}, {@code __package__}, {@code __loader__}, {@code __spec__},
     * {@code __annotations__}, {@code __builtins__}, {@code __file__}, {@code __cached__}.
     */
    public static PyModule script(String name, String file, PyModule builtins, Object loader) {
        PyModule m = new PyModule(name, file);
        PyDict d = m.dict;
        d.clear();
        d.put("__name__", name);
        d.put("__doc__", Py.NONE);
        d.put("__package__", Py.NONE);
        d.put("__loader__", loader);
        d.put("__spec__", Py.NONE);
        d.put("__annotations__", new PyDict());
        d.put("__builtins__", builtins);
        d.put("__file__", file);
        d.put("__cached__", Py.NONE);
        return m;
    }

    @Override
    public PyType type() {
        return Types.MODULE;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** The namespace ({@code __dict__}, the module's globals). */
    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public String toString() {
        return file == null ? "<module '" + name + "' (built-in)>" : "<module '" + name + "' from '" + file + "'>";
    }
}
