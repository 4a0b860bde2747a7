package org.loopscope.script.interp;

import org.loopscope.script.compile.CodeObject;
import org.loopscope.script.compile.Op;
import org.loopscope.script.runtime.BinOp;
import org.loopscope.script.runtime.CmpOp;
import org.loopscope.script.runtime.Errors;
import org.loopscope.script.runtime.ExcTypes;
import org.loopscope.script.runtime.Identity;
import org.loopscope.script.runtime.Py;
import org.loopscope.script.runtime.PyDict;
import org.loopscope.script.runtime.PyException;
import org.loopscope.script.runtime.PyIterator;
import org.loopscope.script.runtime.PyList;
import org.loopscope.script.runtime.PyOps;
import org.loopscope.script.runtime.PySet;
import org.loopscope.script.runtime.PyTuple;

/**
 * The dispatch loop: runs a frame from its current instruction until it returns, suspends (yield, or a delegate
 * that suspended) or raises. Values are kept in local variables while the loop runs; the frame is written back
 * only when it suspends. Calls to Python functions recurse into {@link #execute}; the depth is bounded by the
 * recursion limit, and the interpreter thread's stack is large enough for it.
 */
final class Eval {

    /** Returned by {@link #run} when the frame suspended; {@link Frame#yielded} holds what it handed out. */
    static final Object SUSPENDED = new Object();

    /** Passed to {@link #resume} to continue a frame without pushing a value (its stack is already set). */
    static final Object NO_VALUE = new Object();

    /** Returned by {@link #loop} at a backward jump: the frame is saved and goes on at {@link Frame#ip}. */
    private static final Object AGAIN = new Object();

    /** The runtime's operators, by the compiler's BinaryOperator ordinal. */
    private static final BinOp[] BINOPS = {
        BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.MATMUL, BinOp.TRUEDIV, BinOp.MOD, BinOp.POW, BinOp.LSHIFT,
        BinOp.RSHIFT, BinOp.OR, BinOp.XOR, BinOp.AND, BinOp.FLOORDIV,
    };
    private static final CmpOp[] CMPOPS = {CmpOp.LT, CmpOp.LE, CmpOp.EQ, CmpOp.NE, CmpOp.GT, CmpOp.GE};

    private Eval() {
    }

    /** Runs a fresh function or module frame to its end and returns what it returned. */
    static Object execute(Interpreter in, Frame f) {
        in.enterFrame(f);
        Frame caller = in.frame;
        in.frame = f;
        f.back = caller;
        try {
            return run(in, f, null, null);
        } finally {
            in.depth--;
            in.frame = caller;
            f.back = null;
        }
    }

    /**
     * Resumes a generator or coroutine frame: with {@code value} sent in (pushed as the result of the suspended
     * yield), or with {@code error} raised where it stopped. Returns the return value or {@link #SUSPENDED}.
     */
    static Object resume(Interpreter in, Frame f, Object value, PyException error) {
        in.enterFrame(f);
        Frame caller = in.frame;
        in.frame = f;
        f.back = caller;
        try {
            if (!f.started) {
                f.started = true;
                return run(in, f, null, error);
            }
            if (error == null && value != NO_VALUE) {
                f.stack[f.sp++] = value;
            }
            return run(in, f, null, error);
        } finally {
            in.depth--;
            in.frame = caller;
            f.back = null;
        }
    }

    /**
     * Runs {@code f} until it returns, suspends or raises. The dispatch loop ({@link #loop}) comes back here at each
     * backward jump of the Python code (each iteration of a Python loop), so no single Java activation of it runs for
     * long: the JIT compiles it once, as a method, early (it is entered often), and never again for one long-running
     * activation (an on-stack-replacement compilation of the whole loop, as costly as the first).
     */
    private static Object run(Interpreter in, Frame f, Object unused, PyException thrown) {
        Object result = loop(in, f, thrown);
        while (result == AGAIN) {
            result = loop(in, f, null);
        }
        return result;
    }

