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
