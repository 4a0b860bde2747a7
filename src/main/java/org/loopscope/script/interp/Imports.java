package org.loopscope.script.interp;

import java.util.HashMap;
import java.util.Map;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyModule;
import org.loopscope.script.runtime.PyOps;

/**
 * {@code import} for a run: the supported modules are made on first import and kept ({@code sys.modules});
 * anything else is CPython's {@code ModuleNotFoundError}. Scripts never reach files, Java or the host.
 */
final class Imports {

    private final Interpreter interp;
    private final ModuleFactory factory;
    private final Map<String, PyModule> modules = new HashMap<>();
    /** {@code sys.modules}: kept in step with {@link #modules}. */
    final PyDict sysModules = new PyDict();

    Imports(Interpreter interp, ModuleFactory factory) {
        this.interp = interp;
        this.factory = factory;
    }

    /** What {@code __main__.__loader__} is: an object that only prints like CPython's loader. */
    static final class Loader extends org.loopscope.script.runtime.PyObject {
        static final org.loopscope.script.runtime.PyType TYPE = Native.newType("SourceFileLoader",
                "_frozen_importlib_external", null, ns -> { });

        @Override
        public org.loopscope.script.runtime.PyType type() {
            return TYPE;
        }

        @Override
        public String toString() {
            return "<_frozen_importlib_external.SourceFileLoader object at "
                    + org.loopscope.script.runtime.Identity.address(this) + ">";
        }
    }

    void register(String name, PyModule module) {
        modules.put(name, module);
        sysModules.put(name, module);
    }

    /** The loaded modules ({@code sys.modules}). */
    Map<String, PyModule> loaded() {
        return modules;
    }

    /** The module {@code name}, importing it if needed. */
    PyModule module(String name) {
        PyModule m = modules.get(name);
        if (m == null) {
            m = factory.create(name, interp);
            if (m == null) {
                PyException error = Errors.of(ExcTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
                PyOps.setattr(error, "name", name);
                throw error;
            }
            register(name, m);
        }
        return m;
    }

    /** IMPORT_NAME: the top package for {@code import a.b}, the module itself with a fromlist. */
    Object importName(String name, Object fromlist, Object level) {
        if (level instanceof Long l && l > 0) {
            throw Errors.of(ExcTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] parts = name.split("\\.");
        PyModule top = module(parts[0]);
        String prefix = parts[0];
        PyModule last = top;
        for (int i = 1; i < parts.length; i++) {
            prefix = prefix + "." + parts[i];
            Object sub = Attrs.getattrOrNull(last, parts[i]);
            if (sub == null && factory.names().contains(prefix)) {
                // A submodule is imported on first use and becomes an attribute of its package, as in CPython.
                sub = module(prefix);
                last.dict().put(parts[i], sub);
            }
            if (!(sub instanceof PyModule m)) {
                PyException error = Errors.of(ExcTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + prefix
                        + "'; '" + last.name() + "' is not a package");
                throw error;
            }
            last = m;
        }
        boolean hasFromlist = fromlist instanceof String[] names && names.length > 0;
        return hasFromlist ? last : top;
    }

    /** IMPORT_FROM: {@code from module import name}. */
    Object importFrom(Object module, String name) {
        Object value = Attrs.getattrOrNull(module, name);
        if (value != null) {
            return value;
        }
        String moduleName = module instanceof PyModule m ? m.name() : "?";
        Object file = module instanceof PyModule m ? m.dict().getStr("__file__") : null;
        String where = file instanceof String f ? f : "unknown location";
        PyException error = Errors.of(ExcTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + moduleName
                + "' (" + where + ")");
        return throwIt(error);
    }

    private static Object throwIt(PyException error) {
        throw error;
    }

    /** IMPORT_STAR: the module's public names ({@code __all__}, or those without a leading underscore). */
    void importStar(Object module, PyDict into) {
        PyDict dict = ((PyModule) module).dict();
        Object all = dict.getStr("__all__");
        if (all != null) {
            Object it = PyOps.iter(all);
            for (Object n = PyOps.next(it); n != PyIterator.STOP; n = PyOps.next(it)) {
                into.put(n, PyOps.getattr(module, (String) n));
            }
            return;
        }
        for (int e = dict.next(0); e >= 0; e = dict.next(e + 1)) {
            Object key = dict.keyAt(e);
            if (key instanceof String s && !s.startsWith("_")) {
                into.put(s, dict.valueAt(e));
            }
        }
        Py.nn(null);
    }
}