    @SuppressWarnings({"checkstyle:MethodLength", "checkstyle:CyclomaticComplexity"})
    private static Object loop(Interpreter in, Frame f, PyException thrown) {
        final CodeObject co = f.code;
        final CodeData data = CodeData.of(co);
        final int[] code = data.quick;
        final Object[] consts = co.consts();
        final String[] names = co.names();
        final Object[] fast = f.fast;
        final Object[] stack = f.stack;
        int sp = f.sp;
        int ip = f.ip;
        String[] kwnames = null;
        PyException pending = thrown;
        boolean noNewTraceback = false;
        boolean keepContext = thrown != null;
        final boolean traceLines = in.lineEvents;
        int lastLine = -1;
        if (thrown != null) {
            ip = f.lasti + 1;
        }
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    throw p;
                }
                while (true) {
                    if (traceLines) {
                        int line = co.line(ip);
                        if (line != lastLine) {
                            lastLine = line;
                            try {
                                in.lineEvent(line);
                            } catch (PyException e) {
                                // Raised by an outside event (Ctrl+C) while the line's cost passed: the new
                                // line's first instruction raised it, as the handler lookup below expects.
                                ip++;
                                throw e;
                            }
                        }
                    }
                    final int word = code[ip++];
                    final int arg = word >>> 8;
                    switch (word & 0xff) {
                        case Op.NOP -> { }
                        case Op.POP_TOP -> {
                            Object dropped = stack[--sp];
                            stack[sp] = null;
                            if (arg != 0) {
                                dropped(in, f, ip, arg, dropped);
                            }
                        }
                        case Op.COPY -> {
                            stack[sp] = stack[sp - arg];
                            sp++;
                        }
                        case Op.SWAP -> {
                            Object t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = t;
                        }
                        case Op.LOAD_CONST -> stack[sp++] = consts[arg];
                        case Op.LOAD_FAST -> stack[sp++] = local(fast, co, arg);
                        case Op.STORE_FAST -> {
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                        }
                        case Op.LOAD_DEREF -> {
                            Object v = ((PyCell) fast[arg]).value;
                            if (v == null) {
                                throw Instructions.unboundDeref(co, arg);
                            }
                            stack[sp++] = v;
                        }
                        case Op.STORE_DEREF -> {
                            ((PyCell) fast[arg]).value = stack[--sp];
                            stack[sp] = null;
                        }
                        case Op.LOAD_CLOSURE -> stack[sp++] = fast[arg];
                        case Op.LOAD_NAME -> {
                            String name = names[arg];
                            Object v = f.locals.getStr(name);
                            if (v == null) {
                                v = f.globals.getStr(name);
                                if (v == null) {
                                    v = f.builtins.getStr(name);
                                    if (v == null) {
                                        throw Errors.nameError(name);
                                    }
                                }
                            }
                            stack[sp++] = v;
                        }
                        case Op.STORE_NAME -> {
                            f.locals.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                        }
                        case Op.LOAD_GLOBAL -> {
                            String name = names[arg];
                            Object v = data.global(f.globals, arg, name);
                            if (v == null) {
                                v = f.builtins.getStr(name);
                                if (v == null) {
                                    throw Errors.nameError(name);
                                }
                            }
                            stack[sp++] = v;
                        }
                        case Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD, Op.GET_AWAITABLE ->
                                sp = SideOps.run(in, f, word, ip, stack, sp, null);
                        case Op.CALL -> {
                            f.lasti = ip - 1;
                            int base = sp - arg - 1;
                            if (stack[base] instanceof PyFunction fn && kwnames == null && fn.simple
                                    && arg == fn.code.argcount()) {
                                CodeData callee = CodeData.of(fn.code);
                                Frame nf = callee.take(fn.code, fn.globals, fn.interp.builtins);
                                moveArgs(stack, base, nf.fast, arg);
                                sp = base;
                                Object result;
                                try {
                                    result = execute(in, nf);
                                } finally {
                                    callee.give(nf);
                                }
                                stack[sp++] = result;
                            } else {
                                sp = SideOps.run(in, f, word, ip, stack, sp, kwnames);
                                kwnames = null;
                            }
                        }
                        case Op.CALL_METHOD -> {
                            f.lasti = ip - 1;
                            int base = sp - arg - 2;
                            if (stack[base] instanceof PyFunction fn && kwnames == null && fn.simple
                                    && arg + 1 == fn.code.argcount()) {
                                CodeData callee = CodeData.of(fn.code);
                                Frame nf = callee.take(fn.code, fn.globals, fn.interp.builtins);
                                System.arraycopy(stack, base + 1, nf.fast, 0, arg + 1);
                                clear(stack, base, sp);
                                sp = base;
                                Object result;
                                try {
                                    result = execute(in, nf);
                                } finally {
                                    callee.give(nf);
                                }
                                stack[sp++] = result;
                            } else {
                                sp = SideOps.run(in, f, word, ip, stack, sp, kwnames);
                                kwnames = null;
                            }
                        }
                        case Op.KW_NAMES -> kwnames = (String[]) consts[arg];
                        case Op.CALL_FUNCTION_EX -> {
                            f.lasti = ip - 1;
                            Object kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                            Object args = stack[--sp];
                            Object callable = stack[--sp];
                            clear(stack, sp, sp + 3);
                            stack[sp++] = Calls.callEx(callable, args, (PyDict) kwargs);
                        }
                        case Op.MAKE_FUNCTION -> sp = Instructions.makeFunction(in, f, stack, sp, arg);
                        case Op.RETURN_VALUE -> {
                            Object result = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            return result;
                        }
                        case Op.YIELD_VALUE -> {
                            Object value = stack[--sp];
                            stack[sp] = null;
                            f.yielded = co.has(CodeObject.ASYNC_GENERATOR) ? new AsyncGenValue(value) : value;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            return SUSPENDED;
                        }
                        case Op.BINARY_OP -> {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = arith(arg, stack[sp - 1], b);
                        }
                        case Op.UNARY_NEGATIVE -> stack[sp - 1] = PyOps.neg(stack[sp - 1]);
                        case Op.UNARY_POSITIVE -> stack[sp - 1] = PyOps.pos(stack[sp - 1]);
                        case Op.UNARY_INVERT -> stack[sp - 1] = PyOps.invert(stack[sp - 1]);
                        case Op.UNARY_NOT -> stack[sp - 1] = PyOps.truthy(stack[sp - 1]) ? Py.FALSE : Py.TRUE;
                        case Op.COMPARE_OP -> {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = compare(arg, stack[sp - 1], b);
                        }
                        case Op.IS_OP -> {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            boolean same = Identity.is(stack[sp - 1], b);
                            stack[sp - 1] = same != (arg == 1) ? Py.TRUE : Py.FALSE;
                        }
                        case Op.CONTAINS_OP -> {
                            Object container = stack[--sp];
                            stack[sp] = null;
                            boolean in2 = PyOps.contains(container, stack[sp - 1]);
                            stack[sp - 1] = in2 != (arg == 1) ? Py.TRUE : Py.FALSE;
                        }
                        case Op.BINARY_SUBSCR -> {
                            Object key = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyOps.getitem(stack[sp - 1], key);
                        }
                        case Op.STORE_SUBSCR -> {
                            Object key = stack[--sp];
                            Object container = stack[--sp];
                            Object value = stack[--sp];
                            clear(stack, sp, sp + 3);
                            PyOps.setitem(container, key, value);
                        }
                        case Op.BUILD_TUPLE -> sp = Instructions.buildTuple(stack, sp, arg);
                        case Op.BUILD_LIST -> sp = Instructions.buildList(stack, sp, arg);
                        case Op.BUILD_MAP -> sp = Instructions.buildMap(stack, sp, arg);
                        case Op.LIST_APPEND -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                        }
                        case Op.BUILD_STRING -> sp = Instructions.buildString(stack, sp, arg);
                        case Op.FORMAT_VALUE -> sp = Instructions.formatValue(stack, sp, arg);
                        case Op.UNPACK_SEQUENCE -> {
                            Object seq = stack[--sp];
                            stack[sp] = null;
                            sp = Calls.unpack(seq, arg, stack, sp);
                        }
                        case Op.JUMP -> {
                            if (arg < ip) {
                                in.ticks += ip - arg;
                                if (in.ticks > in.tickLimit) {
                                    f.lasti = ip - 1;
                                    in.overBudget(f);
                                }
                                if (!traceLines) {
                                    f.sp = sp;
                                    f.ip = arg;
                                    return AGAIN;
                                }
                            }
                            ip = arg;
                        }
                        case Op.POP_JUMP_IF_FALSE -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Boolean.FALSE || v != Boolean.TRUE && !PyOps.truthy(v)) {
                                ip = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_TRUE -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (v == Boolean.TRUE || v != Boolean.FALSE && PyOps.truthy(v)) {
                                ip = arg;
                            }
                        }
                        case Op.JUMP_IF_FALSE_OR_POP -> {
                            if (!PyOps.truthy(stack[sp - 1])) {
                                ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                        }
                        case Op.JUMP_IF_TRUE_OR_POP -> {
                            if (PyOps.truthy(stack[sp - 1])) {
                                ip = arg;
                            } else {
                                stack[--sp] = null;
                            }
                        }
                        case Op.POP_JUMP_IF_NONE -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (Py.isNone(v)) {
                                ip = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_NOT_NONE -> {
                            Object v = stack[--sp];
                            stack[sp] = null;
                            if (!Py.isNone(v)) {
                                ip = arg;
                            }
                        }
                        case Op.GET_ITER -> {
                            Object it = PyOps.iter(stack[sp - 1]);
                            stack[sp - 1] = it;
                            if (arg != 0 && it instanceof GenBase g && g.madeFreshBy(f)) {
                                g.loopOwned = true;
                            }
                        }
                        case Op.FOR_ITER -> {
                            f.lasti = ip - 1;
                            Object it = stack[sp - 1];
                            Object next = it instanceof PyIterator pi ? pi.next() : PyOps.next(it);
                            if (next == PyIterator.STOP) {
                                stack[--sp] = null;
                                ip = arg;
                            } else {
                                stack[sp++] = next;
                            }
                        }
                        case Op.SEND -> {
                            f.lasti = ip - 1;
                            int r = SideOps.run(in, f, word, ip, stack, sp, null);
                            if (r < 0) {
                                f.yielded = in.delegated;
                                in.delegated = null;
                                f.sp = ~r;
                                f.ip = ip - 1;
                                return SUSPENDED;
                            }
                            sp = r;
                            ip = arg;
                        }
                        case Op.END_ASYNC_FOR -> {
                            PyException exc = (PyException) stack[--sp];
                            stack[sp] = null;
                            if (!exc.type().isSubtype(ExcTypes.STOP_ASYNC_ITERATION)) {
                                noNewTraceback = true;
                                keepContext = true;
                                throw exc;
                            }
                            stack[--sp] = null;
                        }
                        case Op.PUSH_EXC_INFO -> {
                            PyException exc = (PyException) stack[sp - 1];
                            ExcState state = in.excState;
                            stack[sp - 1] = state.value == null ? Py.NONE : state.value;
                            state.value = exc;
                            stack[sp++] = exc;
                        }
                        case Op.POP_EXCEPT -> {
                            Object prev = stack[--sp];
                            stack[sp] = null;
                            if (in.finalizers.orphansHeld) {
                                in.finalizers.handled(in.excState.value, f, ip - 1);
                            }
                            in.excState.value = prev instanceof PyException p ? p : null;
                        }
                        case Op.RERAISE -> {
                            PyException exc = (PyException) stack[--sp];
                            stack[sp] = null;
                            noNewTraceback = true;
                            keepContext = true;
                            throw exc;
                        }
                        case Op.CHECK_EXC_MATCH -> {
                            Object type = stack[sp - 1];
                            PyException exc = (PyException) stack[sp - 2];
                            stack[sp - 1] = Exc.matches(exc, type) ? Py.TRUE : Py.FALSE;
                        }
                        case Op.RAISE_VARARGS -> {
                            f.lasti = ip - 1;
                            Object cause = arg == 2 ? stack[--sp] : null;
                            Object exc = arg >= 1 ? stack[--sp] : null;
                            clear(stack, sp, sp + arg);
                            if (arg == 0) {
                                PyException top = in.excState.topmost();
                                if (top == null) {
                                    throw Errors.runtimeError("No active exception to reraise");
                                }
                                noNewTraceback = true;
                                keepContext = true;
                                throw top;
                            }
                            throw Exc.raise(in, exc, cause, arg == 2);
                        }
                        case Quick.LF_LC_BINARY_SF -> {
                            Object a = local(fast, co, arg);
                            Object b = consts[code[ip] >>> 8];
                            int op = code[ip + 1] >>> 8;
                            ip += 2;
                            Object r = arith(op, a, b);
                            fast[code[ip] >>> 8] = r;
                            ip++;
                        }
                        case Quick.LF_LC_COMPARE_JF -> {
                            Object a = local(fast, co, arg);
                            Object b = consts[code[ip] >>> 8];
                            int op = code[ip + 1] >>> 8;
                            ip += 2;
                            Object r = compare(op, a, b);
                            ip++;
                            if (isFalse(r)) {
                                ip = code[ip - 1] >>> 8;
                            }
                        }
                        case Quick.LF_LF_COMPARE_JF -> {
                            Object a = local(fast, co, arg);
                            ip++;
                            Object b = local(fast, co, code[ip - 1] >>> 8);
                            int op = code[ip] >>> 8;
                            ip++;
                            Object r = compare(op, a, b);
                            ip++;
                            if (isFalse(r)) {
                                ip = code[ip - 1] >>> 8;
                            }
                        }
                        case Quick.LF_LC_BINARY -> {
                            Object a = local(fast, co, arg);
                            Object b = consts[code[ip] >>> 8];
                            int op = code[ip + 1] >>> 8;
                            ip += 2;
                            stack[sp++] = arith(op, a, b);
                        }
                        case Quick.LF_LF_BINARY -> {
                            Object a = local(fast, co, arg);
                            ip++;
                            Object b = local(fast, co, code[ip - 1] >>> 8);
                            int op = code[ip] >>> 8;
                            ip++;
                            stack[sp++] = arith(op, a, b);
                        }
                        case Quick.LC_COMPARE_JF -> {
                            ip++;
                            Object r = compare(code[ip - 1] >>> 8, stack[sp - 1], consts[arg]);
                            stack[--sp] = null;
                            ip++;
                            if (isFalse(r)) {
                                ip = code[ip - 1] >>> 8;
                            }
                        }
                        case Quick.LF_BINARY -> {
                            Object b = local(fast, co, arg);
                            ip++;
                            stack[sp - 1] = arith(code[ip - 1] >>> 8, stack[sp - 1], b);
                        }
                        case Quick.LC_BINARY -> {
                            ip++;
                            stack[sp - 1] = arith(code[ip - 1] >>> 8, stack[sp - 1], consts[arg]);
                        }
                        case Quick.COMPARE_JF -> {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            Object r = compare(arg, stack[sp - 1], b);
                            stack[--sp] = null;
                            ip++;
                            if (isFalse(r)) {
                                ip = code[ip - 1] >>> 8;
                            }
                        }
                        case Quick.BINARY_SF -> {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            Object r = arith(arg, stack[sp - 1], b);
                            stack[--sp] = null;
                            fast[code[ip] >>> 8] = r;
                            ip++;
                        }
                        case Quick.LF_RETURN -> {
                            Object result = local(fast, co, arg);
                            ip++;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            return result;
                        }
                        case Quick.LC_RETURN -> {
                            ip++;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            return consts[arg];
                        }
                        case Quick.BINARY_RETURN -> {
                            Object b = stack[--sp];
                            stack[sp] = null;
                            Object result = arith(arg, stack[sp - 1], b);
                            stack[--sp] = null;
                            ip++;
                            f.sp = sp;
                            f.ip = ip;
                            f.lasti = ip - 1;
                            return result;
                        }
                        case Quick.LF_LF -> {
                            Object a = local(fast, co, arg);
                            ip++;
                            Object b = local(fast, co, code[ip - 1] >>> 8);
                            stack[sp++] = a;
                            stack[sp++] = b;
                        }
                        default -> sp = SideOps.run(in, f, word, ip, stack, sp, null);
                    }
                }
            } catch (PyException e) {
                int lasti = ip - 1;
                if (!noNewTraceback) {
                    in.recordTraceback(e, f, lasti);
                }
                if (!keepContext) {
                    Exc.setImplicitContext(in, e);
                }
                noNewTraceback = false;
                keepContext = false;
                kwnames = null;
                CodeObject.Handler h = co.handler(lasti);
                if (h == null) {
                    clear(stack, 0, sp);
                    f.sp = 0;
                    f.lasti = lasti;
                    f.ip = code.length;
                    throw e;
                }
                clear(stack, h.depth(), sp);
                sp = h.depth();
                stack[sp++] = e;
                ip = h.target();
            } catch (StackOverflowError overflow) {
                pending = Errors.of(ExcTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            }
        }
    }

    /**
     * POP_TOP of a value a statement computed and dropped ({@code arg} 1: a call's result, 2: a loop's exhausted
     * iterator): a coroutine never awaited is reported, a task loses its reference, a generator is finalized.
     */
    private static void dropped(Interpreter in, Frame f, int ip, int arg, Object dropped) {
        if (arg == 1 && dropped instanceof PyCoroutine c && !c.frame.started && !c.finished) {
            in.warnUnawaited(c, f, ip - 1);
        } else if (arg == 1 && dropped instanceof org.loopscope.engine.Task t && t.steps() == 0) {
            t.markUnreferenced();
        } else if (arg == 1 && dropped instanceof EngineCoro c) {
            in.warnUnawaited(c, f, ip - 1);
        } else if (arg == 2 && dropped instanceof GenBase g && g.loopOwned) {
            Finalizers.dropped(in, g);
        }
    }

    /**
     * Moves the {@code n} arguments above the callable at {@code stack[base]} into a new frame's first slots and
     * clears those stack slots (a loop of its own, so its iterations do not count as the dispatch loop's).
     */
    private static void moveArgs(Object[] stack, int base, Object[] fast, int n) {
        for (int i = 0; i < n; i++) {
            fast[i] = stack[base + 1 + i];
            stack[base + 1 + i] = null;
        }
        stack[base] = null;
    }

    /** The value of local {@code slot}; UnboundLocalError, as CPython raises it, while the local has none. */
    private static Object local(Object[] fast, CodeObject co, int slot) {
        Object value = fast[slot];
        if (value == null) {
            throw Instructions.unboundLocal(co.localNames()[slot]);
        }
        return value;
    }

    private static void clear(Object[] stack, int from, int to) {
        int end = Math.min(to, stack.length);
        for (int i = from; i < end; i++) {
            stack[i] = null;
        }
    }

    /** BINARY_OP: int addition and subtraction without overflow right here, everything else in {@link #binary}. */
    private static Object arith(int arg, Object a, Object b) {
        int kind = arg & (Op.INPLACE - 1);
        if (kind <= 1 && a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            long res = kind == 0 ? l + r : l - r;
            boolean overflow = kind == 0 ? ((l ^ res) & (r ^ res)) < 0 : ((l ^ r) & (l ^ res)) < 0;
            if (!overflow) {
                return Py.integer(res);
            }
        }
        return binary(arg, a, b);
    }

    /** COMPARE_OP: ints compared right here, everything else by the runtime. */
    private static Object compare(int arg, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            boolean res = switch (arg) {
                case 0 -> l < r;
                case 1 -> l <= r;
                case 2 -> l == r;
                case 3 -> l != r;
                case 4 -> l > r;
                default -> l >= r;
            };
            return res ? Py.TRUE : Py.FALSE;
        }
        return PyOps.compare(a, b, CMPOPS[arg]);
    }

    /** Whether POP_JUMP_IF_FALSE jumps for {@code v}. */
    private static boolean isFalse(Object v) {
        return v == Boolean.FALSE || v != Boolean.TRUE && !PyOps.truthy(v);
    }

    private static Object binary(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            // ints are immutable: their in-place forms are the plain operators
            op &= Op.INPLACE - 1;
            long l = x;
            long r = y;
            switch (op) {
                case 0 -> {
                    long s = l + r;
                    if (((l ^ s) & (r ^ s)) >= 0) {
                        return Py.integer(s);
                    }
                }
                case 1 -> {
                    long s = l - r;
                    if (((l ^ r) & (l ^ s)) >= 0) {
                        return Py.integer(s);
                    }
                }
                case 2 -> {
                    long hi = Math.multiplyHigh(l, r);
                    long lo = l * r;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return Py.integer(lo);
                    }
                }
                case 5 -> {
                    if (r > 0) {
                        return Py.integer(Math.floorMod(l, r));
                    }
                }
                case 12 -> {
                    if (r > 0) {
                        return Py.integer(Math.floorDiv(l, r));
                    }
                }
                default -> { }
            }
        }
        if (op >= Op.INPLACE) {
            return PyOps.inplace(BINOPS[op - Op.INPLACE], a, b);
        }
        return PyOps.binary(BINOPS[op], a, b);
    }
}
