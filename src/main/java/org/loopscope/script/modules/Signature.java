package org.loopscope.script.modules;

import java.util.ArrayList;
import java.util.List;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyTuple;

/**
 * The parameters of a library function that CPython writes in Python ({@code asyncio.sleep(delay, result=None)}),
 * so that binding arguments fails with the messages of a Python function: "sleep() missing 1 required positional
 * argument: 'delay'", "got an unexpected keyword argument", and so on.
 *
 * <p>Written as in a {@code def}: {@code "sleep(delay, result=None)"}, {@code "gather(*aws, return_exceptions=)"},
 * {@code "create_task(coro, *, name=)"}. Text after {@code =} is ignored; a parameter with {@code =} is optional and
 * binds to null when not given.
 */
public final class Signature {

    private final String qualname;
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> optional = new ArrayList<>();
    private int positional;
    private int varargs = -1;
    private int varkw = -1;

    private Signature(String qualname) {
        this.qualname = qualname;
    }

    /** Parses {@code "name(params)"}. */
    public static Signature of(String spec) {
        int open = spec.indexOf('(');
        Signature s = new Signature(spec.substring(0, open));
        String body = spec.substring(open + 1, spec.lastIndexOf(')')).strip();
        boolean kwonly = false;
        if (!body.isEmpty()) {
            for (String part : body.split(",")) {
                String p = part.strip();
                if (p.equals("*")) {
                    kwonly = true;
                } else if (p.startsWith("**")) {
                    s.varkw = s.names.size();
                    s.names.add(p.substring(2));
                    s.optional.add(true);
                } else if (p.startsWith("*")) {
                    kwonly = true;
                    s.varargs = s.names.size();
                    s.names.add(p.substring(1));
                    s.optional.add(true);
                } else {
                    int eq = p.indexOf('=');
                    s.names.add(eq < 0 ? p : p.substring(0, eq).strip());
                    s.optional.add(eq >= 0);
                    if (!kwonly) {
                        s.positional++;
                    }
                }
            }
        }
        return s;
    }

    /**
     * Binds a vectorcall: one value per parameter in order, null for optional ones not given; {@code *args} binds
     * to an {@code Object[]}, {@code **kwargs} to a dict.
     */
    public Object[] bind(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        Object[] out = new Object[names.size()];
        boolean[] set = new boolean[names.size()];
        int n = Math.min(npos, positional);
        for (int i = 0; i < n; i++) {
            out[i] = args[i];
            set[i] = true;
        }
        if (npos > positional) {
            if (varargs < 0) {
                tooMany(npos, nkw, kwnames);
            }
            Object[] rest = new Object[npos - positional];
            System.arraycopy(args, positional, rest, 0, rest.length);
            out[varargs] = rest;
        } else if (varargs >= 0) {
            out[varargs] = new Object[0];
        }
        PyDict extra = varkw >= 0 ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            int j = indexOf(key);
            if (j < 0 || j == varargs || j == varkw) {
                if (extra == null) {
                    throw Errors.typeError(qualname + "() got an unexpected keyword argument '" + key + "'");
                }
                extra.put(key, args[npos + k]);
                continue;
            }
            if (set[j]) {
                throw Errors.typeError(qualname + "() got multiple values for argument '" + key + "'");
            }
            out[j] = args[npos + k];
            set[j] = true;
        }
        if (varkw >= 0) {
            out[varkw] = extra;
        }
        List<String> missingPositional = new ArrayList<>();
        List<String> missingKeyword = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!set[i] && !optional.get(i)) {
                (i < positional ? missingPositional : missingKeyword).add(names.get(i));
            }
        }
        if (!missingPositional.isEmpty()) {
            throw missing(missingPositional, "positional");
        }
        if (!missingKeyword.isEmpty()) {
            throw missing(missingKeyword, "keyword-only");
        }
        return out;
    }

    private int indexOf(String key) {
        return names.indexOf(key);
    }

    private void tooMany(int given, int nkw, String[] kwnames) {
        int required = 0;
        for (int i = 0; i < positional; i++) {
            if (!optional.get(i)) {
                required++;
            }
        }
        String sig = required < positional ? "from " + required + " to " + positional : String.valueOf(positional);
        boolean plural = required < positional || positional != 1;
        throw Errors.typeError(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but "
                + given + " " + (given == 1 ? "was" : "were") + " given");
    }

    private RuntimeException missing(List<String> missing, String kind) {
        int n = missing.size();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                list.append(n == 2 ? " and " : ", ");
            }
            if (n > 2 && i == n - 1) {
                list.append("and ");
            }
            list.append('\'').append(missing.get(i)).append('\'');
        }
        return Errors.typeError(qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + list);
    }

    /** The {@code *args} values as a tuple. */
    public static PyTuple tuple(Object varargs) {
        return PyTuple.of((Object[]) varargs);
    }
}
