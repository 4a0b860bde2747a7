package org.loopscope.script.interp;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.HasDict;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDescriptor;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyMethod;
import org.loopscope.script.runtime.PyObject;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * A function defined by {@code def} or {@code lambda}: code, globals, defaults and closure. Calling it binds the
 * arguments to a new frame with CPython's rules and messages, then runs the frame, or, for generator and
 * coroutine functions, wraps the frame in a generator or coroutine object. Found on a class, it binds to the
 * instance as a method.
 */
public final class PyFunction extends PyObject implements PyCallable, PyDescriptor, HasDict {

    final Interpreter interp;
    CodeObject code;
    final PyDict globals;
    String name;
    String qualname;
    Object[] defaults;
    PyDict kwdefaults;
    final PyCell[] closure;
    Object doc;
    Object module;
    PyDict annotations;
    private PyDict dict;
    /** Plain positional parameters only, no cells: calls with exactly argcount positional arguments go fast. */
    boolean simple;

    PyFunction(Interpreter interp, CodeObject code, PyDict globals, PyCell[] closure) {
        this.interp = interp;
        this.code = code;
        this.globals = globals;
        this.name = code.name();
        this.qualname = code.qualname();
        this.closure = closure;
        this.doc = code.doc() != null ? code.doc() : org.loopscope.script.runtime.Py.NONE;
        Object mod = globals.getStr("__name__");
        this.module = mod != null ? mod : org.loopscope.script.runtime.Py.NONE;
        updateSimple();
    }

    void updateSimple() {
        simple = code.kwonlyargcount() == 0 && !code.has(CodeObject.VARARGS | CodeObject.VARKEYWORDS)
                && code.cellCount() == 0 && code.freeCount() == 0
                && !code.has(CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR);
    }

    @Override
    public PyType type() {
        return InterpTypes.FUNCTION;
    }

    /** The code object. */
    public CodeObject code() {
        return code;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}. */
    public String qualname() {
        return qualname;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public PyDict dictOrNull() {
        return dict;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        return instance == null ? this : new PyMethod(this, instance);
    }

    @Override
    public boolean isMethod() {
        return true;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        Frame frame = newFrame(args, 0, args.length - nkw, kwnames);
        return run(frame);
    }

    /** Runs a bound frame: executes it, or wraps it in a generator, coroutine or async generator. */
    Object run(Frame frame) {
        int flags = code.flags();
        if ((flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0) {
            if ((flags & CodeObject.COROUTINE) != 0) {
                return new PyCoroutine(interp, frame, this);
            }
            if ((flags & CodeObject.ASYNC_GENERATOR) != 0) {
                return new PyAsyncGenerator(interp, frame, this);
            }
            return new PyGenerator(interp, frame, this);
        }
        return Eval.execute(interp, frame);
    }

    /** A frame for this function with arguments bound: {@code npos} positional values at {@code args[offset]}, then
     * the values of {@code kwnames}. */
    Frame newFrame(Object[] args, int offset, int npos, String[] kwnames) {
        Frame f = new Frame(code, globals, interp.builtins, null);
        Object[] fast = f.fast;
        int argcount = code.argcount();
        if (simple && npos == argcount && (kwnames == null || kwnames.length == 0)) {
            System.arraycopy(args, offset, fast, 0, npos);
            return f;
        }
        bind(fast, args, offset, npos, kwnames);
        f.initCells(closure);
        return f;
    }

    private void bind(Object[] fast, Object[] args, int offset, int npos, String[] kwnames) {
        CodeObject co = code;
        int argcount = co.argcount();
        int kwonly = co.kwonlyargcount();
        int total = argcount + kwonly;
        boolean varargs = co.has(CodeObject.VARARGS);
        boolean varkw = co.has(CodeObject.VARKEYWORDS);
        String[] varnames = co.localNames();
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            fast[total + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(npos, argcount);
        System.arraycopy(args, offset, fast, 0, n);
        if (varargs) {
            fast[total] = npos > n ? PyTuple.copyOf(args, offset + n, offset + npos) : PyTuple.EMPTY;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        List<String> posonlyAsKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            Object value = args[offset + npos + k];
            int j = -1;
            for (int i = co.posonlyargcount(); i < total; i++) {
                if (varnames[i].equals(key)) {
                    j = i;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict == null) {
                    for (int i = 0; i < co.posonlyargcount(); i++) {
                        if (varnames[i].equals(key)) {
                            if (posonlyAsKeyword == null) {
                                posonlyAsKeyword = new ArrayList<>();
                            }
                            posonlyAsKeyword.add(key);
                        }
                    }
                    if (posonlyAsKeyword != null) {
                        continue;
                    }
                    throw Errors.typeError(qualname + "() got an unexpected keyword argument '" + key + "'");
                }
                kwdict.put(key, value);
                continue;
            }
            if (fast[j] != null) {
                throw Errors.typeError(qualname + "() got multiple values for argument '" + key + "'");
            }
            fast[j] = value;
        }
        if (posonlyAsKeyword != null) {
            throw Errors.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKeyword) + "'");
        }
        if (npos > argcount && !varargs) {
            tooManyPositional(fast, npos, argcount, total);
        }
        if (npos < argcount) {
            int defcount = defaults == null ? 0 : defaults.length;
            int m = argcount - defcount;
            List<String> missing = new ArrayList<>();
            for (int i = npos; i < m; i++) {
                if (fast[i] == null) {
                    missing.add(varnames[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw missing(missing, "positional");
            }
            for (int i = Math.max(npos, m); i < argcount; i++) {
                if (fast[i] == null) {
                    fast[i] = defaults[i - m];
                }
            }
        }
        if (kwonly > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < total; i++) {
                if (fast[i] != null) {
                    continue;
                }
                Object def = kwdefaults == null ? null : kwdefaults.getStr(varnames[i]);
                if (def != null) {
                    fast[i] = def;
                } else {
                    missing.add(varnames[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw missing(missing, "keyword-only");
            }
        }
    }

    private void tooManyPositional(Object[] fast, int given, int argcount, int total) {
        int kwonlyGiven = 0;
        for (int i = argcount; i < total; i++) {
            if (fast[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = defaults == null ? 0 : defaults.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            sig = "from " + (argcount - defcount) + " to " + argcount;
            plural = true;
        } else {
            sig = String.valueOf(argcount);
            plural = argcount != 1;
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        throw Errors.typeError(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private RuntimeException missing(List<String> names, String kind) {
        int n = names.size();
        String list;
        if (n == 1) {
            list = "'" + names.get(0) + "'";
        } else if (n == 2) {
            list = "'" + names.get(0) + "' and '" + names.get(1) + "'";
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (i == n - 1) {
                    sb.append("and ");
                }
                sb.append('\'').append(names.get(i)).append('\'');
            }
            list = sb.toString();
        }
        return Errors.typeError(qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + list);
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at " + Identity.address(this) + ">";
    }
}
