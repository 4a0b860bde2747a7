package org.loopscope.script.runtime;

/** {@code sys.stdout} and {@code sys.stderr}: text streams writing to the run's {@link Output}. */
public final class PyTextStream extends PyObject {

    private final RunContext context;
    private final Output.Stream stream;

    PyTextStream(RunContext context, Output.Stream stream) {
        this.context = context;
        this.stream = stream;
    }

    @Override
    public PyType type() {
        return Types.TEXT_IO;
    }

    /** Which stream this is. */
    public Output.Stream stream() {
        return stream;
    }

    /** {@code write(text)}: appends the text. */
    public void write(String text) {
        context.output().write(stream, text);
    }

    /** {@code flush()}. */
    public void flush() {
        context.output().flush(stream);
    }

    String name() {
        return stream == Output.Stream.STDOUT ? "<stdout>" : "<stderr>";
    }

    static void install() {
        PyType t = Types.TEXT_IO;
        Types.method1(t, "write", (self, text) -> {
            if (!(text instanceof String s)) {
                throw Errors.typeError("write() argument must be str, not " + Py.typeName(text));
            }
            ((PyTextStream) self).write(s);
            return Ints.box(Strs.length(s));
        });
        Types.method0(t, "flush", self -> {
            ((PyTextStream) self).flush();
            return Types.NONE;
        });
        Types.method0(t, "isatty", self -> false);
        Types.method0(t, "writable", self -> true);
        Types.getset(t, "name", self -> ((PyTextStream) self).name(), null);
        Types.getset(t, "mode", self -> "w", null);
        Types.getset(t, "encoding", self -> "utf-8", null);
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name='" + name() + "' mode='w' encoding='utf-8'>";
    }
}
