package org.loopscope.script.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.loopscope.engine.Engine;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Compiler;
import org.loopscope.script.interp.Constants;
import org.loopscope.script.interp.Interpreter;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Parser;

/**
 * The standard modules written in Python and run by the VM itself ({@code contextlib}, {@code typing}...): each is a
 * resource under {@code org/loopscope/script/lib}, parsed and run only when a script first imports it. Its
 * {@code __file__} (and so its frames in tracebacks) is the path CPython 3.11's own module has.
 */
final class SourceModules {

    /** The modules with a Python source among the resources. */
    static final Set<String> NAMES = Set.of("typing", "contextlib", "collections", "itertools", "operator",
            "heapq", "bisect", "string", "copy", "dataclasses", "enum", "json", "abc", "inspect", "statistics",
            "logging", "traceback", "textwrap", "datetime", "__future__", "collections.abc", "os", "posixpath",
            "genericpath");

    /**
     * The modules CPython 3.11 freezes into its binary: their frames in a traceback name {@code <frozen NAME>} and
     * show no source line, as CPython's do; {@code __file__} is still the path of the source.
     */
    static final Set<String> FROZEN = Set.of("os", "posixpath", "genericpath");

    /** Java modules with a part written in Python, loaded when the program first asks for a name they lack. */
    static final Set<String> EXTENDED = Set.of("functools", "time");

    /** Where CPython 3.11's standard library lives on the reference machine. */
    static final String LIB =
            Engine.CPYTHON_ASYNCIO.substring(0, Engine.CPYTHON_ASYNCIO.length() - "/asyncio".length());

    private static final java.util.concurrent.ConcurrentMap<String, Module> PARSED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private SourceModules() {
    }

    /** CPython's path of the module {@code name}'s source. */
    static String path(String name) {
        if (name.equals("collections") || name.equals("json") || name.equals("logging")) {
            return LIB + "/" + name + "/__init__.py";
        }
        return LIB + "/" + name.replace('.', '/') + ".py";
    }

    /** Imports the source module {@code name}: registered first, so that imports among library modules work. */
    static PyModule load(String name, Interpreter interp) {
        String path = path(name);
        // The tree is immutable and the same for every run: parsed once per JVM (the app replays runs often).
        String codeFile = FROZEN.contains(name) ? "<frozen " + name + ">" : path;
        Module tree = PARSED.computeIfAbsent(name, n -> Parser.parseModule(read(n), codeFile));
        CodeObject code = Compiler.compile(tree, Constants.INSTANCE);
        PyModule module = PyModule.script(name, path, interp.modules().get("builtins"), Py.NONE);
        interp.registerModule(name, module);
        LibraryNatives.install(name, module.dict(), interp);
        try {
            interp.runModule(code, module);
        } catch (RuntimeException e) {
            interp.sysModules().remove(name);
            interp.modules().remove(name);
            throw e;
        }
        return module;
    }

    /**
     * Gives the Java module {@code module} a module {@code __getattr__} (PEP 562) that, on the first name it lacks,
     * runs the module's Python part into it; importing the module costs nothing more until then.
     */
    static PyModule withPythonPart(PyModule module, String name, Interpreter interp) {
        PyDict d = module.dict();
        d.put("__getattr__", new org.loopscope.script.runtime.BuiltinFunction("__getattr__", (a, k) -> {
            String attr = (String) org.loopscope.script.interp.Native.oneArg("__getattr__", a, k);
            if (d.getStr("__getattr__") != null) {
                d.remove("__getattr__");
                Module tree = PARSED.computeIfAbsent(name, n -> Parser.parseModule(read(n), path(n)));
                interp.runModule(Compiler.compile(tree, Constants.INSTANCE), module);
            }
            Object value = d.getStr(attr);
            if (value == null) {
                throw org.loopscope.script.runtime.Errors.attributeError("module '" + name
                        + "' has no attribute '" + attr + "'");
            }
            return value;
        }));
        return module;
    }

    static String read(String name) {
        try (InputStream in = SourceModules.class.getResourceAsStream("/org/loopscope/script/lib/" + name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("missing library source " + name);
            }
            return placeLines(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.regex.Pattern LINE_MARK = java.util.regex.Pattern.compile("\\s*# line (\\d+)$");

    /**
     * Moves each line that ends in a {@code # line N} comment to line {@code N} (by inserting empty lines before it)
     * and drops the comment: the frames a traceback shows inside the module then name CPython's line numbers, with
     * CPython's text.
     */
    static String placeLines(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length() + 1024);
        int at = 1;
        for (String line : lines) {
            java.util.regex.Matcher m = LINE_MARK.matcher(line);
            if (m.find()) {
                int target = Integer.parseInt(m.group(1));
                if (target < at) {
                    throw new IllegalStateException("library line " + target + " placed after line " + at);
                }
                for (; at < target; at++) {
                    out.append('\n');
                }
                line = line.substring(0, m.start());
            }
            out.append(line).append('\n');
            at++;
        }
        return out.toString();
    }

    /** The source text of a library module's line, for tracebacks (null for an unknown file or line). */
    static String sourceLine(String file, int line) {
        if (!file.startsWith(LIB + "/") || line < 1) {
            return null;
        }
        String name = file.substring(LIB.length() + 1, file.length() - 3).replace("/__init__", "").replace('/', '.');
        if (!NAMES.contains(name) && !EXTENDED.contains(name)) {
            return null;
        }
        String[] lines = read(name).split("\n", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }
}
