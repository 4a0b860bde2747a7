package org.loopscope.script.interp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Op;
import org.loopscope.script.runtime.Attrs;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.MethodDescriptor;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyCallable;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PySet;
import org.loopscope.script.runtime.PySuper;
import org.loopscope.script.runtime.PyTuple;
import org.loopscope.script.runtime.PyType;

/**
 * The instructions the dispatch loop runs out of line: the rare ones (deletions, imports, class bodies, {@code with},
 * set and dict displays, star unpacking...) and those whose work reaches far (attribute lookups, calls of anything
 * but a plain Python function, {@code await} delegation). The JIT does not inline them into the loop, so the loop's
 * compilation stays small: with those paths inlined, compiling the loop took several times longer, and the program
 * ran in slower, profiling code all that while. Each instruction only works on the value stack and the frame; none
 * jumps or re-raises.
 */
final class SideOps {

    private SideOps() {
    }

    /** The signature of every instruction's method here. */
    private static final MethodType OP = MethodType.methodType(int.class, Interpreter.class, Frame.class, int.class,
            int.class, Object[].class, int.class, String[].class);

    /** The arguments of a call without any (shared: callees never write into their argument array). */
    private static final Object[] NO_ARGS = {};

    /** Each instruction's method, by opcode. */
    private static final MethodHandle[] BY_OPCODE = new MethodHandle[256];

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            MethodHandle rare = lookup.findStatic(SideOps.class, "rare", OP);
            java.util.Arrays.fill(BY_OPCODE, rare);
            BY_OPCODE[Op.LOAD_ATTR] = lookup.findStatic(SideOps.class, "loadAttr", OP);
            BY_OPCODE[Op.STORE_ATTR] = lookup.findStatic(SideOps.class, "storeAttr", OP);
            BY_OPCODE[Op.LOAD_METHOD] = lookup.findStatic(SideOps.class, "loadMethod", OP);
            BY_OPCODE[Op.CALL] = lookup.findStatic(SideOps.class, "call", OP);
            BY_OPCODE[Op.CALL_METHOD] = lookup.findStatic(SideOps.class, "callMethod", OP);
            BY_OPCODE[Op.GET_AWAITABLE] = lookup.findStatic(SideOps.class, "getAwaitable", OP);
            BY_OPCODE[Op.SEND] = lookup.findStatic(SideOps.class, "send", OP);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Runs instruction {@code word} (the one before {@code ip}) of {@code f} and returns the new stack height;
     * {@code kwnames} are those of a call. For SEND, a receiver that suspended gives {@code ~height}.
     *
     * <p>Each instruction is a method of its own, called through a method handle taken from an array: the JIT
     * neither inlines it into the dispatch loop nor gathers the instructions into one large compilation, whose
     * switch it would compile again each time a program starts using another instruction. Each is compiled alone,
     * when it is hot.
     */
    static int run(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kwnames) {
        try {
            return (int) BY_OPCODE[word & 0xff].invokeExact(in, f, word, ip, stack, sp, kwnames);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static int loadAttr(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kw) {
        stack[sp - 1] = PyOps.getattr(stack[sp - 1], f.code.names()[word >>> 8]);
        return sp;
    }

    private static int storeAttr(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kw) {
        Object owner = stack[--sp];
        Object value = stack[--sp];
        stack[sp] = null;
        stack[sp + 1] = null;
        PyOps.setattr(owner, f.code.names()[word >>> 8], value);
        return sp;
    }

    private static int loadMethod(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kw) {
        String name = f.code.names()[word >>> 8];
        Object owner = stack[sp - 1];
        Object method = owner instanceof PySuper || owner instanceof PyType ? null
                : Attrs.unlessShadowed(owner, CodeData.of(f.code).typeMethod(ip - 1, Py.type(owner), name), name);
        if (method != null) {
            stack[sp - 1] = method;
            stack[sp++] = owner;
        } else {
            stack[sp - 1] = null;
            stack[sp++] = PyOps.getattr(owner, name);
        }
        return sp;
    }

    private static int call(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kwnames) {
        int arg = word >>> 8;
        int base = sp - arg - 1;
        Object callable = stack[base];
        Object[] args = arg == 0 ? NO_ARGS : new Object[arg];
        System.arraycopy(stack, base + 1, args, 0, arg);
        clear(stack, base, sp);
        stack[base] = Instructions.call(callable, args, kwnames);
        return base + 1;
    }

    private static int callMethod(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp,
                                  String[] kwnames) {
        int arg = word >>> 8;
        int base = sp - arg - 2;
        Object method = stack[base];
        Object result;
        if (method == null) {
            Object callable = stack[base + 1];
            Object[] args = arg == 0 ? NO_ARGS : new Object[arg];
            System.arraycopy(stack, base + 2, args, 0, arg);
            clear(stack, base, sp);
            result = Instructions.call(callable, args, kwnames);
        } else if (method instanceof MethodDescriptor md) {
            Object self = stack[base + 1];
            Object[] args = arg == 0 ? NO_ARGS : new Object[arg];
            System.arraycopy(stack, base + 2, args, 0, arg);
            clear(stack, base, sp);
            result = md.callBound(self, args, kwnames == null ? PyCallable.NO_KWNAMES : kwnames);
        } else if (method instanceof Native.Method nm) {
            Object self = stack[base + 1];
            Object[] args = arg == 0 ? NO_ARGS : new Object[arg];
            System.arraycopy(stack, base + 2, args, 0, arg);
            clear(stack, base, sp);
            result = nm.callBound(self, args, kwnames == null ? PyCallable.NO_KWNAMES : kwnames);
        } else {
            Object[] args = new Object[arg + 1];
            System.arraycopy(stack, base + 1, args, 0, arg + 1);
            clear(stack, base, sp);
            result = Instructions.call(method, args, kwnames);
        }
        stack[base] = result;
        return base + 1;
    }

    private static int getAwaitable(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kw) {
        stack[sp - 1] = Awaiting.getAwaitable(in, stack[sp - 1], word >>> 8);
        return sp;
    }

    private static int send(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kw) {
        Object value = stack[--sp];
        stack[sp] = null;
        Object out = Awaiting.send(in, stack[sp - 1], value);
        if (out == Eval.SUSPENDED) {
            return ~sp;
        }
        stack[sp - 1] = out;
        return sp;
    }

    /** The rare instructions (see {@link #run}). */
    @SuppressWarnings("checkstyle:CyclomaticComplexity")
    private static int rare(Interpreter in, Frame f, int word, int ip, Object[] stack, int sp, String[] kwnames) {
        final CodeObject co = f.code;
        final Object[] consts = co.consts();
        final String[] names = co.names();
        final Object[] fast = f.fast;
        final int arg = word >>> 8;
        switch (word & 0xff) {
            case Op.DELETE_FAST -> {
                if (fast[arg] == null) {
                    throw Instructions.unboundLocal(co.localNames()[arg]);
                }
                fast[arg] = null;
            }
            case Op.DELETE_DEREF -> {
                PyCell cell = (PyCell) fast[arg];
                if (cell.value == null) {
                    throw Instructions.unboundDeref(co, arg);
                }
                cell.value = null;
            }
            case Op.LOAD_CLASSDEREF -> {
                String name = co.localNames()[arg];
                Object v = f.locals.getStr(name);
                if (v == null) {
                    v = ((PyCell) fast[arg]).value;
                    if (v == null) {
                        throw Instructions.unboundDeref(co, arg);
                    }
                }
                stack[sp++] = v;
            }
            case Op.DELETE_NAME -> {
                if (f.locals.remove(names[arg]) == null) {
                    throw Errors.nameError(names[arg]);
                }
            }
            case Op.STORE_GLOBAL -> {
                f.globals.put(names[arg], stack[--sp]);
                stack[sp] = null;
            }
            case Op.DELETE_GLOBAL -> {
                if (f.globals.remove(names[arg]) == null) {
                    throw Errors.nameError(names[arg]);
                }
            }
            case Op.DELETE_ATTR -> {
                Object owner = stack[--sp];
                stack[sp] = null;
                org.loopscope.script.runtime.Attrs.delattr(owner, names[arg]);
            }
            case Op.LOAD_BUILD_CLASS -> stack[sp++] = in.buildClass;
            case Op.DELETE_SUBSCR -> {
                Object key = stack[--sp];
                Object container = stack[--sp];
                clear(stack, sp, sp + 2);
                PyOps.delitem(container, key);
            }
            case Op.BUILD_SLICE -> sp = Instructions.buildSlice(stack, sp, arg);
            case Op.BUILD_SET -> sp = Instructions.buildSet(stack, sp, arg);
            case Op.SET_ADD -> {
                Object v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).add(v);
            }
            case Op.MAP_ADD -> {
                Object v = stack[--sp];
                Object k = stack[--sp];
                clear(stack, sp, sp + 2);
                ((PyDict) stack[sp - arg]).put(k, v);
            }
            case Op.LIST_EXTEND -> {
                Object v = stack[--sp];
                stack[sp] = null;
                Calls.listExtend((PyList) stack[sp - arg], v);
            }
            case Op.SET_UPDATE -> {
                Object v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).update(v);
            }
            case Op.DICT_UPDATE -> {
                Object v = stack[--sp];
                stack[sp] = null;
                Calls.dictUpdate((PyDict) stack[sp - arg], v);
            }
            case Op.DICT_MERGE -> {
                Object v = stack[--sp];
                stack[sp] = null;
                Calls.dictMerge(stack[sp - arg - 2], (PyDict) stack[sp - arg], v);
            }
            case Op.LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
            case Op.UNPACK_EX -> {
                Object seq = stack[--sp];
                stack[sp] = null;
                sp = Calls.unpackEx(seq, arg & 0xff, arg >> 8, stack, sp);
            }
            case Op.GET_YIELD_FROM_ITER -> stack[sp - 1] = Awaiting.yieldFromIter(stack[sp - 1], co);
            case Op.GET_AITER -> {
                Object it = Awaiting.getAiter(stack[sp - 1]);
                stack[sp - 1] = it;
                if (arg != 0 && it instanceof GenBase g && g.madeFreshBy(f)) {
                    g.loopOwned = true;
                }
            }
            case Op.MATCH_PATTERN -> {
                f.lasti = ip - 1;
                Object[] values = ((PyTuple) stack[--sp]).items();
                stack[sp] = null;
                stack[sp - 1] = Matching.match((org.loopscope.script.compile.MatchProgram.Case) consts[arg],
                        stack[sp - 1], values);
            }
            case Op.GET_ANEXT -> {
                Object awaitable = Awaiting.getAnext(in, stack[sp - 1]);
                stack[sp++] = awaitable;
            }
            case Op.BEFORE_ASYNC_WITH -> {
                Object mgr = stack[sp - 1];
                Object[] pair = Calls.beforeWith(mgr, true);
                stack[sp - 1] = pair[0];
                stack[sp++] = pair[1];
            }
            case Op.BEFORE_WITH -> {
                f.lasti = ip - 1;
                Object mgr = stack[sp - 1];
                Object[] pair = Calls.beforeWith(mgr, false);
                stack[sp - 1] = pair[0];
                stack[sp++] = pair[1];
            }
            case Op.WITH_EXCEPT_START -> {
                f.lasti = ip - 1;
                PyException exc = (PyException) stack[sp - 1];
                Object exit = stack[sp - 3];
                stack[sp++] = PyOps.call(exit, exc.type(), exc, in.tracebackOf(exc));
            }
            case Op.CHECK_EG_MATCH -> {
                Object type = stack[sp - 1];
                Object[] split = Exc.exceptStar(in, stack[sp - 2], type);
                stack[sp - 2] = split[0];
                stack[sp - 1] = split[1];
            }
            case Op.PREP_RERAISE_STAR -> {
                PyList raised = (PyList) stack[--sp];
                stack[sp] = null;
                PyException original = (PyException) stack[sp - 1];
                Object result = Exc.prepReraiseStar(original, raised);
                stack[sp - 1] = result;
            }
            case Op.IMPORT_NAME -> {
                f.lasti = ip - 1;
                sp = Instructions.importName(in, stack, sp, names[arg]);
            }
            case Op.IMPORT_FROM -> {
                Object module = stack[sp - 1];
                stack[sp++] = in.imports.importFrom(module, names[arg]);
            }
            case Op.IMPORT_STAR -> {
                Object module = stack[--sp];
                stack[sp] = null;
                in.imports.importStar(module, f.locals);
            }
            case Op.SETUP_ANNOTATIONS -> Instructions.setupAnnotations(f);
            case Op.STORE_ANNOTATION -> sp = Instructions.storeAnnotation(f, stack, sp, names[arg]);
            case Op.LOAD_ASSERTION_ERROR -> stack[sp++] = ExcTypes.ASSERTION_ERROR;
            case Op.SUPER_ARGS -> {
                Object[] pair = Calls.superArgs(co, fast, arg);
                stack[sp++] = pair[0];
                stack[sp++] = pair[1];
            }
            default -> throw new IllegalStateException("bad opcode " + Op.name(word & 0xff));
        }
        return sp;
    }

    private static void clear(Object[] stack, int from, int to) {
        int end = Math.min(to, stack.length);
        for (int i = from; i < end; i++) {
            stack[i] = null;
        }
    }
}
