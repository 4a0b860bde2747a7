package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyType;

/**
 * What the VM keeps per code object to make calls cheap: a few finished frames to reuse (a plain function's frame
 * is referenced by nothing once its call returns), where each global name was last found in the globals dict, and
 * the instructions with superinstructions.
 */
final class CodeData {

    /**
     * How many finished frames a code object keeps at most: enough for a recursion as deep as a program's usual
     * ones, so that going down again after coming back up reuses frames instead of making new ones.
     */
    private static final int POOL = 64;

    private Frame[] pool = new Frame[4];
    private int pooled;
    private PyDict cachedGlobals;
    private final int[] globalEntry;
    /** The instructions the dispatch loop runs: the code's, with superinstructions ({@link Quick}). */
    final int[] quick;
    /**
     * What each LOAD_METHOD instruction last found, by instruction index: the class, its {@link PyType#mroVersion}
     * then, and {@link Attrs#typeMethod}'s answer (made on first use).
     */
    private PyType[] methodClass;
    private long[] methodVersion;
    private Object[] methodFound;

    private CodeData(CodeObject code) {
        quick = Quick.quicken(code);
        globalEntry = new int[code.names().length];
        java.util.Arrays.fill(globalEntry, -1);
    }

    static CodeData of(CodeObject code) {
        Object data = code.vmData;
        if (data instanceof CodeData cd) {
            return cd;
        }
        CodeData cd = new CodeData(code);
        code.vmData = cd;
        return cd;
    }

    /** A frame for a call of {@code code}: a pooled one if there is one for the same namespaces. */
    Frame take(CodeObject code, PyDict globals, PyDict builtins) {
        if (pooled > 0) {
            Frame f = pool[--pooled];
            pool[pooled] = null;
            if (f.globals == globals && f.builtins == builtins) {
                return f;
            }
        }
        return new Frame(code, globals, builtins, null);
    }

    /** Returns a frame whose call has finished. */
    void give(Frame f) {
        if (pooled == pool.length) {
            if (pooled == POOL) {
                return;
            }
            pool = java.util.Arrays.copyOf(pool, pooled * 2);
        }
        f.reset();
        pool[pooled++] = f;
    }

    /** {@link Attrs#typeMethod} of {@code type} for the LOAD_METHOD at {@code index}, from its cache when valid. */
    Object typeMethod(int index, PyType type, String name) {
        if (methodClass == null) {
            methodClass = new PyType[quick.length];
            methodVersion = new long[quick.length];
            methodFound = new Object[quick.length];
        }
        long version = type.mroVersion();
        if (methodClass[index] == type && methodVersion[index] == version) {
            return methodFound[index];
        }
        Object found = Attrs.typeMethod(type, name);
        // the lookup may have installed builtin methods: the version to remember is the one after it
        methodClass[index] = type;
        methodVersion[index] = type.mroVersion();
        methodFound[index] = found;
        return found;
    }

    /** The global {@code name} (names[index]) from {@code globals}, or null if it is not there. */
    Object global(PyDict globals, int index, String name) {
        if (globals == cachedGlobals) {
            int e = globalEntry[index];
            if (e >= 0 && globals.next(e) == e && globals.keyAt(e) == name) {
                return globals.valueAt(e);
            }
        }
        Object value = globals.getStr(name);
        if (value != null) {
            if (globals != cachedGlobals) {
                cachedGlobals = globals;
                java.util.Arrays.fill(globalEntry, -1);
            }
            for (int e = globals.next(0); e >= 0; e = globals.next(e + 1)) {
                if (globals.keyAt(e) == name) {
                    globalEntry[index] = e;
                    break;
                }
            }
        }
        return value;
    }
}
