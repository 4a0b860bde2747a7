package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Compiler;
import org.loopscope.script.runtime.BuiltinFunction;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;
import org.loopscope.script.syntax.Module;
import org.loopscope.script.syntax.Parser;
import org.loopscope.script.syntax.PySyntaxError;

/**
 * {@code eval}, {@code exec} and {@code compile}: source text goes through the same parser and compiler as the
 * script and runs on the same VM, in the same sandbox, with the namespaces CPython would use (the caller's globals
 * and locals unless given). Compile errors become Python {@code SyntaxError}s located in {@code "<string>"}.
 */
final class Evaluation {

    private static final String STRING = "<string>";

    private Evaluation() {
    }

    static void install(Interpreter in, PyDict builtins) {
        builtins.put("eval", new BuiltinFunction("eval", (a, k) -> run(in, "eval", a, k)));
        builtins.put("exec", new BuiltinFunction("exec", (a, k) -> run(in, "exec", a, k)));
        builtins.put("compile", new BuiltinFunction("compile", (a, k) -> compile(a, k)));
    }

    private static final String[] COMPILE_PARAMS = {"source", "filename", "mode", "flags", "dont_inherit",
        "optimize"};

    private static Object run(Interpreter in, String fn, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(fn + "() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 3) {
            throw Errors.typeError(a.length == 0 ? fn + " expected at least 1 argument, got 0"
                    : fn + " expected at most 3 arguments, got " + a.length);
        }
        Object source = a[0];
        Object globals = a.length > 1 ? a[1] : Py.NONE;
        Object locals = a.length > 2 ? a[2] : Py.NONE;
        if (!Py.isNone(globals) && !(globals instanceof PyDict)) {
            throw Errors.typeError(fn.equals("eval") ? "globals must be a dict"
                    : "exec() globals must be a dict, not " + Py.typeName(globals));
        }
        if (!Py.isNone(locals) && !(locals instanceof PyDict)) {
            throw Errors.typeError(fn.equals("eval") ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + Py.typeName(locals));
        }
        CodeObject code;
        if (source instanceof CodeRef ref) {
            code = ref.code();
        } else if (source instanceof String text) {
            code = compileText(fn.equals("eval") ? stripLeading(text) : text, STRING, fn);
        } else {
            throw Errors.typeError(fn.equals("eval") ? "eval() arg 1 must be a string, bytes or code object"
                    : "exec() arg 1 must be a string, bytes or code object");
        }
        Frame caller = in.frame;
        PyDict g;
        PyDict l;
        if (Py.isNone(globals)) {
            g = caller.globals;
            l = Py.isNone(locals) ? FrameBuiltins.locals(caller) : (PyDict) locals;
        } else {
            g = (PyDict) globals;
            l = Py.isNone(locals) ? g : (PyDict) locals;
        }
        PyDict b = builtinsOf(in, g);
        Frame f = new Frame(code, g, b, l);
        Object result = Eval.execute(in, f);
        return fn.equals("eval") ? result : Py.NONE;
    }

    /** The builtins a namespace runs with: its {@code __builtins__}, put there if missing, as CPython does. */
    private static PyDict builtinsOf(Interpreter in, PyDict globals) {
        Object b = globals.getStr("__builtins__");
        if (b == null) {
            globals.put("__builtins__", in.builtins);
            return in.builtins;
        }
        if (b instanceof PyDict d) {
            return d;
        }
        if (b instanceof PyModule m) {
            return m.dict();
        }
        return in.builtins;
    }

    private static Object compile(Object[] a, String[] k) {
        Object[] v = bindCompile(a, k);
        Object source = v[0];
        Object mode = v[2];
        if (!(mode instanceof String m) || !(m.equals("exec") || m.equals("eval") || m.equals("single"))) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (source instanceof CodeRef) {
            return source;
        }
        if (!(source instanceof String text)) {
            throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        String filename = org.loopscope.script.runtime.PyOps.str(v[1]);
        return new CodeRef(compileText(m.equals("eval") ? stripLeading(text) : text, filename, m));
    }

    private static Object[] bindCompile(Object[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos > COMPILE_PARAMS.length) {
            throw Errors.typeError("compile() takes at most 6 arguments (" + npos + " given)");
        }
        Object[] v = new Object[COMPILE_PARAMS.length];
        System.arraycopy(a, 0, v, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int at = java.util.Arrays.asList(COMPILE_PARAMS).indexOf(k[i]);
            if (at < 0 && !k[i].equals("_feature_version")) {
                throw Errors.typeError("compile() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (at >= 0) {
                v[at] = a[npos + i];
            }
        }
        for (int i = 0; i < 3; i++) {
            if (v[i] == null) {
                throw Errors.typeError("compile() missing required argument '" + COMPILE_PARAMS[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return v;
    }

    private static CodeObject compileText(String text, String filename, String mode) {
        if (text.indexOf('\0') >= 0) {
            throw Errors.of(ExcTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        try {
            if (mode.equals("eval")) {
                Module module = Parser.parseEval(text, filename);
                return Compiler.compileEval(module, Constants.INSTANCE);
            }
            return Compiler.compile(Parser.parseModule(text, filename), Constants.INSTANCE);
        } catch (PySyntaxError e) {
            throw toPython(e);
        } catch (Constants.UnsupportedLiteral e) {
            throw Errors.of(ExcTypes.SYNTAX_ERROR, e.getMessage());
        }
    }

    /** eval() ignores leading spaces and tabs, as CPython does. */
    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(i);
    }

    /** The Python exception for a compile error. */
    static PyException toPython(PySyntaxError e) {
        switch (e.kind()) {
            case RECURSION_ERROR:
                return Errors.of(ExcTypes.RECURSION_ERROR, e.message());
            case MEMORY_ERROR:
                return Errors.of(ExcTypes.MEMORY_ERROR);
            default:
                break;
        }
        PyType type = switch (e.kind()) {
            case INDENTATION_ERROR -> ExcTypes.INDENTATION_ERROR;
            case TAB_ERROR -> ExcTypes.TAB_ERROR;
            default -> ExcTypes.SYNTAX_ERROR;
        };
        Object info = PyTuple.of(e.filename(), orNone(e.line()), orNone(e.column()),
                e.text() == null ? Py.NONE : e.text(), orNone(e.endLine()), orNone(e.endColumn()));
        return (PyException) type.call(new Object[] {e.message(), info}, null);
    }

    private static Object orNone(int value) {
        return value < 0 ? Py.NONE : Py.integer(value);
    }
}
